import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-7.1a-PREUSE', {
  profile: '002-5',
  header,
  valid: [
    { name: 'a reminder the day before departure', rows: [row('Y1', '2025-09-30 10:00', { callbackType: '温馨提示' })], asOf: '2025-10-15' },
    { name: 'makers have no use date to remind of', rows: [row('C1', '2025-09-30 10:00', { type: '创客', use: null, end: null })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'the reminder came on the day of departure', rows: [row('Y1', '2025-10-01 08:00', { callbackType: '温馨提示' })], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-09-30' }] },
    { name: 'a satisfaction call is not a reminder: none before use', rows: [row('Y1', '2025-09-30 10:00', { callbackType: '满意度' })], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-30' }] },
  ],
});
