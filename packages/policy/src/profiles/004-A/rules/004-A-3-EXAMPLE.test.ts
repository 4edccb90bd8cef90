import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-A-3-EXAMPLE', {
  profile: '004-A',
  header,
  valid: [
    { name: 'monthly phone callbacks, one in each calendar month', rows: [row('1-101', '2025-08-20'), row('1-101', '2025-09-19'), row('1-101', '2025-10-10')], asOf: '2025-10-15' },
    { name: '每月 is per calendar month, not a one-month gap: 1 September and 30 October', rows: [row('1-101', '2025-09-01'), row('1-101', '2025-10-30')], asOf: '2025-10-31' },
    { name: 'a planned quarterly frequency: one call in each calendar quarter', rows: [row('1-102', '2025-04-01', { frequency: '每季度一次' }), row('1-102', '2025-09-30', { frequency: '每季度一次' }), row('1-102', '2025-10-10', { frequency: '每季度一次' })], asOf: '2025-10-15' },
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
    {
      name: 'the quarter in progress without a call is open from its first day: a quota, not a warning',
      rows: [row('1-102', '2025-04-01', { frequency: '每季度一次' }), row('1-102', '2025-09-30', { frequency: '每季度一次' })],
      asOf: '2025-10-15',
      findings: [{ status: 'open', severity: 'info', messageId: 'period-open', dueAt: '2025-12-31', text: '本季度已有 0 天成功联系，还需 1 天，2025-12-31 前' }],
    },
    {
      name: 'three months in a row without a phone call: one warning, fined nothing (an example), ongoing into this month',
      rows: [row('1-101', '2025-06-01'), row('1-101', '2025-06-20')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', severity: 'warning', messageId: 'short-run', dueAt: '2025-07-31', overdueDays: 76, text: '自 2025-07-01 起连续 3 个月每月成功联系不足 1 天' },
        { status: 'open', messageId: 'period-open', dueAt: '2025-10-31' },
      ],
    },
  ],
});
