import type { RuleInput } from '../../../profile/schema';

/** 000-3-3.3-COI: Conflict of interest: no callback by the client's own financial manager. */
export const rule: RuleInput = {
  id: '000-3-3.3-COI',
  kind: 'compare-fields',
  title: { zh: '利益冲突回避：理财经理不得回访自己的客户', en: 'Conflict of interest: no callback by the client\'s own financial manager' },
  short: { zh: '理财经理自访', en: 'FM self-callback' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第三条 3', lines: 'L51', quote: '回访中涉及利益冲突的部门或个人不得直接参与客户回访工作' },
  reading: {
    zh: '回访评价的是理财经理的执业规范和客户满意度（第七条），结果用于理财经理考核（第十一条），所以执行回访的人不得是该客户的理财经理。姓名按全半角、空格归一后比较。目录还建议排除理财经理的直属领导，但台账通常没有汇报关系，无法检查。',
    en: 'The callback appraises the financial manager\'s conduct and the client\'s satisfaction (第七条) and feeds the manager\'s appraisal (第十一条), so the performer must not be the client\'s own financial manager. Names are compared after normalising width and spaces. The catalog also suggests excluding the manager\'s reporting line; ledgers rarely hold it, so that part is not checked.',
  },
  params: { field: 'performer', must: 'differ', other: 'accountManager', carry: true },
};
