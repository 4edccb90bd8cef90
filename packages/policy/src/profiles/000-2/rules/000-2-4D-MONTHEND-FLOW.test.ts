import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('000-2-4D-MONTHEND-FLOW', {
  profile: '000-2',
  header,
  valid: [
    { name: 'September report before month end', rows: [row('D1', { shipped: '2025-09-05', reported: '2025-09-29' })], asOf: '2025-10-15' },
    { name: 'boundary: on the last day of the month', rows: [row('D1', { shipped: '2025-09-05', reported: '2025-09-30' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'September report on 8 October: late', rows: [row('D1', { shipped: '2025-09-05', reported: '2025-10-08' })], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-09-30' }] },
    { name: 'no report for September', rows: [row('D1', { shipped: '2025-09-05', reported: '' })], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-30' }] },
  ],
});
