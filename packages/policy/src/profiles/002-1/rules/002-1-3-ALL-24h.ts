import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-ALL-24h: every reception gets a callback within 24 hours, whatever the class. */
export const rule: RuleInput = {
  id: '002-1-3-ALL-24h',
  kind: 'event-window',
  title: { zh: '接待后24小时内回访', en: 'Callback within 24 hours of reception' },
  short: { zh: '24小时回访', en: '24 h callback' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L5', quote: '接待客户后的24小时不管是哪类客户,必须做到有一次的回访' },
  reading: {
    zh: '每一个接待时间（同一客户的不同接待时间各算一次）都要求在其后 0 < Δ ≤ 24 小时内有一次成功的电话或上门回访，按钟点计算。只看提车之前的接待（目录推荐“未购车客户的每次接待”）：提车后来店是老客户的事，归第9条。接待时间或回访时间只有日期时结果为"无法判断"。窗口内只有未接通的尝试时报警告。短信不算（见 002-1-4-24H-PHONE）。窗口内有一行回访的方式、结果或时间读不出（如“电活”、“12月23日 15:00”）时，这一行可能就是那次回访，报"无法判断"并指出该行，而不是"逾期"。',
    en: 'Every reception time (each distinct one per customer) needs a successful phone call or visit at 0 < Δ ≤ 24 h, in clock time. Only receptions before the pickup count (the catalog recommends "every reception of a not-yet-purchased customer"): an owner\'s visit after it belongs to item 9. A date-only reception or contact time makes the result indeterminate. Only unsuccessful attempts in the window give a warning. Text messages do not count (see 002-1-4-24H-PHONE). A row in the window whose channel, outcome or time cannot be read (电活, 12月23日 15:00) may be that callback: indeterminate, naming the row, rather than overdue.',
  },
  // The stage changes at the pickup: receptions before it are an intent customer's.
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { anchor: 'receptionAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }], channels: ['phone', 'visit'] },
};
