import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

// Returned 2025-10-03: the window is 2025-11-03 to 2025-11-17.
const demand = (at: string, more: { outcome?: string } = {}) => row('Y1', at, { callbackType: '再次需求', ...more });

ruleTester('002-5-7.1c-USE+1M', {
  profile: '002-5',
  header,
  valid: [
    { name: 'a month after the return', rows: [demand('2025-11-05 10:00')], asOf: '2025-11-20' },
    { name: 'both ends of the window: a month after, and 14 days later', rows: [demand('2025-11-03 10:00'), row('Y2', '2025-11-17 10:00', { callbackType: '再次需求' })], asOf: '2025-11-20' },
    { name: 'not due yet', rows: [row('Y1', null)], asOf: '2025-10-15' },
    { name: 'month ends clamp: returned 01-31, the window opens 02-28', rows: [row('Y1', '2025-02-28 10:00', { use: '2025-01-29', end: '2025-01-31', callbackType: '再次需求' })], asOf: '2025-03-20' },
  ],
  invalid: [
    { name: 'the 15th day after the month is up is late (not a whole month of grace)', rows: [demand('2025-11-18 10:00')], asOf: '2025-11-20', findings: [{ status: 'late', dueAt: '2025-11-17' }] },
    { name: 'none: overdue after the 14 days', rows: [row('Y1', '2025-10-05 10:00', { callbackType: '满意度' })], asOf: '2025-11-20', findings: [{ status: 'overdue', dueAt: '2025-11-17', overdueDays: 3 }] },
    { name: 'a demand callback before the month is up does not count', rows: [demand('2025-10-20 10:00')], asOf: '2025-11-20', findings: [{ status: 'overdue', dueAt: '2025-11-17' }] },
    { name: '§16 A3: only an unanswered call in the window', rows: [demand('2025-11-05 10:00', { outcome: '无人接听' })], asOf: '2025-11-20', findings: [{ status: 'violation', severity: 'warning', messageId: 'attempted' }] },
  ],
});
