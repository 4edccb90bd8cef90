import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '就餐日期', '上交时间'];

ruleTester('000-5-2.1-BRIEF-0900', {
  profile: '000-5',
  header,
  valid: [
    { name: 'handed in at 08:59 the next day', rows: [['G1', '2025-03-05', '2025-03-06 08:59'], ['G2', '2025-03-05', '2025-03-06 08:59']], asOf: '2025-03-10' },
    { name: 'a Sunday meal, handed in Monday morning', rows: [['G1', '2025-03-09', '2025-03-10 08:30']], asOf: '2025-03-10' },
  ],
  invalid: [
    {
      name: 'at 09:00 is too late (之前 is strict); one instance for the day\'s sheets',
      rows: [['G1', '2025-03-05', '2025-03-06 09:00'], ['G2', '2025-03-05', '2025-03-06 09:00']],
      asOf: '2025-03-10',
      findings: [{ status: 'late', dueAt: '2025-03-06T09:00+08:00' }],
    },
    { name: 'not handed in', rows: [['G1', '2025-03-05', null]], asOf: '2025-03-10', findings: [{ status: 'overdue', overdueDays: 4 }] },
  ],
});
