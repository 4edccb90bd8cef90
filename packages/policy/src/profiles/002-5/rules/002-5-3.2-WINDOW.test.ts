import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-3.2-WINDOW', {
  profile: '002-5',
  header,
  valid: [
    { name: '09:00, 11:00 and 15:00 are inside (both ends), also on a Sunday', rows: [row('Y1', '2025-10-05 09:00'), row('Y2', '2025-10-05 11:00'), row('Y3', '2025-10-12 15:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'a call at 12:30', rows: [row('Y1', '2025-10-05 12:30')], asOf: '2025-10-15', findings: [{ severity: 'warning', row: 2 }] },
    { name: 'a date without a time cannot be placed', rows: [row('Y1', '2025-10-05')], asOf: '2025-10-15', findings: [{ status: 'indeterminate' }] },
  ],
});
