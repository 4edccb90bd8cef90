import type { RuleInput } from '../../../profile/schema';

/** 003-2-7-FAILURE: a major project failure is notified at once. */
export const rule: RuleInput = {
  id: '003-2-7-FAILURE',
  kind: 'field-deadline',
  title: { zh: '项目重大故障第一时间通知相关部门和人员', en: 'Major project failure notified at once' },
  short: { zh: '故障通知', en: 'failure notice' },
  modality: 'U',
  citation: { clause: '七、故障报告制度', lines: 'L64', quote: '第一时间获得故障信息的公司员工应及时通知相关部门和人员' },
  reading: {
    zh: '从「故障发生时间」到「故障通知时间」（通知业务签单人员和分管经理）。"第一时间""及时"没有数字，期限留空（未配置）；故障报告须有的内容见 003-2-7-FAILURE-FIELDS。',
    en: 'From the failure time to the time the signer and the manager in charge were notified. "At once" and "promptly" have no number: the deadline is blank (not configured). The report\'s contents are 003-2-7-FAILURE-FIELDS.',
  },
  escalateTo: ['分管经理'],
  params: { from: 'failureAt', to: 'failureNotifiedAt', unit: 'hours', within: null },
};
