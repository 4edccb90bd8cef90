import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-1-7.1-TASK-DEADLINE', {
  profile: '001-1',
  header,
  valid: [
    { name: 'done before the deadline', rows: [row('C1')], asOf: '2025-10-15' },
    { name: 'boundary: done on the deadline', rows: [row('C1', { done: '2025-09-20' })], asOf: '2025-10-15' },
    { name: 'open task, deadline two days ahead', rows: [row('C1', { due: '2025-10-17', done: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'done a day late', rows: [row('C1', { done: '2025-09-21' })], asOf: '2025-10-15', findings: [{ status: 'late', column: '完成日期', dueAt: '2025-09-20', overdueDays: 1 }] },
    { name: 'deadline passed, not done', rows: [row('C1', { due: '2025-10-10', done: '' })], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-10', overdueDays: 5 }] },
  ],
});
