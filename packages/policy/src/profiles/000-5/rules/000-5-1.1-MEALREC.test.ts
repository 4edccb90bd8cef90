import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '就餐日期', '填单时间'];

ruleTester('000-5-1.1-MEALREC', {
  profile: '000-5',
  header,
  valid: [
    { name: 'filled in after dinner the same day', rows: [['G1', '2025-03-05', '2025-03-05 21:30']], asOf: '2025-03-10' },
    { name: 'a meal tomorrow', rows: [['G1', '2025-03-11', null]], asOf: '2025-03-09' },
  ],
  invalid: [
    { name: 'a meal today, not filled in yet: due soon', rows: [['G1', '2025-03-10', null]], asOf: '2025-03-10T13:00', findings: [{ status: 'due-soon', severity: 'info', dueAt: '2025-03-10' }] },
    { name: 'filled in the next day', rows: [['G1', '2025-03-05', '2025-03-06 10:00']], asOf: '2025-03-10', findings: [{ status: 'late', row: 2, dueAt: '2025-03-05', overdueDays: 1 }] },
    { name: 'never filled in', rows: [['G1', '2025-03-05', null]], asOf: '2025-03-10', findings: [{ status: 'overdue', overdueDays: 5, column: '填单时间' }] },
    {
      name: 'without a 填单时间 column: indeterminate once',
      header: ['客人编号', '就餐日期', '回访时间'],
      rows: [['G1', '2025-03-05', null], ['G2', '2025-03-05', null]],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', row: null, column: '填单时间' }],
    },
  ],
});
