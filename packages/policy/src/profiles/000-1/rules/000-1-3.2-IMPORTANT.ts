import type { RuleInput } from '../../../profile/schema';

/** 000-1-3.2-IMPORTANT: important inquiry issues reported promptly to 技术业务部 (no number given). */
export const rule: RuleInput = {
  id: '000-1-3.2-IMPORTANT',
  kind: 'field-deadline',
  title: { zh: '重要问题及时反馈技术业务部', en: 'Important issues reported promptly to 技术业务部' },
  short: { zh: '重要问题反馈', en: 'important issue' },
  modality: 'U',
  citation: { clause: '3、(2) 顾客问询', lines: 'L25', quote: '重要问题应记录并及时向技术业务部反馈,由技术业务部负责牵头进行处理' },
  reading: {
    zh: '“及时”没有给出时限，本条报告“未配置”，不自行假设期限。企业设定时限（如 24 小时，与问询响应一致）后：标为重要的问询（是否重要问题为 是/重要/√），反馈技术业务部时间不得晚于问询时间后该时限。',
    en: '及时 gives no number, so the rule reports not configured and assumes none. Once a company sets a deadline (24 hours, say, as for inquiries): for inquiries marked important (是/重要/√), the time of the report to 技术业务部 is at most that long after the inquiry.',
  },
  escalateTo: ['技术业务部'],
  records: { flag: { field: 'importance', values: ['是', '重要', '√', 'Y', 'y'] } },
  params: { from: 'inquiryAt', to: 'transferAt', unit: 'hours', within: null },
};
