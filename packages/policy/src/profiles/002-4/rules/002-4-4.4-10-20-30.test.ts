import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.4-10-20-30', {
  profile: '002-4',
  header,
  valid: [
    {
      name: 'each cycle sent by its day (the 10th, the 20th, the month end)',
      rows: [call('甲公司', '2025-10-03', { sent: '2025-10-10' }), call('乙公司', '2025-10-13', { sent: '2025-10-20' }), call('甲公司', '2025-10-23', { sent: '2025-10-31' })],
      asOf: '2025-11-03',
    },
    { name: '§16 A13: the 31st belongs to the third cycle, due that day', rows: [call('甲公司', '2025-10-31', { sent: '2025-10-31' })], asOf: '2025-11-05' },
    { name: 'a 30-day month: the third cycle is due on the 30th', rows: [call('甲公司', '2025-09-25', { sent: '2025-09-30' })], asOf: '2025-10-05' },
    { name: 'February: the third cycle is due on the 28th', rows: [call('甲公司', '2025-02-25', { sent: '2025-02-28' })], asOf: '2025-03-05' },
  ],
  invalid: [
    { name: 'sent on the 21st for the 11th-20th cycle: late by one day', rows: [call('甲公司', '2025-10-15', { sent: '2025-10-21' })], asOf: '2025-10-25', findings: [{ status: 'late', row: 2, dueAt: '2025-10-20', overdueDays: 1 }] },
    { name: 'never sent: overdue from the day after', rows: [call('甲公司', '2025-10-15')], asOf: '2025-10-21', findings: [{ status: 'overdue', dueAt: '2025-10-20', overdueDays: 1 }] },
    { name: 'February: due on the 28th, overdue on 03-01', rows: [call('甲公司', '2025-02-25')], asOf: '2025-03-01', findings: [{ status: 'overdue', dueAt: '2025-02-28', overdueDays: 1, text: '应于 2025-02-28（月末）前报送' }] },
    {
      name: '§16 A13: the 21st-31st cycle of October is due on the 31st, not on 30 Oct nor 10 Nov',
      rows: [call('甲公司', '2025-10-31')],
      asOf: '2025-11-03',
      findings: [{ status: 'overdue', dueAt: '2025-10-31', overdueDays: 3, text: '张三：2025-10-21 至 2025-10-31 的报告应于 2025-10-31（月末）前报送' }],
    },
    { name: 'a call of the 25th sent on 11-01: one day late', rows: [call('甲公司', '2025-10-25', { sent: '2025-11-01' })], asOf: '2025-11-03', findings: [{ status: 'late', dueAt: '2025-10-31', overdueDays: 1 }] },
    {
      name: 'each salesperson sends his own file; the missing one is his, on his row, not a customer\'s',
      rows: [call('甲公司', '2025-10-03', { sent: '2025-10-10' }), call('乙公司', '2025-10-04', { by: '李四' })],
      asOf: '2025-10-12',
      findings: [{ status: 'overdue', dueAt: '2025-10-10', row: 3, customer: null, text: '李四：2025-10-01 至 2025-10-10 的报告' }],
    },
    {
      name: 'a missed cycle points at that salesperson\'s last callback of the cycle, not his later rows',
      rows: [call('甲公司', '2025-10-04', { by: '李四' }), call('乙公司', '2025-10-08', { by: '李四' }), call('甲公司', '2025-10-15', { by: '李四', sent: '2025-10-20' })],
      asOf: '2025-10-25',
      findings: [{ status: 'overdue', dueAt: '2025-10-10', row: 3 }],
    },
    {
      name: 'two cycles in a row never sent: one finding on his last callback of the second',
      rows: [call('甲公司', '2025-10-03'), call('乙公司', '2025-10-15')],
      asOf: '2025-10-25',
      findings: [{ status: 'overdue', messageId: 'overdue-run', dueAt: '2025-10-10', overdueDays: 15, row: 3, text: '张三：自 2025-10-01 起连续 2 期没有报送（2025-10-01 至 2025-10-20），第一期应于 2025-10-10 前报送，已逾期 15 天' }],
    },
    {
      name: 'no salesperson column: indeterminate, never one file standing for everyone',
      header: header.filter((h) => h !== '业务员'),
      rows: [call('甲公司', '2025-10-03', { sent: '2025-10-10' }).filter((_, k) => k !== 1), call('乙公司', '2025-10-04').filter((_, k) => k !== 1)],
      asOf: '2025-10-12',
      findings: [{ status: 'indeterminate', row: null, messageId: 'no-submitter' }],
    },
  ],
});
