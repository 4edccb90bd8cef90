import type { RuleInput } from '../../../profile/schema';

/** 000-2-3-UNAPPROVED-RETURN: goods returned without approval are charged to the regional manager and the responsible person. */
export const rule: RuleInput = {
  id: '000-2-3-UNAPPROVED-RETURN',
  kind: 'precondition',
  title: { zh: '不经批准擅自退回货物，货值从区域经理和责任人工资奖金中扣除', en: 'Goods returned without approval: goods value deducted from the regional manager\'s and the responsible person\'s pay' },
  short: { zh: '擅自退货', en: 'unapproved return' },
  modality: 'M',
  citation: { file: '000_76cb93e03295e223.txt', section: '第二篇 医药公司客户管理规定 (三) 退换货管理', lines: 'L37', quote: '不经批准擅自退回货物,公司不予认可,该货值直接从区域经理和责任人工资和奖金中扣除' },
  reading: {
    zh: '每笔退货（退货日期）当天或之前须有批准日期（《退换货申请表》批准后方可进入退换货流程）。没有批准或批准晚于退货即擅自退货，每笔算一次；扣款金额是该笔货值（台账“货值”列），两人如何分摊由人事决定，所以金额报“未配置”。',
    en: 'Every return (its date) needs an approval dated on or before it (the return application must be approved before the goods move). No approval, or a later one, is an unapproved return, one instance per return; the deduction is that return\'s goods value (the ledger\'s 货值 column) and its split between the two people is an HR decision, so the amount is not-configured.',
  },
  fine: { amount: null, payer: '区域经理和责任人' },
  escalateTo: ['区域经理'],
  params: { action: 'returnAt', requires: 'approvedAt', scope: 'record' },
};
