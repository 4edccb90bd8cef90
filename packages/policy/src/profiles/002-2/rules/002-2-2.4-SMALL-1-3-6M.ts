import type { RuleInput } from '../../../profile/schema';

/** 002-2-2.4-SMALL-1-3-6M: end users of fewer than 5 boxes get callbacks in months 1, 3 and 6 after purchase. */
export const rule: RuleInput = {
  id: '002-2-2.4-SMALL-1-3-6M',
  kind: 'event-window',
  title: { zh: '购买5台以下的终端用户在购车第1月、第3月、第6月回访', en: 'End users of fewer than 5 boxes: callbacks in months 1, 3 and 6 after purchase' },
  short: { zh: '小客户1/3/6月', en: 'small user m1/3/6' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》2.4', lines: 'L34', quote: '应在其购车第1月、第3月、第6月的三个时间点对其进行回访' },
  reading: {
    zh: '适用于购买数量不足 5 台的终端用户（5 台归第2.3条每月回访）。按目录推荐，第 k 月 = 购车日加 k-1 个月的次日至加 k 个月（含；月末对齐），"时间点"读法下的第 k 个月整点正是窗口最后一天，两种读法都覆盖。购车日期空白时以交车日期起算。每个时间点一次成功回访；过了窗口、在下一个时间点之前补的算"迟了"，落入下一个时间点窗口的只算那个时间点。每漏一个时间点按第3.5条罚 50 元。',
    en: 'For end users of fewer than 5 boxes (5 goes to the monthly regime of 2.3). Following the catalog, month k = from the day after purchase + (k-1) months to purchase + k months (inclusive; clamped to month ends): the "point" reading\'s k-month mark is the window\'s last day, so both readings are covered. Without a purchase date the delivery date is used. One successful contact per point; one made after a window but before the next point\'s is late, one inside the next point\'s window counts only for that point. Each missed point costs 50 yuan (3.5).',
  },
  fine: { amount: 50, payer: '业务员' },
  when: { fact: 'unitsPurchased', operator: 'lessThan', value: 5 },
  params: { anchor: 'purchaseAt', anchorFallback: 'pickupAt', unit: 'months', windows: [{ from: 0, to: 1 }, { from: 2, to: 3 }, { from: 5, to: 6 }], startsAfter: true, opens: true },
};
