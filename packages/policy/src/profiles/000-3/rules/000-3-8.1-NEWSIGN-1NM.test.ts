import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

ruleTester('000-3-8.1-NEWSIGN-1NM', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'signed 01-31, completed 02-28 (month end, inclusive)', rows: [cb({ signed: '2025-01-31', at: '2025-02-28 15:00' })], asOf: '2025-03-20' },
    { name: 'signed 09-15, attempts then completed 10-15', rows: [missed({ signed: '2025-09-15', at: '2025-09-16 10:30' }), cb({ signed: '2025-09-15', at: '2025-10-15 10:30' })], asOf: '2025-10-20' },
  ],
  invalid: [
    { name: 'signed 01-31, completed 03-01', rows: [cb({ signed: '2025-01-31', at: '2025-03-01 10:30' })], asOf: '2025-03-20', findings: [{ status: 'late', row: 2, dueAt: '2025-02-28' }] },
    {
      name: 'only unanswered attempts within the month',
      rows: [missed({ signed: '2025-08-20', at: '2025-08-21 10:30' }), missed({ signed: '2025-08-20', at: '2025-08-22 14:30' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'attempted' }],
    },
    { name: 'nothing at all', rows: [cb({ signed: '2025-08-20', at: null, type: null })], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-20' }] },
  ],
});
