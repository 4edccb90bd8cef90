import { ruleTester } from '../../../testing/rule-tester';
import { header, visit } from '../test-rows';

ruleTester('002-3-1-MONTHLY-REPAIRED', {
  profile: '002-3',
  header,
  valid: [
    { name: 'called back on the last day of the month (across 国庆)', rows: [visit('王先生', '2025-09-15', '2025-10-15')], asOf: '2025-10-20' },
    { name: 'repaired 31 Jan: due 28 Feb', rows: [visit('王先生', '2025-01-31', '2025-02-28')], asOf: '2025-03-05' },
  ],
  invalid: [
    { name: 'a day after the month', rows: [visit('王先生', '2025-09-15', '2025-10-16')], asOf: '2025-10-20', findings: [{ status: 'late', dueAt: '2025-10-15' }] },
    { name: 'never called back', rows: [visit('王先生', '2025-09-15', null)], asOf: '2025-10-20', findings: [{ status: 'overdue', dueAt: '2025-10-15', overdueDays: 5 }] },
  ],
});
