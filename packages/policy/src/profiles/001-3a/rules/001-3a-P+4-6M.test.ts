import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '购买日期', '回访日期', '回访方式', '客服人员', '回访情况'];
const row = (at: string, bought = '2024-11-05') => ['U03', bought, at, '电话', '王磊', '设备运行正常'];

ruleTester('001-3a-P+4-6M', {
  profile: '001-3a',
  header,
  valid: [
    { name: 'at 4 months (inclusive)', rows: [row('2025-03-05')], asOf: '2025-10-15' },
    { name: 'at 6 months (inclusive)', rows: [row('2025-05-05')], asOf: '2025-10-15' },
    { name: 'month ends clamp: 08-31 + 6 months = 02-28', rows: [row('2025-02-28', '2024-08-31')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'in month 7 is late', rows: [row('2025-06-10')], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-05-05', overdueDays: 36 }] },
    { name: 'at 3 months only: overdue', rows: [row('2025-02-05')], asOf: '2025-05-10', findings: [{ status: 'overdue', dueAt: '2025-05-05', overdueDays: 5 }] },
  ],
});
