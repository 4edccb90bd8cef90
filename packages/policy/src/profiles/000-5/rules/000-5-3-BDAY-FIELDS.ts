import type { RuleInput } from '../../../profile/schema';

/** 000-5-3-BDAY-FIELDS: name, employer, phone, preferences and spending of birthday and celebration guests. */
export const rule: RuleInput = {
  id: '000-5-3-BDAY-FIELDS',
  kind: 'required-fields',
  title: { zh: '记录客人姓名、单位、电话、爱好、消费情况', en: 'Guest name, employer, phone, preferences and spending recorded' },
  short: { zh: '客人信息齐全', en: 'guest details' },
  modality: 'M',
  citation: { clause: '二、3', lines: 'L159', quote: '记录过生日、过寿辰和进行庆典活动的客人姓名、单位、联系电话、特别爱好、消费情况等信息' },
  reading: {
    zh: '记有生日/寿辰或庆典日期的客人，其任一行上须填有客人姓名、单位、联系电话、特别爱好和消费情况；缺哪项报哪项，缺少的列报告一次“无法判断”。',
    en: 'A guest with a recorded birthday/寿辰 or celebration date needs name, employer, phone, preferences and spending on one of its rows; each missing item is reported, and a missing column is reported once as indeterminate.',
  },
  fine: { amount: 50, payer: '预订主管' },
  escalateTo: ['前厅部经理', '市场部经理'],
  records: { filled: ['birthday', 'celebrationAt'] },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'employer' }, { field: 'phone' }, { field: 'preferences' }, { field: 'spending' }] },
};
