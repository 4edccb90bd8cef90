import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-9-DECLARED-FREQ', {
  profile: '001-2',
  header,
  valid: [
    { name: 'monthly, on time', rows: [row('C1', '2025-08-20'), row('C1', '2025-09-18'), row('C1', '2025-10-10')], asOf: '2025-10-15' },
    { name: 'boundary: one calendar month later is on time', rows: [row('C1', '2025-09-15'), row('C1', '2025-10-15')], asOf: '2025-10-15' },
    { name: 'quarterly', rows: [row('C1', '2025-07-20', { frequency: '每季度一次' })], asOf: '2025-10-15' },
    { name: 'month-end clamping: 31 Jan + 1 month = 28 Feb', rows: [row('C1', '2025-01-31'), row('C1', '2025-02-28')], asOf: '2025-03-01' },
    { name: 'no frequency on the card: left to 001-2-15-PERIODIC', rows: [row('C1', '2025-01-01', { frequency: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'weekly customer, a gap of 9 days and 12 days overdue now',
      rows: [row('C1', '2025-09-15', { frequency: '每周一次' }), row('C1', '2025-09-24', { frequency: '每周一次' })],
      asOf: '2025-10-13',
      findings: [
        { status: 'overdue', row: 3, dueAt: '2025-10-01', overdueDays: 12 },
        { status: 'late', row: 3, dueAt: '2025-09-22', overdueDays: 2 },
      ],
    },
    {
      name: 'twice a month = every 15 days',
      rows: [row('C1', '2025-09-01', { frequency: '一月两次' }), row('C1', '2025-09-17', { frequency: '一月两次' })],
      asOf: '2025-09-25',
      findings: [{ status: 'late', dueAt: '2025-09-16', overdueDays: 1 }],
    },
    {
      name: 'a frequency nobody can read',
      rows: [row('C1', '2025-10-01', { frequency: '看情况' })],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '联系频率', messageId: 'unreadable' }],
    },
    {
      name: 'due within 3 days: due soon',
      rows: [row('C1', '2025-09-16')],
      asOf: '2025-10-14',
      findings: [{ status: 'due-soon', dueAt: '2025-10-16' }],
    },
  ],
});
