import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.2-10d', {
  profile: '002-4',
  header,
  valid: [
    { name: 'exactly 10 days apart, across 国庆', rows: [call('甲公司', '2025-09-28'), call('甲公司', '2025-10-08')], asOf: '2025-10-15' },
    { name: 'no outcome column: calls whose content is a real conversation count', header: header.filter((h) => h !== '回访结果'), rows: [call('甲公司', '2025-09-28'), call('甲公司', '2025-10-08')].map((r) => r.filter((_, k) => k !== 6)), asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'on the 10th day itself: due soon, not yet overdue', rows: [call('甲公司', '2025-10-05')], asOf: '2025-10-15', findings: [{ status: 'due-soon', dueAt: '2025-10-15' }] },
    { name: 'an 11-day gap is one day late', rows: [call('甲公司', '2025-09-20'), call('甲公司', '2025-10-01')], asOf: '2025-10-05', findings: [{ status: 'late', row: 3, dueAt: '2025-09-30', overdueDays: 1 }] },
    { name: 'no call since: overdue', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-11', overdueDays: 4 }] },
    { name: 'an unanswered call does not count', rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-09', { outcome: '无人接听' })], asOf: '2025-10-12', findings: [{ status: 'overdue', dueAt: '2025-10-11' }] },
    {
      name: '§16 A3: no outcome column, the content says 无人接听: an attempt, not the call that restarts the clock',
      header: header.filter((h) => h !== '回访结果'),
      rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-09', { content: '电话无人接听，改天再打' })].map((r) => r.filter((_, k) => k !== 6)),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-10-11', overdueDays: 4, text: '自 2025-10-01 起' }],
    },
    {
      name: '§16 A3: the outcome left blank and the content says 关机: no call either',
      rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-12', { outcome: '', content: '客户关机' }), call('甲公司', '2025-10-13')],
      asOf: '2025-10-15',
      findings: [{ status: 'late', row: 4, dueAt: '2025-10-11', overdueDays: 2 }],
    },
    {
      name: 'a WeChat message, even one the customer answered, is not the 10-day phone call',
      rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-08', { channel: '微信', outcome: '已回复', content: '发送冬季新品目录，客户已回复' })],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-10-11', overdueDays: 4 }],
    },
  ],
});
