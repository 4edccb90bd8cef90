import type { RuleInput } from '../../../profile/schema';

/** 002-2-2.2-END-LEDGER: the end-customer information ledger holds each end user's details. */
export const rule: RuleInput = {
  id: '002-2-2.2-END-LEDGER',
  kind: 'required-fields',
  title: { zh: '建立《终端客户信息台帐》', en: 'An end-customer information ledger is kept' },
  short: { zh: '终端台帐', en: 'end-user ledger' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》2.2、3.4', lines: 'L31, L41', quote: '在经销商的帮助下应获取终端客户信息,建立《终端客户信息台帐》' },
  reading: {
    zh: '终端用户（台账上有购买数量的客户）须在其任一行写明：客户名称、联系电话、购买数量、交车日期、三包到期日，这些是第2.3、2.4条回访时间表的依据。按目录推荐，每个信息不全的终端客户记一次，按第3.4条罚 50 元。',
    en: 'An end user (a customer with units purchased in the ledger) has on one of its rows: name, phone, units, delivery date and warranty end, the data the 2.3 and 2.4 schedules run on. Following the catalog, each end customer with incomplete data is one instance, 50 yuan (3.4).',
  },
  fine: { amount: 50, payer: '业务员' },
  when: { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 0 },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'unitsPurchased' }, { field: 'pickupAt' }, { field: 'warrantyEndAt' }] },
};
