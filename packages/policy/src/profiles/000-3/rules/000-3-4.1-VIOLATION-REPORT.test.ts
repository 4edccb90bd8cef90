import { ruleTester } from '../../../testing/rule-tester';

// The QA officer's report log on the callback sheet's workbook: one row per monthly violation summary.
const header = ['理财客户', '回访时间', '报送人', '报送日期', '报告所属期'];
const report = (on: string, period: string) => [null, null, '周监管', on, period];

ruleTester('000-3-4.1-VIOLATION-REPORT', {
  profile: '000-3',
  header,
  valid: [{ name: 'August and September reported by their month ends', rows: [report('2025-08-29', '2025-08'), report('2025-09-30', '2025-09')], asOf: '2025-09-30' }],
  invalid: [
    { name: 'a report filed in October counts for October: September stays overdue', rows: [report('2025-08-29', '2025-08'), report('2025-10-09', '2025-09')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-30', overdueDays: 15 }] },
    { name: 'no report for September', rows: [report('2025-08-29', '2025-08')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-30' }] },
  ],
});
