import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.3-FM-ATTITUDE: Verified complaint about a manager's attitude in a callback: 500 yuan. */
export const rule: RuleInput = {
  id: '000-3-4.3-FM-ATTITUDE',
  kind: 'marked-breach',
  title: { zh: '回访中客户投诉理财经理态度，核实属实：扣500元', en: 'Verified complaint about a manager\'s attitude in a callback: 500 yuan' },
  short: { zh: '态度投诉属实', en: 'attitude complaint' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 3 对理财经理的考核及处罚 ①', lines: 'L64', quote: '回访期间客户投诉理财经理态度有问题的,核实属实的扣除当事人500元' },
  reading: {
    zh: '回访期间客户投诉理财经理态度，经核实属实的（“态度投诉核实结果”写明属实），每次投诉扣当事理财经理 500 元（原文没有“/次”，按每次投诉计，目录推荐）。“不属实”“核实中”不算。',
    en: 'A complaint about the financial manager\'s attitude made during a callback and verified as true (the verification column says 属实) costs that manager 500 yuan per complaint (the text has no "per instance"; per complaint is the catalog\'s recommendation). 不属实 or 核实中 are no breach.',
  },
  fine: { amount: 500, payer: '理财经理', payerField: 'accountManager' },
  params: { field: 'attitudeComplaint', words: ['属实'], unless: ['不属实'] },
};
