import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.7-PERIODIC: periodic callbacks and satisfaction surveys, period not given. */
export const rule: RuleInput = {
  id: '003-7-1.7-PERIODIC',
  kind: 'gap-cadence',
  title: { zh: '定期回访及满意度调查', en: 'Periodic callbacks and satisfaction surveys' },
  short: { zh: '定期回访', en: 'periodic callback' },
  modality: 'U',
  citation: { clause: '1.7客户维护 第2款', lines: 'L178', quote: '公司将定期对客户进行回访及满意度调查' },
  reading: {
    zh: '"定期"没有周期。客户行上写了「联系频率」（如"每季度一次"，1.7 第1款的分类维护方案给出）的客户按其频率检查：按目录 §16 A2，"每月一次""每季度一次"是每个自然月、自然季度内至少一次成功联系（第一次联系所在的周期从中途开始，不计），写成间隔的（"每隔10天"）按间隔计；没写的报"未配置"，不替公司编一个数字。',
    en: '"Periodically" gives no period. Customers whose rows declare a contact frequency (e.g. 每季度一次, from the category maintenance plans of 1.7 §1) are checked against it: following catalog §16 A2, 每月一次 and 每季度一次 mean at least one successful contact in each calendar month or quarter (the period of the first contact started before it and is not counted), and one written as an interval (每隔10天) is a gap; the others are reported not configured, never against an invented number.',
  },
  params: { gap: 'declared', field: 'contactFrequency', fallback: null, calendarPeriods: true },
};
