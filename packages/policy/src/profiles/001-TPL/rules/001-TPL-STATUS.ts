import type { RuleInput } from '../../../profile/schema';

/** 001-TPL-STATUS: the customer status sheet (客户状况记录表) has its core boxes filled. */
export const rule: RuleInput = {
  id: '001-TPL-STATUS',
  kind: 'required-fields',
  title: { zh: '客户状况记录表：客户名称、地址、联系方式、客户服务沟通频率', en: 'Customer status sheet: name, address, contact details, communication frequency' },
  short: { zh: '状况表齐全', en: 'status sheet' },
  modality: 'M',
  citation: { section: '二(二) 客户状况记录表', lines: 'L125-162', quote: '客户服务沟通频率' },
  reading: {
    zh: '模板有十几个格子（法人、总经理、员工人数、往来银行、贷款状况、付款态度、最高购买金额、满意度……），其中许多要靠业务判断或客户不愿提供，不能一律要求。按 002-1 的做法取核心格子：客户名称、地址、联系方式、客户服务沟通频率（频率也是 001-2 按卡片回访的依据），每位客户在任一行填写即可。无法识别的单元格也归于本条。',
    en: 'The template has over a dozen boxes (legal representative, general manager, staff, banks, loans, payment attitude, highest purchase, satisfaction ...), many of which rest on judgment or on what the customer will disclose. As in 002-1 we require the core boxes: customer name, address, contact details and communication frequency (the frequency 001-2 checks callbacks against), each on any row of the customer. Unreadable cells fall under this clause too.',
  },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'address' }, { field: 'phone' }, { field: 'contactFrequency' }] },
};
