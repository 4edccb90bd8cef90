import type { RuleInput } from '../../../profile/schema';

/** 002-4-5.1-INDEPENDENCE: the audit post is independent of the salespeople and answers only to 马总. */
export const rule: RuleInput = {
  id: '002-4-5.1-INDEPENDENCE',
  kind: 'compare-fields',
  title: { zh: '监督岗独立于业务员，只对马总负责', en: 'The audit post is independent of the salespeople and answers only to 马总' },
  short: { zh: '监督独立', en: 'audit independent' },
  modality: 'M',
  citation: { clause: '五、1', lines: 'L74', quote: '监督岗人员不予业务员发生正面交流,只对马总负责' },
  reading: {
    zh: '台账能查的部分：做抽查的「监督岗」不能是这位客户的业务员本人（自己查自己没有监督意义）。“不与业务员正面交流”“只对马总负责”是工作方式，台账看不出。',
    en: 'What a ledger can show: the auditor of a spot check must not be the customer\'s own salesperson (checking oneself is no audit). "No direct dealings with salespeople" and "answers only to 马总" are ways of working a ledger does not record.',
  },
  params: { field: 'auditor', must: 'differ', other: 'performer', carry: true },
};
