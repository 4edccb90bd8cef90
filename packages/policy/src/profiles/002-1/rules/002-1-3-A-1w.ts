import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-A-1w: A-class intent customers get at least one callback per week. */
export const rule: RuleInput = {
  id: '002-1-3-A-1w',
  kind: 'count-per-period',
  title: { zh: 'A类客户每周至少回访1次', en: 'A-class: at least one callback per week' },
  short: { zh: 'A类每周1次', en: 'A weekly' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L5', quote: 'A类必须做到每周至少1次回访' },
  reading: {
    zh: '按自然周（周一至周日）计数，每周至少 1 天有成功回访。客户在周三之后才进入 A 类的那一周不计；客户离开 A 类的那一周也不再按 A 类计。只保留最近一次回访的台账（花名册式）只能证明最近回访之后整周无回访的情况。客户的阶段在提车时改变，如同等级按各行记录改变：本条只检查提车之前的时间，提车当周（月、期）不再按本条计，提车之后不再适用。某一期里有一行回访的时间或结果读不出（如“3月12日 10:00”没有年份），它可能正是这一期缺的那次回访时，报"无法判断"并指出该行。',
    en: 'Counted per ISO week (Monday to Sunday): at least one day with a successful contact. The week in which the customer entered A is exempt when that was after Wednesday; so is the week in which the customer leaves A. A roster that keeps only the latest contact can only prove whole weeks without a contact after it. The stage changes at the pickup, as the tier changes by record: this rule judges the time before the pickup only; the week (month, block) of the pickup owes nothing, and nothing after it is judged. Where a row whose time or outcome cannot be read (3月12日 10:00, no year) could be the missing contact of a period, that period is indeterminate, naming the row.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { mode: 'any-channel', tier: 'A', period: 'week', min: 1, distinctDays: true, exemptFirstWeekAfterWeekday: 3 },
};
