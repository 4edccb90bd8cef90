import type { RuleInput } from '../../../profile/schema';

/** 002-1-2-HHMM: callback times are recorded to the hour and minute. */
export const rule: RuleInput = {
  id: '002-1-2-HHMM',
  kind: 'time-precision',
  title: { zh: '回访时间须填到时、分', en: 'Callback time recorded to the minute' },
  short: { zh: '时间到分', en: 'time to the minute' },
  modality: 'M',
  citation: { clause: '第2条', lines: 'L4', quote: '回访时间必须填全到时、分' },
  reading: {
    zh: '每条回访记录的时间须有时和分。只有日期的单元格、以及时间恰为 00:00 的（Excel 日期单元格没有时间时就是 00:00）都算没填时分。单独的"回访时刻"列（如 14:30）会与回访日期合并。',
    en: 'Every callback time needs hour and minute. A date-only cell, and a time of exactly 00:00 (what an Excel date cell without a time holds), count as missing the time. A separate clock column (14:30) is combined with the callback date.',
  },
  params: { field: 'contactAt' },
};
