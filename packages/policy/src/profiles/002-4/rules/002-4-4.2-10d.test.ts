import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.2-10d', {
  profile: '002-4',
  header,
  valid: [
    { name: 'exactly 10 days apart, across 国庆', rows: [call('甲公司', '2025-09-28'), call('甲公司', '2025-10-08')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'on the 10th day itself: due soon, not yet overdue', rows: [call('甲公司', '2025-10-05')], asOf: '2025-10-15', findings: [{ status: 'due-soon', dueAt: '2025-10-15' }] },
    { name: 'an 11-day gap is one day late', rows: [call('甲公司', '2025-09-20'), call('甲公司', '2025-10-01')], asOf: '2025-10-05', findings: [{ status: 'late', row: 3, dueAt: '2025-09-30', overdueDays: 1 }] },
    { name: 'no call since: overdue', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-11', overdueDays: 4 }] },
    { name: 'an unanswered call does not count', rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-09', { outcome: '无人接听' })], asOf: '2025-10-12', findings: [{ status: 'overdue', dueAt: '2025-10-11' }] },
  ],
});
