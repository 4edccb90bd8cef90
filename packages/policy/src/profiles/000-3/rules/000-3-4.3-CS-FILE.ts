import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.3-CS-FILE: Incomplete customer file: 100-300 yuan per instance. */
export const rule: RuleInput = {
  id: '000-3-4.3-CS-FILE',
  kind: 'required-fields',
  title: { zh: '客户档案不完整：扣100-300元/次', en: 'Incomplete customer file: 100-300 yuan per instance' },
  short: { zh: '档案不全', en: 'file incomplete' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 3 对客服的考核及处罚 ①', lines: 'L62', quote: '未完整准确建立/完善客户档案者,将视其情节轻重从工资中扣除100-300元/次' },
  reading: {
    zh: '理财客户档案至少须有客户姓名、联系电话、理财经理和签约日期（新签约回访和持续回访都以它们为依据）。每缺一项算一次，按 100-300 元计罚、由客服人员承担，具体金额“视其情节轻重”由管理部门决定，报告给出范围。目录推荐“每份档案一次”；本工具按缺项逐条报告，因为每一项缺失都是一处“未完整建立”，是否合并由管理部门决定。',
    en: 'A wealth client\'s file needs at least name, phone, financial manager and signing date (the new-signing and continuing callbacks depend on them). Each missing item is one instance, priced 100-300 yuan, paid by customer-service staff; the exact amount depends on severity, so the report gives the range. The catalog recommends one instance per file; we report each missing item, since each is a gap in the file, and leave merging to management.',
  },
  fine: { min: 100, max: 300, payer: '客服人员' },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'accountManager' }, { field: 'signedAt' }] },
};
