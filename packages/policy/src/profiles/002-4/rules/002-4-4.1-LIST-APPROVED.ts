import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.1-LIST-APPROVED: callbacks work from a complete customer list reviewed by 马总. */
export const rule: RuleInput = {
  id: '002-4-4.1-LIST-APPROVED',
  kind: 'required-fields',
  title: { zh: '客户名单须经马总审核', en: 'The customer list is reviewed by 马总' },
  short: { zh: '名单审核', en: 'list approved' },
  modality: 'M',
  citation: { clause: '四、1', lines: 'L68', quote: '建立一份完整的客户名单,经由马总审核' },
  reading: {
    zh: '每位被回访的客户都应在经马总审核的名单上：台账上每位客户须有「马总审核日期」。没有的，说明回访了名单外的客户或名单未经审核。名单上从未回访的客户由 10 天一电话的规则报出。“特殊时期回访内容由马总决定”（四、6）是内容安排，台账看不出。',
    en: 'Every customer called must be on the list 马总 reviewed: each customer in the ledger needs a 马总审核日期. Without one, a customer off the list was called or the list was not reviewed. Customers on the list never called are reported by the 10-day rule. "Special-period content is decided by 马总" (四、6) is about content and cannot be seen in a ledger.',
  },
  severity: 'warning',
  params: { scope: 'customer', fields: [{ field: 'approvedAt' }] },
};
