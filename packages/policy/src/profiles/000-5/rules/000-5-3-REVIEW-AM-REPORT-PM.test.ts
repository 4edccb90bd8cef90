import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '生日/寿辰', '就餐日期', '上报时间'];

ruleTester('000-5-3-REVIEW-AM-REPORT-PM', {
  profile: '000-5',
  header,
  valid: [
    { name: 'reported at 18:00 the day after the meal', rows: [['G1', '1960-06-20', '2025-03-05', '2025-03-06 18:00']], asOf: '2025-03-10' },
    { name: 'guests without a birthday or celebration are not reported', rows: [['G2', null, '2025-03-05', null]], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'reported at 18:01', rows: [['G1', '1960-06-20', '2025-03-05', '2025-03-06 18:01']], asOf: '2025-03-10', findings: [{ status: 'late', dueAt: '2025-03-06T18:00+08:00' }] },
    { name: 'reported two days later', rows: [['G1', '1960-06-20', '2025-03-05', '2025-03-08 10:00']], asOf: '2025-03-10', findings: [{ status: 'late', overdueDays: 2 }] },
    { name: 'not reported', rows: [['G1', '1960-06-20', '2025-03-05', null]], asOf: '2025-03-10', findings: [{ status: 'overdue' }] },
  ],
});
