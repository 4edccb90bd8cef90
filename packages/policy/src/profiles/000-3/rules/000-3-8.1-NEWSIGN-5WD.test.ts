import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

// 国庆 2025: 10-01..08 off, Sunday 09-28 and Saturday 10-11 are make-up working days.
// 春节 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 are make-up working days.
ruleTester('000-3-8.1-NEWSIGN-5WD', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: '国庆: signed 09-30, 5th working day 10-14 (10-11 counts); an unanswered attempt starts it', rows: [missed({ signed: '2025-09-30', at: '2025-10-14 15:00' })], asOf: '2025-10-20' },
    { name: '春节: signed 01-24, 5th working day 02-07 (01-26 counts)', rows: [cb({ signed: '2025-01-24', at: '2025-02-07 10:30' })], asOf: '2025-02-20' },
    { name: 'a callback on the signing day', rows: [cb({ signed: '2025-03-03', at: '2025-03-03 15:00' })], asOf: '2025-03-20' },
    { name: 'not due yet', rows: [cb({ signed: '2025-10-09', at: null, type: null })], asOf: '2025-10-13' },
  ],
  invalid: [
    { name: '国庆: first callback on 10-15 is late', rows: [cb({ signed: '2025-09-30', at: '2025-10-15 10:30' })], asOf: '2025-10-20', findings: [{ status: 'late', severity: 'error', row: 2, column: '回访时间', dueAt: '2025-10-14' }] },
    {
      name: '春节: nothing by 02-07 is overdue from the signing row',
      rows: [cb({ signed: '2025-01-24', at: null, type: null })],
      asOf: '2025-02-10',
      findings: [{ status: 'overdue', row: 2, column: '签约日期', dueAt: '2025-02-07', overdueDays: 3 }],
    },
    {
      name: 'a continuing callback is not the new-signing one',
      rows: [cb({ signed: '2025-01-24', at: '2025-01-27 10:30', type: '持续回访' })],
      asOf: '2025-02-10',
      findings: [{ status: 'overdue', dueAt: '2025-02-07' }],
    },
    { name: 'a year the calendar does not know', rows: [cb({ signed: '2026-12-29', at: null, type: null })], asOf: '2027-01-20', findings: [{ status: 'indeterminate', messageId: 'calendar-unknown' }] },
    {
      // 新签回访 is no type of 第七条 (the cell's own invalid finding asks 是否应为「新签约回访」？):
      // the callback made on time may be the new-signing one, so the rule cannot tell, naming the row.
      name: 'a callback on time typed 新签回访: indeterminate for that row, not overdue 10 days',
      rows: [cb({ signed: '2025-03-03', at: '2025-03-05 10:30', type: '新签回访' })],
      asOf: '2025-03-20',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 2, column: '回访类型' }],
    },
    {
      name: 'an unknown type after the window does not help: overdue',
      rows: [cb({ signed: '2025-03-03', at: '2025-03-18 10:30', type: '新签回访' }), cb({ signed: '2025-03-03', at: '2025-03-19 10:30', type: '持续回访' })],
      asOf: '2025-03-20',
      findings: [{ status: 'overdue', row: 2, dueAt: '2025-03-10' }],
    },
  ],
});
