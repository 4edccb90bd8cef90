import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户负责人', '离职日期', '交接日期', '接替人'];
const row = (left: string | null, handed: string | null, successor: string | null = handed ? '陈晨' : null) => ['C1', '华信科技', '周强', left, handed, successor];

ruleTester('003-7-1.6.4-HANDOVER', {
  profile: '003-7',
  header,
  valid: [
    { name: 'owner still employed', rows: [row(null, null)], asOf: '2025-10-15' },
    // Left Tue 09-30 -> Thu 10-09, Fri 10-10, Sat 10-11 (make-up), Mon 10-13, Tue 10-14.
    { name: 'handed over on the 5th working day after 国庆', rows: [row('2025-09-30', '2025-10-14')], asOf: '2025-10-20' },
    { name: 'handed over before leaving', rows: [row('2025-09-30', '2025-09-26')], asOf: '2025-10-20' },
    // Left Fri 01-24 -> Sun 01-26 (make-up), Mon 01-27, Wed 02-05, Thu 02-06, Fri 02-07.
    { name: 'handed over on the 5th working day across 春节', rows: [row('2025-01-24', '2025-02-07')], asOf: '2025-03-01' },
  ],
  invalid: [
    { name: 'still with the departed owner', rows: [row('2025-09-30', null)], asOf: '2025-10-20', findings: [{ status: 'overdue', severity: 'warning', dueAt: '2025-10-14', overdueDays: 6, row: 2 }] },
    { name: 'handed over a day late across 春节', rows: [row('2025-01-24', '2025-02-08')], asOf: '2025-03-01', findings: [{ status: 'late', severity: 'warning', dueAt: '2025-02-07', overdueDays: 1 }] },
    { name: 'a handover with no successor named', rows: [row('2025-09-30', '2025-10-09', null)], asOf: '2025-10-20', findings: [{ status: 'violation', messageId: 'no-successor', column: '接替人' }] },
  ],
});
