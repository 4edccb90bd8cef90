import type { RuleInput } from '../../../profile/schema';

/** 002-2-2.3-BIG-POST-3M: after the warranty, those end users get a callback every 3 months. */
export const rule: RuleInput = {
  id: '002-2-2.3-BIG-POST-3M',
  kind: 'gap-cadence',
  title: { zh: '出三包期后每隔三个月回访一次', en: 'After the warranty: a callback every 3 months' },
  short: { zh: '出保后3月', en: 'post-warranty 3 months' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》2.3', lines: 'L33', quote: '出三保服务期后每隔三个月应再进行回访一次' },
  reading: {
    zh: '适用于一次购买 5 台以上（含 5 台）的终端用户。间隔规则：从三包到期日起算，下次应回访日 = 上次成功回访日（或三包到期日）加 3 个自然月（月末对齐）。"每隔三个月"按目录推荐读作间隔不超过 3 个月。原文没有终止条件，本规则一直适用。每次逾期按第3.5条罚 50 元。',
    en: 'For end users who bought 5 boxes or more at once. A gap rule from the warranty end: next due = the last successful contact (or the warranty end) plus 3 calendar months (clamped to month ends). Following the catalog, "每隔三个月" is a gap of at most 3 months. The text sets no end, so the rule keeps applying. Each missed due date costs 50 yuan (3.5).',
  },
  fine: { amount: 50, payer: '业务员' },
  when: { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 5 },
  params: { gap: 'phase', mode: 'gap', every: 3, unit: 'months', from: 'warrantyEndAt' },
};
