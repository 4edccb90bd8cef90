import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-A-3-EXAMPLE', {
  profile: '004-A',
  header,
  valid: [
    { name: 'monthly phone callbacks, one in each calendar month', rows: [row('1-101', '2025-08-20'), row('1-101', '2025-09-19'), row('1-101', '2025-10-10')], asOf: '2025-10-15' },
    { name: '每月 is per calendar month, not a one-month gap: 1 September and 30 October', rows: [row('1-101', '2025-09-01'), row('1-101', '2025-10-30')], asOf: '2025-10-31' },
    { name: 'a planned quarterly frequency: one call in each calendar quarter', rows: [row('1-102', '2025-04-01', { frequency: '每季度一次' }), row('1-102', '2025-09-30', { frequency: '每季度一次' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'a visit does not count as the phone callback: September without a call, a warning',
      rows: [row('1-101', '2025-08-10'), row('1-101', '2025-09-05', { channel: '上门' }), row('1-101', '2025-10-02')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'short', dueAt: '2025-09-30', overdueDays: 15 }],
    },
    {
      name: 'a planned quarterly frequency: the third quarter without a call',
      rows: [row('1-102', '2025-04-01', { frequency: '每季度一次' }), row('1-102', '2025-10-09', { frequency: '每季度一次' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'short', dueAt: '2025-09-30', overdueDays: 15 }],
    },
  ],
});
