import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '经销商级别', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string, grade = 'C') => ['JX05', grade, at, '赵敏', '市场需求', '了解进货打算'];

ruleTester('002-2-1.4-C-30d', {
  profile: '002-2',
  header,
  valid: [
    { name: '30 days, not a calendar month (08-01 to 08-31)', rows: [row('2025-08-01'), row('2025-08-31')], asOf: '2025-09-20' },
    { name: 'C级 written with its suffix', rows: [row('2025-09-01', 'C级')], asOf: '2025-09-20' },
  ],
  invalid: [
    { name: 'a calendar month of 31 days is one day too many', rows: [row('2025-08-01'), row('2025-09-01')], asOf: '2025-09-20', findings: [{ status: 'late', dueAt: '2025-08-31', overdueDays: 1 }] },
    { name: 'overdue', rows: [row('2025-08-20')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-19', overdueDays: 26 }] },
  ],
});
