import type { RuleInput } from '../../../profile/schema';

/** 001-3a-P+10-12M: a phone callback 10 to 12 months after purchase, offering on-site maintenance. */
export const rule: RuleInput = {
  id: '001-3a-P+10-12M',
  kind: 'event-window',
  title: { zh: '购买10-12个月后电话访问，询问是否需要上门检修维护', en: 'A phone callback 10-12 months after purchase, offering on-site maintenance' },
  short: { zh: '购买10-12月', en: 'purchase +10-12 m' },
  modality: 'M',
  citation: { section: '三(一)《客户电话回访方案》三、常规电话回访', lines: 'L220', quote: '客户购买10-12个月后,公司客户服务人员进行电话访问' },
  reading: {
    zh: '按目录推荐与"4-6个月"一致读作窗口：购买日加 10 个月至加 12 个月（自然月，月末对齐，两端都含）之间须有一次电话回访。不读作"12 个月以后"。',
    en: 'Following the catalog, read as a window like the 4-6 month item: one phone callback between purchase + 10 months and purchase + 12 months (calendar months, clamped to month ends, both ends included), not "after month 12".',
  },
  params: { anchor: 'purchaseAt', unit: 'months', windows: [{ from: 10, to: 12 }], channels: ['phone'], opens: true },
};
