import type { RuleInput } from '../../../profile/schema';

/** 001-3a-SP-REPAIR-3-5d: a phone callback 3-5 days after each repair, confirming the fix. */
export const rule: RuleInput = {
  id: '001-3a-SP-REPAIR-3-5d',
  kind: 'event-window',
  title: { zh: '产品维修后3~5天内电话回访，确认维修效果', en: 'A phone callback 3-5 days after a repair, confirming the fix' },
  short: { zh: '维修3-5天', en: 'repair 3-5 d' },
  modality: 'M',
  citation: { section: '三(一)《客户电话回访方案》三、特殊电话回访', lines: 'L227', quote: '客户购买的产品维修(包括上门维修和客户到公司维修点维修)后,3~5天内客户服务人员对客户进行电话回访,确认维修效果' },
  reading: {
    zh: '每次维修（上门或到维修点）完成后第 3 至第 5 天（日历日，含两端）须有一次电话回访。按目录推荐，早于第 3 天（含维修当天）的回访报"太早"警告（效果还看不出），不算逾期；晚于第 5 天为"迟了"。有"回访类型"列时只计类型含"维修"的回访。',
    en: 'One phone callback on day 3 to day 5 after each repair is finished (on-site or at a service point; calendar days, both included). Following the catalog, a callback before day 3 (including the repair day) is a "too early" warning (the fix cannot be judged yet), not a miss; after day 5 it is late. With a callback-type column only types containing 维修 count.',
  },
  records: { callbackTypes: ['维修'], ifColumnMissing: 'pass' },
  params: { anchor: 'repairAt', unit: 'days', windows: [{ from: 3, to: 5 }], channels: ['phone'], early: 'warning', opens: true },
};
