import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.4-10-20-30', {
  profile: '002-4',
  header,
  valid: [
    {
      name: 'each cycle sent by its day (the 10th, 20th, 30th)',
      rows: [call('甲公司', '2025-10-03', { sent: '2025-10-10' }), call('乙公司', '2025-10-13', { sent: '2025-10-20' }), call('甲公司', '2025-10-23', { sent: '2025-10-30' })],
      asOf: '2025-11-03',
    },
    { name: 'the 31st belongs to the next cycle (due on the 10th)', rows: [call('甲公司', '2025-10-31', { sent: '2025-11-10' })], asOf: '2025-11-11' },
    { name: 'February: the third cycle is due on the 28th', rows: [call('甲公司', '2025-02-25', { sent: '2025-02-28' })], asOf: '2025-03-05' },
  ],
  invalid: [
    { name: 'sent on the 21st for the 11th-20th cycle: late by one day', rows: [call('甲公司', '2025-10-15', { sent: '2025-10-21' })], asOf: '2025-10-25', findings: [{ status: 'late', row: 2, dueAt: '2025-10-20', overdueDays: 1 }] },
    { name: 'never sent: overdue from the day after', rows: [call('甲公司', '2025-10-15')], asOf: '2025-10-21', findings: [{ status: 'overdue', dueAt: '2025-10-20', overdueDays: 1 }] },
    { name: 'February: due on the 28th, overdue on 03-01', rows: [call('甲公司', '2025-02-25')], asOf: '2025-03-01', findings: [{ status: 'overdue', dueAt: '2025-02-28', overdueDays: 1 }] },
    {
      name: 'each salesperson sends his own file',
      rows: [call('甲公司', '2025-10-03', { sent: '2025-10-10' }), call('乙公司', '2025-10-04', { by: '李四' })],
      asOf: '2025-10-12',
      findings: [{ status: 'overdue', dueAt: '2025-10-10' }],
    },
  ],
});
