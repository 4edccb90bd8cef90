import type { RuleInput } from '../../../profile/schema';

/** 000-1-3.2-INQ-24h: a customer inquiry answered within 24 hours at the latest (首问负责制). */
export const rule: RuleInput = {
  id: '000-1-3.2-INQ-24h',
  kind: 'field-deadline',
  title: { zh: '顾客问询最迟24小时内响应', en: 'Customer inquiry answered within 24 hours' },
  short: { zh: '24小时响应', en: '24 h response' },
  modality: 'M',
  citation: { clause: '3、(2) 顾客问询', lines: 'L24', quote: '对顾客的问询,应按首问负责制规定的要求进行,责任人应及时予以答复,响应时间最迟不得超过24小时' },
  reading: {
    zh: '答复时间不得晚于问询时间后 24 小时整（“不得超过”含 24 小时），按钟点连续计算，夜间和周末不扣除；任何形式的首次答复都算响应。两个时间都需精确到分钟，只有日期时无法判断（除非明显在期限内或之外）。未答复且已过 24 小时为逾期。首问负责制的细则未收录，答复人是否为首问人不在此检查。',
    en: 'The 答复时间 is at most 24 h 00 min after the 问询时间 (不得超过 includes 24 hours), in clock hours without pausing for nights or weekends; a first reply of any kind is a response. Both times need minutes; with a date only the result is indeterminate unless clearly inside or outside the window. No reply 24 hours later is overdue. The 首问负责制 regulation itself is not included, so whether the first receiver answered is not checked here.',
  },
  escalateTo: ['技术部'],
  params: { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 },
};
