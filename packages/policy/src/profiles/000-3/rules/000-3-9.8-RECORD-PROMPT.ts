import type { RuleInput } from '../../../profile/schema';

/** 000-3-9.8-RECORD-PROMPT: Callback record filled in promptly. */
export const rule: RuleInput = {
  id: '000-3-9.8-RECORD-PROMPT',
  kind: 'field-deadline',
  title: { zh: '回访后及时填写回访记录表', en: 'Callback record filled in promptly' },
  short: { zh: '及时填表', en: 'prompt record' },
  modality: 'U',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第九条 8', lines: 'L98', quote: '回访专员完成回访任务后,应及时对回访结果进行分析,并及时填写《客户回访记录表》' },
  reading: {
    zh: '“及时”没有给出时限：本规则报告“未配置”，公司可在自定义配置中设定（目录建议当个工作日，即 within: 0 个工作日）。',
    en: '及时 gives no limit: the rule reports not-configured; a company sets it in its own profile (the catalog suggests the same working day, within: 0 working days).',
  },
  params: { from: 'contactAt', to: 'recordedAt', unit: 'workdays', within: null },
};
