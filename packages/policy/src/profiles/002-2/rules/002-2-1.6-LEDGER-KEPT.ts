import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.6-LEDGER-KEPT: callbacks are kept as a ledger: who called and what was said. */
export const rule: RuleInput = {
  id: '002-2-1.6-LEDGER-KEPT',
  kind: 'required-fields',
  title: { zh: '回访信息以台帐方式记录保存', en: 'Callback information kept as a ledger' },
  short: { zh: '台帐记录', en: 'ledger kept' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.6', lines: 'L27', quote: '业务员对回访信息以台帐的方式记录保存' },
  reading: {
    zh: '台帐的每一条回访都须写明回访人（业务员）和回访内容。无法识别的单元格（写错的日期、数量等）也归于本条，记为"无效"。原文未设罚款（第3.4条只罚终端客户信息台帐，见 002-2-2.2-END-LEDGER）。',
    en: 'Each callback in the ledger names who made it (the salesperson) and what was said. Unreadable cells (a wrong date, a number that is not one) fall under this clause too, as invalid. The document sets no fine here (3.4 fines the end-customer ledger, see 002-2-2.2-END-LEDGER).',
  },
  params: { scope: 'contact', fields: [{ field: 'performer' }, { field: 'content' }] },
};
