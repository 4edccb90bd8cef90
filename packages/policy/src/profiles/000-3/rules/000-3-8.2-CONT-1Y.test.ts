import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

// Signed 2024-03-04; the new-signing callback completed 2024-03-06 starts the 12-month clock.
const start = cb({ signed: '2024-03-04', at: '2024-03-06 10:30' });
const yearly = (at: string) => cb({ signed: '2024-03-04', at, type: '持续回访', content: '了解理财经理服务，客户满意' });

ruleTester('000-3-8.2-CONT-1Y', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: '12 months to the day after the new-signing callback (inclusive), then within 12 months of that', rows: [start, yearly('2025-03-06 15:00'), yearly('2026-02-10 10:30')], asOf: '2026-03-01' },
    { name: 'the first 12 months are still open', rows: [start], asOf: '2025-03-01' },
    {
      name: 'terminated before the 12 months ran out: nothing owed',
      header: [...HEADER, '解约日期'],
      rows: [[...start, '2024-12-01']],
      asOf: '2025-06-01',
    },
  ],
  invalid: [
    {
      name: 'nothing 12 months after the new-signing callback: overdue, counted from that callback',
      rows: [start],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', dueAt: '2025-03-06', overdueDays: 4, text: '自 2024-03-06 的「新签约回访」起应于 2025-03-06 前回访' }],
    },
    {
      name: 'not per calendar year: January 2024, then December 2025 (one in each year) is 23 months apart',
      rows: [cb({ signed: '2023-12-01', at: '2023-12-05 10:30' }), cb({ signed: '2023-12-01', at: '2024-01-10 10:30', type: '持续回访' }), cb({ signed: '2023-12-01', at: '2025-12-20 10:30', type: '持续回访' })],
      asOf: '2026-01-10',
      findings: [{ status: 'late', row: 4, dueAt: '2025-01-10', overdueDays: 344, text: '2024-01-10 的「持续回访」之后' }],
    },
    {
      name: 'the clock restarts at each completed continuing callback',
      rows: [start, yearly('2025-02-01 10:30')],
      asOf: '2026-02-03',
      findings: [{ status: 'overdue', dueAt: '2026-02-01', overdueDays: 2, text: '自 2025-02-01 的「持续回访」起' }],
    },
    {
      name: 'no completed new-signing callback: counted from the signing date',
      rows: [missed({ signed: '2024-03-04', at: '2024-03-05 10:30' })],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', dueAt: '2025-03-04', text: '自「签约日期」2024-03-04 起' }],
    },
    {
      name: '§16 A3: an unanswered continuing call is not a completed one',
      rows: [start, missed({ signed: '2024-03-04', at: '2025-03-01 10:30', type: '持续回访' })],
      asOf: '2025-03-10',
      findings: [{ status: 'overdue', dueAt: '2025-03-06' }],
    },
    {
      name: 'a second new-signing callback restarts the clock but is not a continuing one',
      rows: [start, cb({ signed: '2024-03-04', at: '2024-03-20 10:30' })],
      asOf: '2025-03-25',
      findings: [{ status: 'overdue', dueAt: '2025-03-20', text: '自 2024-03-20 的「新签约回访」起' }],
    },
  ],
});
