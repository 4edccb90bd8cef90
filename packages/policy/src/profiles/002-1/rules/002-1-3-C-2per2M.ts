import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-C-2per2M: C-class intent customers get 2 or more callbacks per two months. */
export const rule: RuleInput = {
  id: '002-1-3-C-2per2M',
  kind: 'count-per-period',
  title: { zh: 'C类客户两个月2次以上回访', en: 'C-class: 2 or more callbacks per two months' },
  short: { zh: 'C类两月2次', en: 'C twice in 2 months' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L5', quote: 'C类必须做到二个月有2次以上的回访' },
  reading: {
    zh: '从客户进入 C 类的那个自然月起，每连续两个自然月为一期，每期至少 2 个不同的日子有成功回访。两次可以在同一个月。客户在某期中途离开 C 类（升为 B 类等）时，这一期不再按 C 类计（从变更之日起按新等级的频率）。客户的阶段在提车时改变，如同等级按各行记录改变：本条只检查提车之前的时间，提车当周（月、期）不再按本条计，提车之后不再适用。某一期里有一行回访的时间或结果读不出（如“3月12日 10:00”没有年份），它可能正是这一期缺的那次回访时，报"无法判断"并指出该行。',
    en: 'Consecutive two-calendar-month blocks starting with the month the customer entered C; each block needs successful contacts on at least 2 distinct days. Both may fall in the same month. A block in which the customer leaves C (moved up to B, say) owes C nothing: the new tier\'s cadence applies from the change. The stage changes at the pickup, as the tier changes by record: this rule judges the time before the pickup only; the week (month, block) of the pickup owes nothing, and nothing after it is judged. Where a row whose time or outcome cannot be read (3月12日 10:00, no year) could be the missing contact of a period, that period is indeterminate, naming the row.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { mode: 'any-channel', tier: 'C', period: 'bimonth', min: 2, distinctDays: true },
};
