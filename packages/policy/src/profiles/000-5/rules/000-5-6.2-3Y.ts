import type { RuleInput } from '../../../profile/schema';

/** 000-5-6.2-3Y: birthday, 寿辰 and celebration information kept for at least three years. */
export const rule: RuleInput = {
  id: '000-5-6.2-3Y',
  kind: 'retention',
  title: { zh: '生日、寿辰和庆典信息保管不少于3年', en: 'Birthday and celebration information kept at least 3 years' },
  short: { zh: '保管3年', en: 'keep 3 years' },
  modality: 'M',
  citation: { clause: '二、6(2)', lines: 'L166', quote: '客人生日、寿辰和庆典活动信息由市场部和酒店预订部保管,期限不少于3年' },
  reading: {
    zh: '载有生日/寿辰或庆典日期的行，自该客人最近一次就餐日期起保管满3年（目录推荐：自采集之日起算，每次新的到店重新起算）；销毁日期在此之前（含当日）为提前销毁。结果中给出“应保存至”日期。',
    en: 'Rows carrying a birthday/寿辰 or a celebration date are kept three full years from the guest\'s latest meal date (the catalog\'s recommendation: from capture, renewed on each new visit); a destruction date on or before the keep-until day is destroying them early. Findings give the keep-until date.',
  },
  fine: { amount: 50, payer: '市场部' },
  escalateTo: ['市场部经理'],
  records: { filled: ['birthday', 'celebrationAt'] },
  params: { date: 'receptionAt', years: 3, deletedField: 'deletedAt', renew: 'customer' },
};
