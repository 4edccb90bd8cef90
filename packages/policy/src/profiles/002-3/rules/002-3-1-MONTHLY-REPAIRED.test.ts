import { ruleTester } from '../../../testing/rule-tester';
import { header, visit } from '../test-rows';

ruleTester('002-3-1-MONTHLY-REPAIRED', {
  profile: '002-3',
  header,
  valid: [
    { name: 'repaired 09-15, called back on the last day of the next month', rows: [visit('王先生', '2025-09-15', '2025-10-31')], asOf: '2025-11-05' },
    { name: 'repaired 09-30: the same deadline as any September repair', rows: [visit('王先生', '2025-09-30', '2025-10-31')], asOf: '2025-11-05' },
    { name: 'repaired 09-15, called back 10-16 (a month and a day later, still in month m + 1)', rows: [visit('王先生', '2025-09-15', '2025-10-16')], asOf: '2025-11-05' },
    { name: 'repaired 01-31: due 02-28', rows: [visit('王先生', '2025-01-31', '2025-02-28')], asOf: '2025-03-05' },
  ],
  invalid: [
    { name: 'a day after month m + 1', rows: [visit('王先生', '2025-09-15', '2025-11-01')], asOf: '2025-11-05', findings: [{ status: 'late', dueAt: '2025-10-31', overdueDays: 1 }] },
    { name: 'never called back', rows: [visit('王先生', '2025-09-15', null)], asOf: '2025-11-05', findings: [{ status: 'overdue', dueAt: '2025-10-31', overdueDays: 5 }] },
    { name: 'only an unanswered call: no successful callback', rows: [[...visit('王先生', '2025-09-15', '2025-10-10').slice(0, 6), '无人接听', ...visit('王先生', '2025-09-15', '2025-10-10').slice(7)]], asOf: '2025-11-05', findings: [{ status: 'violation', severity: 'warning', messageId: 'attempted' }] },
    {
      name: '§16 A3: no outcome written, the content says 电话关机: an attempt only',
      rows: [['王先生', '普通', '2025-09-15', '2025-10-10', '电话', '电话关机', null, null, null, null]],
      asOf: '2025-11-05',
      findings: [{ status: 'violation', messageId: 'attempted' }],
    },
  ],
});
