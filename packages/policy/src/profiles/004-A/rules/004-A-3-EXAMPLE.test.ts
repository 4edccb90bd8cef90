import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-A-3-EXAMPLE', {
  profile: '004-A',
  header,
  valid: [
    { name: 'monthly phone callbacks', rows: [row('1-101', '2025-08-20'), row('1-101', '2025-09-19'), row('1-101', '2025-10-10')], asOf: '2025-10-15' },
    { name: 'a planned quarterly frequency', rows: [row('1-102', '2025-08-01', { frequency: '每季度一次' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'a visit does not count as the phone callback: overdue, a warning',
      rows: [row('1-101', '2025-08-10'), row('1-101', '2025-09-05', { channel: '上门' })],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', severity: 'warning', dueAt: '2025-09-10', overdueDays: 35 }],
    },
  ],
});
