import type { RuleInput } from '../../../profile/schema';

/** 002-2-2.3-BIG-MONTHLY: end users who bought 5 boxes or more at once get a callback every month until the warranty ends. */
export const rule: RuleInput = {
  id: '002-2-2.3-BIG-MONTHLY',
  kind: 'gap-cadence',
  title: { zh: '一次购买5台以上的终端用户自交车起每月回访一次，直至出三包期', en: 'End users of 5+ boxes: a callback every month from delivery until the warranty ends' },
  short: { zh: '大客户每月', en: 'big user monthly' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》2.3', lines: 'L33', quote: '业务员对一次性购买5台货箱以上的终端用户,自交车之日起每月进行回访一次' },
  reading: {
    zh: '"5台以上"含 5 台（购买数量 ≥ 5；第2.4条的"5台以下"也含 5，按目录推荐 5 台归较强的每月回访）。从交车日期起按月分期：第 k 期为交车日加 k 个月至加 k+1 个月的前一天（月末对齐），每期须有一次成功回访；交车后 1-5 天的回访也算第一期的。只检查在三包到期日之前结束的整期，之后转入 002-2-2.3-BIG-POST-3M。"三保"按三包（保修期）理解，台账须有三包到期日。每漏一期按第3.5条罚 50 元（“50元/次”）：连续漏访的几期合为一条，罚款按期数计（漏 3 期 150 元）。当前一期从第一天起列为进行中。',
    en: '"5台以上" includes 5 (units ≥ 5; 2.4\'s "5台以下" includes 5 too, and following the catalog 5 goes to the stronger monthly regime). Periods run monthly from the delivery date: period k is delivery + k months to the day before delivery + k+1 months (clamped to month ends); each needs a successful contact, and the 1-5 day delivery callback counts for the first. Only whole periods ending by the warranty end are checked; after it 002-2-2.3-BIG-POST-3M applies. "三保" is read as 三包 (the warranty); the ledger needs the warranty end date. Each missed period costs 50 yuan (3.5, "50元/次"): consecutive missed periods are one finding fined per period (3 periods: 150 yuan). The period in progress is listed as open from its first day.',
  },
  fine: { amount: 50, payer: '业务员' },
  when: { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 5 },
  params: { gap: 'phase', mode: 'grid', every: 1, unit: 'months', from: 'pickupAt', until: 'warrantyEndAt' },
};
