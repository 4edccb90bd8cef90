import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '提车时间'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const call = (id: string, tier: string, at: string, outcome = '已接通') => [id, '张伟', tier, '2025-03-01 10:00', at, '电话', talk, outcome, null];

ruleTester('002-1-3-H-3d', {
  profile: '002-1',
  header,
  valid: [
    { name: 'every 3 days exactly', rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '2025-03-04 09:00'), call('K1', 'H', '2025-03-07 20:00')], asOf: '2025-03-08' },
    { name: 'another tier is not concerned', rows: [call('K1', 'C', '2025-01-01 15:00')], asOf: '2025-03-08' },
    // The stage changes at the pickup: the cadence judges the time before it, and nothing after.
    { name: 'picked up before the next callback was due: owed nothing after the pickup', rows: [[...call('K1', 'H', '2025-01-01 15:00').slice(0, 8), '2025-01-04 10:00']], asOf: '2025-03-08' },
    { name: 'called every 3 days until the pickup, then not any more', rows: [call('K1', 'H', '2025-01-01 15:00'), call('K1', 'H', '2025-01-04 15:00'), [...call('K1', 'H', '2025-01-06 15:00').slice(0, 8), '2025-01-07 10:00']], asOf: '2025-03-08' },
    { name: 'gaps while the customer was A do not count', rows: [call('K1', 'A', '2025-02-01 15:00'), call('K1', 'H', '2025-02-10 15:00'), call('K1', 'H', '2025-02-13 15:00')], asOf: '2025-02-14' },
  ],
  invalid: [
    {
      // Issue 13: before, a customer who had picked up by the check was out of the rule altogether,
      // and the 3-day gap missed while the customer was still an H intent customer went unreported.
      name: 'the callback due on 01-04 never came before the pickup on 01-05: missed (no open overdue after it)',
      rows: [[...call('K1', 'H', '2025-01-01 15:00').slice(0, 8), '2025-01-05 10:00']],
      asOf: '2025-03-08',
      findings: [{ status: 'violation', messageId: 'missed-before-end', row: 2, dueAt: '2025-01-04', overdueDays: 1 }],
    },
    {
      name: 'a late gap before the pickup is still late; the time after the pickup is not judged',
      rows: [call('K1', 'H', '2025-01-01 15:00'), call('K1', 'H', '2025-01-06 15:00'), [...call('K1', 'H', '2025-01-07 15:00').slice(0, 8), '2025-01-08 10:00']],
      asOf: '2025-03-08',
      findings: [{ status: 'late', row: 3, dueAt: '2025-01-04', overdueDays: 2 }],
    },
    {
      name: 'a 4-day gap is one day late',
      rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '2025-03-05 09:00')],
      asOf: '2025-03-06',
      findings: [{ status: 'late', row: 3, dueAt: '2025-03-04', overdueDays: 1 }],
    },
    {
      // Issue 13: a contact row whose time cannot be read leaves the gap it could fall into unknown.
      name: 'a contact without a year (3月3日 15:00) inside a 4-day gap: indeterminate, naming the row',
      rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '3月3日 15:00'), call('K1', 'H', '2025-03-05 09:00')],
      asOf: '2025-03-06',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访时间' }],
    },
    {
      name: 'the same row cannot fall into another gap: that gap stays late',
      rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '3月3日 15:00'), call('K1', 'H', '2025-03-04 09:00'), call('K1', 'H', '2025-03-09 09:00')],
      asOf: '2025-03-10',
      findings: [{ status: 'late', row: 5, dueAt: '2025-03-07', overdueDays: 2 }],
    },
    {
      name: 'a time that says nothing readable (上周三) could be in the open gap: indeterminate instead of overdue',
      rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '上周三')],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访时间' }],
    },
    {
      name: 'an unreadable channel does not matter to a cadence that takes any channel: overdue',
      rows: [call('K1', 'H', '2025-03-01 15:00'), ['K1', '张伟', 'H', '2025-03-01 10:00', '2025-03-03 15:00', '电活', talk, '已接通', null]],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', row: 3, dueAt: '2025-03-06', overdueDays: 4 }],
    },
    {
      name: 'no contact since the 1st: overdue at the latest row',
      rows: [call('K1', 'H', '2025-03-01 15:00')],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', row: 2, customer: 'K1', dueAt: '2025-03-04', overdueDays: 6 }],
    },
    {
      name: 'an unanswered call does not reset the clock',
      rows: [call('K1', 'H', '2025-03-01 15:00'), call('K1', 'H', '2025-03-03 15:00', '关机')],
      asOf: '2025-03-06',
      findings: [{ status: 'overdue', row: 3, dueAt: '2025-03-04', overdueDays: 2 }],
    },
    {
      name: 'never reached: the clock starts at reception',
      rows: [['K1', '张伟', 'H', '2025-03-01 10:00', null, null, null, null, null]],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', dueAt: '2025-03-04', overdueDays: 6 }],
    },
    {
      name: 'on the due day itself it is due soon, not yet overdue (until 24:00)',
      rows: [call('K1', 'H', '2025-03-01 15:00')],
      asOf: '2025-03-04T23:59',
      findings: [{ status: 'due-soon', dueAt: '2025-03-04' }],
    },
    {
      name: 'due soon the day before',
      rows: [call('K1', 'H', '2025-03-01 15:00')],
      asOf: '2025-03-03',
      findings: [{ status: 'due-soon', dueAt: '2025-03-04' }],
    },
  ],
});
