import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const call = (at: string, tier = 'A', outcome = '已接通') => ['K1', '李娜', tier, at, '电话', talk, outcome];

// 2025-03-03 is a Monday.
ruleTester('002-1-3-A-1w', {
  profile: '002-1',
  header,
  valid: [
    { name: 'one call in each ISO week', rows: [call('2025-03-03 10:00'), call('2025-03-09 10:00'), call('2025-03-10 10:00'), call('2025-03-21 10:00')], asOf: '2025-03-23' },
    { name: 'a Monday then the next Sunday (13-day gap) is still once a week', rows: [call('2025-03-03 10:00'), call('2025-03-16 10:00')], asOf: '2025-03-16' },
    { name: 'entered A on a Thursday: that week is exempt', rows: [['K1', '李娜', 'A', '2025-03-06 10:00', '电话', talk, '未接通'], call('2025-03-10 10:00')], asOf: '2025-03-15' },
    { name: 'the current week is not over yet', rows: [call('2025-03-03 10:00')], asOf: '2025-03-12' },
    { name: 'picked up in the week after a call: owed nothing after', header: [...header, '提车时间'], rows: [[...call('2025-03-03 10:00'), '2025-03-12 10:00']], asOf: '2025-04-30' },
  ],
  invalid: [
    {
      // 3月12日 (no year) can only be 2025-03-12, in the week of 03-10 that has no other call.
      name: 'a week whose only call has no year in its time (3月12日 10:00): indeterminate, naming the row',
      rows: [call('2025-03-03 10:00'), call('3月12日 10:00'), call('2025-03-17 10:00')],
      asOf: '2025-03-20',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访时间' }],
    },
    {
      name: 'an unreadable outcome in a week with no other call: indeterminate, naming the row',
      rows: [call('2025-03-03 10:00'), call('2025-03-12 10:00', 'A', '接没接不清楚'), call('2025-03-17 10:00')],
      asOf: '2025-03-20',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访结果' }],
    },
    {
      name: 'a whole week without a call',
      rows: [call('2025-03-03 10:00'), call('2025-03-17 10:00')],
      asOf: '2025-03-18',
      findings: [{ status: 'violation', dueAt: '2025-03-16', row: 2, messageId: 'short' }],
    },
    {
      name: 'entered A on a Tuesday: that week counts, and an unanswered call is not a callback',
      rows: [call('2025-03-04 10:00', 'A', '无人接听'), call('2025-03-10 10:00')],
      asOf: '2025-03-12',
      findings: [{ status: 'violation', dueAt: '2025-03-09' }],
    },
    {
      // The stage changes at the pickup (03-20): the weeks before it are judged, the week of the
      // pickup owes nothing (as a week the customer leaves A in), and no week after it.
      name: 'picked up on 03-20: the empty week before is short, nothing after the pickup',
      header: [...header, '提车时间'],
      rows: [[...call('2025-03-03 10:00'), null], [...call('2025-03-21 10:00'), '2025-03-20 15:00']],
      asOf: '2025-04-30',
      findings: [{ status: 'violation', dueAt: '2025-03-16', row: 2, messageId: 'short' }],
    },
    {
      name: 'the week ends tomorrow with no call: due soon',
      rows: [call('2025-03-03 10:00')],
      asOf: '2025-03-15',
      findings: [{ status: 'due-soon', dueAt: '2025-03-16', text: '本周已回访 0 天，还需 1 天，2025-03-16 前' }],
    },
    {
      name: 'the week in progress is open from its Monday: nothing yet, one needed by Sunday',
      rows: [call('2025-03-03 10:00')],
      asOf: '2025-03-10',
      findings: [{ status: 'open', severity: 'info', dueAt: '2025-03-16', text: '本周已回访 0 天，还需 1 天，2025-03-16 前（2025-03-10 至 2025-03-16）' }],
    },
    {
      // Four weekly callbacks missed (50 元/次 where a profile fines them: the run carries 4 fines).
      name: 'four weeks in a row without a call, then a call: one finding for the run',
      rows: [call('2025-03-03 10:00'), call('2025-04-07 10:00')],
      asOf: '2025-04-08',
      findings: [{ status: 'violation', dueAt: '2025-03-16', overdueDays: 23, row: 2, messageId: 'missed-run', text: '漏访：自 2025-03-10 那周起连续 4 周没有成功回访（2025-03-10 至 2025-04-06）' }],
    },
    {
      name: 'a kept week between missed ones: two findings, a single week and a run of two',
      rows: [call('2025-03-03 10:00'), call('2025-03-19 10:00'), call('2025-04-09 10:00')],
      asOf: '2025-04-10',
      findings: [
        { status: 'violation', dueAt: '2025-03-16', row: 2, messageId: 'short' },
        { status: 'violation', dueAt: '2025-03-30', row: 3, messageId: 'missed-run', text: '连续 2 周' },
      ],
    },
  ],
});
