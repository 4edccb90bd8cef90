import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.1-NEWSIGN-100PCT: New-signing callback coverage 100%. */
export const rule: RuleInput = {
  id: '000-3-8.1-NEWSIGN-100PCT',
  kind: 'completion-rate',
  title: { zh: '新签约回访完成率须达100%', en: 'New-signing callback coverage 100%' },
  short: { zh: '新签约完成率', en: 'new signing coverage' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第八条 1', lines: 'L87', quote: '对全部理财客户开展并完成的新签约回访比例应达到100%' },
  reading: {
    zh: '按期限所在的自然月统计：期限（签约后一个自然月）落在某月的新签约客户中，按期完成新签约回访的比例须为 100%。每月结束后报告一次，列出未完成的客户；逐个客户的逾期由 000-3-8.1-NEWSIGN-1NM 报告，本规则只报比例（不重复罚款）。',
    en: 'Per calendar month of the deadline: of the new clients whose one-month deadline fell in the month, the share with a completed new-signing callback by that deadline must be 100%. Reported once after each month ends, naming those not done; each client\'s own breach is 000-3-8.1-NEWSIGN-1NM, so this rule reports only the rate.',
  },
  params: { anchor: 'signedAt', unit: 'months', within: 1, callbackTypes: ['新签约'], period: 'month', target: 100 },
};
