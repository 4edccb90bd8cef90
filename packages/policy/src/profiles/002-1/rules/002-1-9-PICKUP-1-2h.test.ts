import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '提车时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '询问是否安全到家，提醒磨合期注意事项';
const row = (pickup: string | null, at: string | null, channel = '电话', outcome = '已接通') => ['K9', '赵磊', pickup, at, at ? channel : null, at ? talk : null, at ? outcome : null];

ruleTester('002-1-9-PICKUP-1-2h', {
  profile: '002-1',
  header,
  valid: [
    { name: '60 minutes after pickup (inclusive)', rows: [row('2025-10-01 10:00', '2025-10-01 11:00')], asOf: '2025-10-05' },
    { name: '120 minutes after pickup (inclusive)', rows: [row('2025-10-01 10:00', '2025-10-01 12:00')], asOf: '2025-10-05' },
    { name: 'no pickup: nothing to check', rows: [row(null, '2025-10-01 12:00')], asOf: '2025-10-05' },
  ],
  invalid: [
    {
      name: '121 minutes is late',
      rows: [row('2025-10-01 10:00', '2025-10-01 12:01')],
      asOf: '2025-10-05',
      findings: [{ status: 'late', dueAt: '2025-10-01T12:00+08:00' }],
    },
    {
      name: '59 minutes is too early (warning)',
      rows: [row('2025-10-01 10:00', '2025-10-01 10:59')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'early' }],
    },
    {
      name: 'a visit is not the phone call the rule asks for',
      rows: [row('2025-10-01 10:00', '2025-10-01 11:30', '上门')],
      asOf: '2025-10-05',
      findings: [{ status: 'overdue', column: '提车时间' }],
    },
    {
      name: 'an unanswered call in the window: warning',
      rows: [row('2025-10-01 10:00', '2025-10-01 11:30', '电话', '无人接听')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'attempted' }],
    },
    {
      name: 'date-only pickup is indeterminate',
      rows: [row('2025-10-01', '2025-10-01 11:30')],
      asOf: '2025-10-05',
      findings: [{ status: 'indeterminate', messageId: 'anchor-no-time' }],
    },
  ],
});
