import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-9-DECLARED-FREQ', {
  profile: '001-2',
  header,
  valid: [
    { name: '每月一次: one contact in each calendar month (August, the month of the first contact, is not counted)', rows: [row('C1', '2025-08-20'), row('C1', '2025-09-18'), row('C1', '2025-10-10')], asOf: '2025-10-15' },
    { name: '每月一次 is one per calendar month, not a one-month gap: 1 September and 30 October, 59 days apart', rows: [row('C1', '2025-09-01'), row('C1', '2025-10-30')], asOf: '2025-10-31' },
    {
      name: '每季度一次 is one per calendar quarter: 5 January and 30 June (Q2), nearly six months apart (and 10 July for Q3)',
      rows: [row('C1', '2025-01-05', { frequency: '每季度一次' }), row('C1', '2025-06-30', { frequency: '每季度一次' }), row('C1', '2025-07-10', { frequency: '每季度一次' })],
      asOf: '2025-07-15',
    },
    { name: 'an interval stays a gap: 每隔10天, next due 10 days after the last', rows: [row('C1', '2025-10-01', { frequency: '每隔10天' }), row('C1', '2025-10-11', { frequency: '每隔10天' })], asOf: '2025-10-15' },
    { name: 'no frequency on the card: left to 001-2-15-PERIODIC', rows: [row('C1', '2025-01-01', { frequency: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: '每月一次: September without a contact (5 August, then 3 October)',
      rows: [row('C1', '2025-08-05'), row('C1', '2025-10-03')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', messageId: 'short', dueAt: '2025-09-30', overdueDays: 15 }],
    },
    {
      name: '每周一次: ISO weeks Monday to Sunday; two empty weeks in a row are one finding, the week in progress is open',
      rows: [row('C1', '2025-09-15', { frequency: '每周一次' }), row('C1', '2025-09-24', { frequency: '每周一次' })],
      asOf: '2025-10-13',
      findings: [
        { status: 'violation', messageId: 'short-run', dueAt: '2025-10-05', overdueDays: 8, text: '自 2025-09-29 起连续 2 周每周成功联系不足 1 天（2025-09-29 至 2025-10-12；最近一期 0 天）' },
        { status: 'open', severity: 'info', messageId: 'period-open', dueAt: '2025-10-19', text: '本周已有 0 天成功联系，还需 1 天，2025-10-19 前' },
      ],
    },
    {
      name: 'the current quarter is not short before it ends: open (not a breach) from its first day',
      rows: [row('C1', '2025-07-20', { frequency: '每季度一次' })],
      asOf: '2025-10-15',
      findings: [{ status: 'open', severity: 'info', messageId: 'period-open', dueAt: '2025-12-31' }],
    },
    {
      name: '一月两次: two contact days in each calendar month; October had one',
      rows: [row('C1', '2025-09-01', { frequency: '一月两次' }), row('C1', '2025-09-17', { frequency: '一月两次' }), row('C1', '2025-10-02', { frequency: '一月两次' })],
      asOf: '2025-11-01',
      findings: [
        { status: 'violation', messageId: 'short', dueAt: '2025-10-31', overdueDays: 1 },
        { status: 'open', messageId: 'period-open', dueAt: '2025-11-30', text: '本月已有 0 天成功联系，还需 2 天，2025-11-30 前' },
      ],
    },
    {
      name: 'an interval stays a gap: 15天一次, 16 days between contacts',
      rows: [row('C1', '2025-09-01', { frequency: '15天一次' }), row('C1', '2025-09-17', { frequency: '15天一次' })],
      asOf: '2025-09-25',
      findings: [{ status: 'late', dueAt: '2025-09-16', overdueDays: 1 }],
    },
    {
      name: 'a roster (最近回访日期, one row a customer): only months after the latest contact can be proven short',
      header: header.map((h) => (h === '回访日期' ? '最近回访日期' : h)),
      rows: [row('C1', '2025-08-20'), row('C2', '2025-10-02')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', customer: 'C1', messageId: 'short', dueAt: '2025-09-30' },
        { status: 'open', customer: 'C1', messageId: 'period-open', dueAt: '2025-10-31' },
      ],
    },
    {
      name: 'a roster cannot count two contacts a month: indeterminate for the month of the latest one',
      header: header.map((h) => (h === '回访日期' ? '最近回访日期' : h)),
      rows: [row('C1', '2025-10-02', { frequency: '一月两次' })],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', messageId: 'roster-count' }],
    },
    {
      name: 'a frequency nobody can read',
      rows: [row('C1', '2025-10-01', { frequency: '看情况' })],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '联系频率', messageId: 'unreadable' }],
    },
    {
      name: 'the current month without a contact, three days before it ends: due soon',
      rows: [row('C1', '2025-09-16')],
      asOf: '2025-10-28',
      findings: [{ status: 'due-soon', messageId: 'period-open', dueAt: '2025-10-31' }],
    },
  ],
});
