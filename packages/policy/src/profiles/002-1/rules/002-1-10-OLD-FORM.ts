import type { RuleInput } from '../../../profile/schema';

/** 002-1-10-OLD-FORM: old customers are recorded on the company form with all user information. */
export const rule: RuleInput = {
  id: '002-1-10-OLD-FORM',
  kind: 'required-fields',
  title: { zh: '老用户回访表须填全用户信息', en: 'Old-customer form with all user information' },
  short: { zh: '老用户信息齐全', en: 'owner info complete' },
  modality: 'M',
  citation: { clause: '第10条', lines: 'L12', quote: '老用户回访必须使用公司统一的回访表格,并填写全所有用户信息,记录每一次回访的信息和进程' },
  reading: {
    zh: '已提车的客户（老用户）须有：客户姓名、联系电话、提车时间、首保日期。"使用公司统一表格"无法从台账判断，不检查。"记录每一次回访"由 002-1-5-DETAIL 检查每条记录的内容。',
    en: 'Customers who have picked up their car (old customers) need name, phone, pickup time and first-service date. "Using the company\'s standard form" cannot be seen in a ledger and is not checked; "every callback recorded" is checked per record by 002-1-5-DETAIL.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'owner' },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'pickupAt' }, { field: 'firstServiceAt' }] },
};
