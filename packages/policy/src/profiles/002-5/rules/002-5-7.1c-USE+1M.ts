import type { RuleInput } from '../../../profile/schema';

/** 002-5-7.1c-USE+1M: a repeat-demand callback one month after use. */
export const rule: RuleInput = {
  id: '002-5-7.1c-USE+1M',
  kind: 'event-window',
  title: { zh: '游客使用产品1个月后再次需求回访', en: 'Tourists: repeat-demand callback one month after use' },
  short: { zh: '用后1个月', en: 'use + 1 month' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 七、1.c', lines: 'L109', quote: '游客购买产品使用1个月后的再次需求回访' },
  reading: {
    zh: '按目录建议：使用结束日（「返程日期」）满 1 个自然月的那天起 14 天内回访一次，询问再次出行需求，即窗口 [结束日 + 1 个月, 结束日 + 1 个月 + 14 天]，两端都含（月末对齐，1 月 31 日加一个月为 2 月 28 日）。条文“使用1个月后”没有上限，但“1个月后”的回访拖到两个月后就不再是这次回访，14 天的窗口与目录一致。满 1 个月之前的回访不算这次。须接通（未接通的拨打报“只有尝试”）。台账有「回访类型」列时只计“需求/再次”类。',
    en: 'As the catalog recommends: a callback about repeat demand within 14 days from the day a full calendar month has passed since the end of use (返程日期), i.e. the window [end + 1 month, end + 1 month + 14 days], both ends included (clamped to the month end: 31 Jan + 1 month = 28 Feb). The text ("one month after use") sets no upper limit, but a "one month after" callback two months later is no longer that callback; the 14-day window follows the catalog. Callbacks before the month is up do not count for this one. The tourist must be reached (unanswered calls are reported as attempts only). With a callback-type column only demand callbacks (需求/再次) count.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'T' },
  records: { callbackTypes: ['需求', '再次'], ifColumnMissing: 'pass' },
  params: { anchor: 'useEndAt', unit: 'months', windows: [{ from: 1, to: 1, plusDays: 14 }], opens: true },
};
