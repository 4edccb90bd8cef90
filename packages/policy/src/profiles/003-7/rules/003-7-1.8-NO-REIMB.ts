import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.8-NO-REIMB: expenses for a customer not registered are not reimbursed. */
export const rule: RuleInput = {
  id: '003-7-1.8-NO-REIMB',
  kind: 'precondition',
  title: { zh: '未备案客户的招待、差旅、礼品费用不予报销', en: 'No reimbursement of entertainment, travel or gift expenses for an unregistered customer' },
  short: { zh: '未备案不报销', en: 'unregistered: no claim' },
  modality: 'M',
  citation: { clause: '1.8惩罚措施 第1款', lines: 'L184', quote: '对于没有备案的客户,凡涉及到与此客户相关的招待、差旅、礼品等费用,财务部门一律不予报销' },
  reading: {
    zh: '费用类别为招待、差旅、礼品（含"招待费"等写法）的行：该客户须有备案日期，且不晚于费用日期。没有备案：违规（不得报销）。费用发生后才备案：若在「报销日期」当天或之前补办了备案，按目录推荐只作提醒（警告），否则违规。"等费用"中未列举的类别由公司在 values 中补充。',
    en: 'Rows whose expense type is entertainment, travel or gifts (招待/差旅/礼品, also written 招待费 ...): the customer must have a registration date on or before the expense date. None: a violation (not reimbursable). Registered after the expense: a warning when done by the reimbursement date (the catalog\'s reading: registered at claim time), else a violation. Other types under "等" are for the company to add.',
  },
  escalateTo: ['财务部门'],
  records: { flag: { field: 'expenseType', values: ['招待', '招待费', '业务招待', '业务招待费', '差旅', '差旅费', '礼品', '礼品费'] } },
  params: {
    action: 'expenseAt',
    requires: 'registeredAt',
    scope: 'customer',
    graceUntil: 'reimbursedAt',
  },
};
