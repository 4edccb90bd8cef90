import type { RuleInput } from '../../../profile/schema';

/** 001-1-7.1-FEEDBACK-UP: customer feedback is reported to the relationship supervisor promptly. */
export const rule: RuleInput = {
  id: '001-1-7.1-FEEDBACK-UP',
  kind: 'field-deadline',
  title: { zh: '及时掌握客户反馈信息并上报客户关系主管', en: 'Customer feedback reported to the relationship supervisor promptly' },
  short: { zh: '反馈及时上报', en: 'feedback reported' },
  modality: 'U',
  citation: { section: '一(二) 7.1 维护工作实施', lines: 'L85', quote: '客户关系专员在落实改进措施的过程中应及时掌握客户的反馈信息,并上报客户关系主管' },
  reading: {
    zh: '从取得反馈的回访（回访日期）到上报主管（上报日期）。“及时”没有数字，本条报“未配置”；公司在配置中填写期限（within，如 2 个工作日）后即按期检查。',
    en: 'From the contact where the feedback was obtained (its date) to the report to the supervisor (上报日期). "Promptly" has no number, so the rule reports not-configured until the company sets the deadline (within, e.g. 2 working days) in its profile.',
  },
  escalateTo: ['客户关系主管'],
  params: { from: 'contactAt', to: 'reportedAt', unit: 'workdays', within: null },
};
