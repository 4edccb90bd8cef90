import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-7.1b-USE+3d', {
  profile: '002-5',
  header,
  valid: [
    { name: 'on the 3rd day after the return (国庆: no roll-over needed)', rows: [row('Y1', '2025-10-06 10:00', { callbackType: '满意度' })], asOf: '2025-10-15' },
    { name: 'on the day of return', rows: [row('Y1', '2025-10-03 20:00', { callbackType: '满意度' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'the 4th day is late', rows: [row('Y1', '2025-10-07 10:00', { callbackType: '满意度' })], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-10-06' }] },
    { name: 'no satisfaction callback: overdue', rows: [row('Y1', null)], asOf: '2025-10-08', findings: [{ status: 'overdue', dueAt: '2025-10-06', overdueDays: 2 }] },
  ],
});
