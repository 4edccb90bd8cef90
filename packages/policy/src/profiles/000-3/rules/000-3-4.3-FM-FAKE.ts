import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.3-FM-FAKE: Financial manager falsifying client data once: month's salary and dismissal. */
export const rule: RuleInput = {
  id: '000-3-4.3-FM-FAKE',
  kind: 'marked-breach',
  title: { zh: '理财经理弄虚作假一次：扣当月工资并辞退', en: 'Financial manager falsifying client data once: month\'s salary and dismissal' },
  short: { zh: '理财经理弄虚作假', en: 'FM falsified' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 3 对理财经理的考核及处罚 ②', lines: 'L64', quote: '客户信息弄虚作假一次,当月工资扣除并辞退' },
  reading: {
    zh: '台账“弄虚作假”一栏记明由理财经理造假的，每条为一次：扣除当月工资并辞退。工资数额台账没有，罚款报“未配置”（金额空白），并上报理财管理部处理辞退。',
    en: 'Each record whose falsification column names the financial manager is one instance: the month\'s salary deducted and dismissal. The ledger has no salary, so the fine is reported as not configured (no amount), escalated to 理财管理部 for the dismissal.',
  },
  fine: { amount: null, payer: '理财经理', payerField: 'accountManager' },
  escalateTo: ['理财管理部'],
  params: { field: 'falsified', words: ['理财经理'], unless: ['不属实', '否认', '未发现'] },
};
