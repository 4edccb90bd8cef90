import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-B-2perM: B-class intent customers get 2 or more callbacks per month. */
export const rule: RuleInput = {
  id: '002-1-3-B-2perM',
  kind: 'count-per-period',
  title: { zh: 'B类客户每月2次以上回访', en: 'B-class: 2 or more callbacks per month' },
  short: { zh: 'B类每月2次', en: 'B twice a month' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L5', quote: 'B类必须做到一月有2次以上的回访' },
  reading: {
    zh: '按自然月计数，"以上"含本数：每月至少 2 个不同的日子有成功回访（同一天两次只算一次，防止凑数）。进入 B 类的第一个月如剩余不足 15 天，1 次即可。客户在某月中途离开 B 类时，这个月不再按 B 类计（从变更之日起按新等级的频率）。花名册式台账只有最近一次回访，无法统计当月次数，报"无法判断"。客户的阶段在提车时改变，如同等级按各行记录改变：本条只检查提车之前的时间，提车当周（月、期）不再按本条计，提车之后不再适用。某一期里有一行回访的时间或结果读不出（如“3月12日 10:00”没有年份），它可能正是这一期缺的那次回访时，报"无法判断"并指出该行。',
    en: 'Counted per calendar month; 以上 includes the number: at least 2 distinct days with a successful contact (two on one day count once). In the first month, when fewer than 15 days remain after entering B, one is enough. The month in which the customer leaves B owes B nothing: the new tier\'s cadence applies from the change. A roster with only the latest contact cannot count a month: indeterminate. The stage changes at the pickup, as the tier changes by record: this rule judges the time before the pickup only; the week (month, block) of the pickup owes nothing, and nothing after it is judged. Where a row whose time or outcome cannot be read (3月12日 10:00, no year) could be the missing contact of a period, that period is indeterminate, naming the row.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { mode: 'any-channel', tier: 'B', period: 'month', min: 2, distinctDays: true, prorateBelowDays: 15, proratedMin: 1 },
};
