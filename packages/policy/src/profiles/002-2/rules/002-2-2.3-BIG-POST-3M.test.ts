import { ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '购买数量', '交车日期', '三包期', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string, units = 12) => ['ZD03', units, '2024-10-20', '2025-04-20', at, '王强', '使用情况', '出保后回访'];

ruleTester('002-2-2.3-BIG-POST-3M', {
  profile: '002-2',
  header,
  valid: [
    { name: 'three months after the warranty end, then after each call (inclusive)', rows: [row('2025-07-20'), row('2025-10-20')], asOf: '2025-11-01' },
    { name: 'not yet out of warranty', rows: [row('2025-03-21')], asOf: '2025-04-19' },
    { name: 'fewer than 5 boxes: not this regime', rows: [row('2025-05-01', 3)], asOf: '2025-12-01' },
  ],
  invalid: [
    { name: 'a gap over three months is late', rows: [row('2025-07-20'), row('2025-10-21')], asOf: '2025-11-01', findings: [{ status: 'late', dueAt: '2025-10-20', overdueDays: 1 }] },
    { name: 'overdue from the last call', rows: [row('2025-07-05')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-05', overdueDays: 10 }] },
  ],
});
