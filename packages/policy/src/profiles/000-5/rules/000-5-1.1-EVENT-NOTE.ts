import type { RuleInput } from '../../../profile/schema';

/** 000-5-1.1-EVENT-NOTE: birthdays, weddings and celebrations noted in detail on the dining sheet. */
export const rule: RuleInput = {
  id: '000-5-1.1-EVENT-NOTE',
  kind: 'required-fields',
  title: { zh: '生日、婚宴、庆典在记录单上详细注明', en: 'Birthdays, weddings and celebrations noted in detail' },
  short: { zh: '注明活动', en: 'occasion noted' },
  modality: 'M',
  citation: { clause: '二、1(1)', lines: 'L153', quote: '如果有顾客在包厢过生日、过诞辰、婚宴,或企业庆典、纪念活动,应在《顾客就餐记录单》详细注明' },
  reading: {
    zh: '记有生日/寿辰或庆典日期的客人，须注明活动类型（生日、诞辰、婚宴、企业庆典、纪念活动）。台账看不出包厢里未被记录的活动，只能检查已记录的活动是否写明。',
    en: 'A guest with a recorded birthday/寿辰 or celebration date must have the occasion (生日, 诞辰, 婚宴, 企业庆典, 纪念活动) noted. A ledger cannot show an occasion nobody wrote down; only recorded occasions are checked for their detail.',
  },
  fine: { amount: 50, payer: '当值服务员' },
  escalateTo: ['前厅经理'],
  records: { filled: ['birthday', 'celebrationAt'] },
  params: { scope: 'customer', fields: [{ field: 'occasion' }] },
};
