import type { RuleInput } from '../../../profile/schema';

/** 000-2-3-UNAPPROVED-RETURN: goods returned without approval are charged to the regional manager and the responsible person. */
export const rule: RuleInput = {
  id: '000-2-3-UNAPPROVED-RETURN',
  kind: 'precondition',
  title: { zh: '不经批准擅自退回货物，货值从区域经理和责任人工资奖金中扣除', en: 'Goods returned without approval: goods value deducted from the regional manager\'s and the responsible person\'s pay' },
  short: { zh: '擅自退货', en: 'unapproved return' },
  modality: 'M',
  citation: { section: '第二篇 医药公司客户管理规定 (三) 退换货管理', lines: 'L37', quote: '不经批准擅自退回货物,公司不予认可,该货值直接从区域经理和责任人工资和奖金中扣除' },
  reading: {
    zh: '每笔退货（退货日期）当天或之前须有批准日期（《退换货申请表》批准后方可进入退换货流程）。没有批准或批准晚于退货即擅自退货，每笔算一次。“该货值直接从区域经理和责任人工资和奖金中扣除”：扣款金额就是这笔货的货值，取该行的「退货金额」，没有时取「货值」，报告中写明金额和由谁承担；两人如何分摊条文没有说，由人事决定。台账没有金额时报“金额未配置”。',
    en: 'Every return (its date) needs an approval dated on or before it (the return application must be approved before the goods move). No approval, or a later one, is an unapproved return, one instance per return. "The goods value is deducted from the regional manager\'s and the responsible person\'s pay and bonus": the amount is the value of those goods, taken from the row\'s 退货金额, else its 货值, and the finding states it and who bears it; how the two share it the text does not say, so that is for HR. Without an amount on the row it is reported as not configured.',
  },
  fine: { amount: null, payer: '区域经理和责任人', amountFields: ['returnValue', 'goodsValue'] },
  escalateTo: ['区域经理'],
  params: { action: 'returnAt', requires: 'approvedAt', scope: 'record' },
};
