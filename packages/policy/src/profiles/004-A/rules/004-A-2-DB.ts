import type { RuleInput } from '../../../profile/schema';

/** 004-A-2-DB: the customer database holds basic information, contact details and service needs. */
export const rule: RuleInput = {
  id: '004-A-2-DB',
  kind: 'required-fields',
  title: { zh: '客户数据库包括客户的基本信息、联系方式和服务需求', en: 'The customer database holds basic information, contact details and service needs' },
  short: { zh: '客户资料齐全', en: 'customer data' },
  modality: 'S',
  citation: { clause: '二、2', lines: 'L29', quote: '建立客户数据库,包括客户的基本信息、联系方式和服务需求等' },
  reading: {
    zh: '每位客户（业主）须有姓名、联系方式和服务需求，任一行填写即可。原文是概括性的程序说明，缺项只作提醒（警告）。无法识别的单元格也归于本条。',
    en: 'Every customer (owner) has a name, contact details and service needs, on any of its rows. The text is a general procedure, so a gap is a warning. Unreadable cells fall under this clause too.',
  },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'serviceNeeds' }] },
};
