import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '就餐日期', '签阅日期'];

ruleTester('000-5-2.2-DAILY-SIGNOFF', {
  profile: '000-5',
  header,
  valid: [
    { name: 'signed the morning after the meal', rows: [['G1', '2025-03-05', '2025-03-06']], asOf: '2025-03-10' },
    { name: 'signed the same night', rows: [['G1', '2025-03-05', '2025-03-05']], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'signed two days later', rows: [['G1', '2025-03-05', '2025-03-07']], asOf: '2025-03-10', findings: [{ status: 'late', dueAt: '2025-03-06', overdueDays: 1 }] },
    { name: 'never signed', rows: [['G1', '2025-03-05', null]], asOf: '2025-03-10', findings: [{ status: 'overdue', overdueDays: 4 }] },
  ],
});
