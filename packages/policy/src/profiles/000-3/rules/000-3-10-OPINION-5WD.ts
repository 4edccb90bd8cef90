import type { RuleInput } from '../../../profile/schema';

/** 000-3-10-OPINION-5WD: Client opinions handled and answered within 5 working days. */
export const rule: RuleInput = {
  id: '000-3-10-OPINION-5WD',
  kind: 'field-deadline',
  title: { zh: '客户意见建议须在5个工作日内处理答复', en: 'Client opinions handled and answered within 5 working days' },
  short: { zh: '意见5个工作日', en: 'opinion 5 WD' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十条 1', lines: 'L108', quote: '处理客户意见建议时间应控制在五个工作日内完成' },
  reading: {
    zh: '回访中收集到客户意见建议（“客户意见建议”有内容）的记录，须在回访日后第 5 个工作日结束前答复客户（“意见答复日期”）：从收集算起，到答复客户为止（目录推荐；“先评估其有效性”不另计时间）。无效意见也要解释答复。工作日含调休上班日。',
    en: 'A record with a client opinion or suggestion collected in the callback must be answered by the end of the 5th working day after the callback: from collection to the reply to the client (the catalog\'s recommendation; assessing validity is part of it). Invalid opinions still get an explanation. Make-up days are working days.',
  },
  records: { filled: ['feedback'] },
  params: { from: 'contactAt', to: 'responseAt', unit: 'workdays', within: 5 },
};
