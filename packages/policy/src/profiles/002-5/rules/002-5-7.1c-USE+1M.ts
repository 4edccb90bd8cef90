import type { RuleInput } from '../../../profile/schema';

/** 002-5-7.1c-USE+1M: a repeat-demand callback one month after use. */
export const rule: RuleInput = {
  id: '002-5-7.1c-USE+1M',
  kind: 'schedule',
  title: { zh: '游客使用产品1个月后再次需求回访', en: 'Tourists: repeat-demand callback one month after use' },
  short: { zh: '用后1个月', en: 'use + 1 month' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第五篇《客户回访制度》马上游科技 七、1.c', lines: 'L109', quote: '游客购买产品使用1个月后的再次需求回访' },
  reading: {
    zh: '使用结束日（「返程日期」）满 1 个自然月之后回访一次，询问再次出行需求：窗口从结束日加 1 个月（月末对齐，1 月 31 日加一个月为 2 月 28 日）到再加 1 个月为止。目录建议窗口只有 14 天；条文“1个月后”没有上限，这里给一个月的时间，比 14 天宽，公司可自行收紧。满 1 个月之前的回访不算这次。台账有「回访类型」列时只计“需求/再次”类。',
    en: 'A callback about repeat demand once a full calendar month has passed since the end of use (返程日期): the window runs from the end date plus 1 month (clamped to the month end: 31 Jan + 1 month = 28 Feb) to one month after that. The catalog suggests a 14-day window; the text ("after one month") sets no limit, so a month is allowed here, wider than 14 days; a company can narrow it. Callbacks before the month is up do not count for this one. With a callback-type column only demand callbacks (需求/再次) count.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'T' },
  params: { anchor: 'useEndAt', unit: 'months', points: [{ from: 1, to: 2 }], callbackTypes: ['需求', '再次'] },
};
