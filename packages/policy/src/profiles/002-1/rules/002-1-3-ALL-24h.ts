import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-ALL-24h: every reception gets a callback within 24 hours, whatever the class. */
export const rule: RuleInput = {
  id: '002-1-3-ALL-24h',
  kind: 'event-window',
  title: { zh: '接待后24小时内回访', en: 'Callback within 24 hours of reception' },
  short: { zh: '24小时回访', en: '24 h callback' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》第3条', lines: 'L5', quote: '接待客户后的24小时不管是哪类客户,必须做到有一次的回访' },
  reading: {
    zh: '每一个接待时间（同一客户的不同接待时间各算一次）都要求在其后 0 < Δ ≤ 24 小时内有一次成功的电话或上门回访，按钟点计算。接待时间或回访时间只有日期时结果为"无法判断"。窗口内只有未接通的尝试时报警告。短信不算（见 002-1-4-24H-PHONE）。',
    en: 'Every reception time (each distinct one per customer) needs a successful phone call or visit at 0 < Δ ≤ 24 h, in clock time. A date-only reception or contact time makes the result indeterminate. Only unsuccessful attempts in the window give a warning. Text messages do not count (see 002-1-4-24H-PHONE).',
  },
  params: { anchor: 'receptionAt', unit: 'minutes', from: 1, to: 1440, channels: ['phone', 'visit'] },
};
