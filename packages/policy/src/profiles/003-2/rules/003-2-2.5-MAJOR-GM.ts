import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.5-MAJOR-GM: major matters reported to the general manager immediately. */
export const rule: RuleInput = {
  id: '003-2-2.5-MAJOR-GM',
  kind: 'field-deadline',
  title: { zh: '重大事项立即向总经理汇报', en: 'Major matters reported to the general manager immediately' },
  short: { zh: '重大事项汇报', en: 'major to GM' },
  modality: 'U',
  citation: { clause: '二、首问制和专人负责制 第5条', lines: 'L40', quote: '凡涉及到单位重大事项,第一责任者要立即向总经理汇报' },
  reading: {
    zh: '「重要程度」为"重大"的来询，从来询时间到「汇报总经理时间」。"立即"没有数字，期限留空（未配置），公司填上小时数后才检查；什么算"重大"也由公司在台账上标明。',
    en: 'Inquiries marked 重大 (major) in the importance column, from the inquiry time to the time reported to the GM. "Immediately" has no number: the deadline is left blank (not configured) until the company sets hours; what counts as major is for the company to mark.',
  },
  escalateTo: ['总经理'],
  records: { flag: { field: 'importance', values: ['重大', '重大事项'] } },
  params: { from: 'inquiryAt', to: 'gmReportedAt', unit: 'hours', within: null },
};
