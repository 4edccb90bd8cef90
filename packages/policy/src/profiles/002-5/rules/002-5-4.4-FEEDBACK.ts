import type { RuleInput } from '../../../profile/schema';

/** 002-5-4.4-FEEDBACK: after a callback the results go back to the leaders (tourists) or the superior (makers). */
export const rule: RuleInput = {
  id: '002-5-4.4-FEEDBACK',
  kind: 'field-deadline',
  title: { zh: '回访结束后将结果反馈给相关领导', en: 'After a callback, results fed back to the leaders concerned' },
  short: { zh: '结果反馈', en: 'feedback' },
  modality: 'U',
  citation: { section: '第五篇《客户回访制度》马上游科技 四、4；五、2', lines: 'L99', quote: '回访结束后,客户服务专员要整理资料,并将结果反馈给相关领导' },
  reading: {
    zh: '每次回访后要把结果（游客）或需求与解决办法（创客，五、2“及时向上级反馈”）反馈给领导，台账记在「反馈日期」。条文没有给期限（“及时”），按目录 §0.3 报告“未配置”，不自行假定天数；公司设定期限（within）后即按回访日期起算检查。',
    en: 'After each callback the results (tourists), or the needs and solutions (makers, 五、2 "promptly to the superior"), go back to the leaders, recorded as 反馈日期. The document gives no number ("promptly"), so per catalog §0.3 the rule reports not-configured rather than invent one; once a company sets `within`, it is checked from the callback date.',
  },
  params: { from: 'contactAt', to: 'feedbackAt', unit: 'days', within: null },
};
