import type { RuleInput } from '../../../profile/schema';

/** 004-B-1-24h: try to solve the problem or give a solution within 24 hours. */
export const rule: RuleInput = {
  id: '004-B-1-24h',
  kind: 'field-deadline',
  title: { zh: '尽量在24小时内解决客户的问题或提供解决方案', en: 'Solve the problem or give a solution within 24 hours, where possible' },
  short: { zh: '24小时解决', en: '24 h solution' },
  modality: 'S',
  citation: { clause: '二、1 快速响应', lines: 'L57', quote: '尽量在24小时内解决客户的问题或提供解决方案' },
  reading: {
    zh: '从接到咨询或投诉（受理时间）起 24 小时内（含第 24 小时，按分钟计，不扣夜间和节假日）应有解决或解决方案（解决时间）。“尽量”是软要求，超时只作警告。两个时间都要填到时、分，只有日期的报“无法判断”。',
    en: 'Within 24 hours of receiving the inquiry or complaint (inclusive, to the minute, nights and holidays not excluded) there should be a solution or a proposed solution (解决时间). "Where possible" makes it soft: a late one is a warning. Both times need hour and minute; a date alone is indeterminate.',
  },
  params: { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 },
};
