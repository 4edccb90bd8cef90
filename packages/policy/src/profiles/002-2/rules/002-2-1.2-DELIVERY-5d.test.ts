import { ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '终端客户名称', '购买数量', '交车日期', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (delivered: string, at: string | null) => ['ZD04', '张师傅', 2, delivered, at, at ? '赵敏' : null, at ? '使用情况' : null, at ? '询问使用情况' : null];

ruleTester('002-2-1.2-DELIVERY-5d', {
  profile: '002-2',
  header,
  valid: [
    { name: 'on the delivery day itself', rows: [row('2025-08-25', '2025-08-25')], asOf: '2025-09-10' },
    { name: 'on day 5 (inclusive)', rows: [row('2025-08-25', '2025-08-30')], asOf: '2025-09-10' },
    { name: 'calendar days across 国庆', rows: [row('2025-09-30', '2025-10-05')], asOf: '2025-10-10' },
  ],
  invalid: [
    { name: 'day 6 is late', rows: [row('2025-08-25', '2025-08-31')], asOf: '2025-09-10', findings: [{ status: 'late', dueAt: '2025-08-30', overdueDays: 1 }] },
    { name: 'no callback', rows: [row('2025-10-01', null)], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-06', overdueDays: 9 }] },
    { name: 'due soon', rows: [row('2025-10-12', null)], asOf: '2025-10-15', findings: [{ status: 'due-soon', dueAt: '2025-10-17' }] },
  ],
});
