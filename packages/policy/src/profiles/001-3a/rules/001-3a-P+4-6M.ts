import type { RuleInput } from '../../../profile/schema';

/** 001-3a-P+4-6M: a phone callback 4 to 6 months after purchase. */
export const rule: RuleInput = {
  id: '001-3a-P+4-6M',
  kind: 'event-window',
  title: { zh: '购买产品4-6个月时再次电话访问', en: 'A phone callback 4-6 months after purchase' },
  short: { zh: '购买4-6月', en: 'purchase +4-6 m' },
  modality: 'M',
  citation: { section: '三(一)《客户电话回访方案》三、常规电话回访', lines: 'L219', quote: '客户购买产品4-6个月的时间,再次进行电话访问' },
  reading: {
    zh: '购买日加 4 个月至加 6 个月（自然月，月末对齐，两端都含）之间须有一次电话回访，了解产品运行状况。晚于 6 个月为"迟了"。',
    en: 'One phone callback between purchase + 4 months and purchase + 6 months (calendar months, clamped to month ends, both ends included), about how the product runs. After 6 months it is late.',
  },
  params: { anchor: 'purchaseAt', unit: 'months', windows: [{ from: 4, to: 6 }], channels: ['phone'], opens: true },
};
