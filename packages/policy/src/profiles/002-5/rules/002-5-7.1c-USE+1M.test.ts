import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-7.1c-USE+1M', {
  profile: '002-5',
  header,
  valid: [
    { name: 'a month after the return', rows: [row('Y1', '2025-11-05 10:00', { callbackType: '再次需求' })], asOf: '2025-11-20' },
    { name: 'not due yet', rows: [row('Y1', null)], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'none by a month after the window opened', rows: [row('Y1', '2025-10-05 10:00', { callbackType: '满意度' })], asOf: '2025-12-10', findings: [{ status: 'overdue', dueAt: '2025-12-03' }] }],
});
