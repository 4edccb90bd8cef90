import { ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '终端客户名称', '联系电话', '购买数量', '交车日期', '三包期', '回访日期', '业务员', '回访方面', '回访内容'];
const full = ['ZD07', '鑫达搬家', '13906390007', 2, '2025-09-03', '2026-09-03', '2025-09-05', '王强', '使用情况', '交车回访'];

ruleTester('002-2-2.2-END-LEDGER', {
  profile: '002-2',
  header,
  valid: [
    { name: 'name, phone, units, delivery and warranty end recorded', rows: [full], asOf: '2025-10-15' },
    { name: 'filled on any of the customer\'s rows', rows: [[...full.slice(0, 2), null, ...full.slice(3)], full], asOf: '2025-10-15' },
    { name: 'dealers (no units purchased) are not end users', rows: [['JX01', '鲁通', null, null, null, null, '2025-10-01', '王强', '市场', '回访']], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'no phone: one instance, 50 yuan', rows: [[...full.slice(0, 2), null, ...full.slice(3)]], asOf: '2025-10-15', findings: [{ status: 'violation', column: '联系电话' }] },
  ],
});
