import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '年销量', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string, volume = 80) => ['JX03', volume, at, '赵敏', '市场需求', '了解区域需求'];

ruleTester('002-2-1.4-B-15d', {
  profile: '002-2',
  header,
  valid: [
    { name: '15 days apart (inclusive)', rows: [row('2025-09-10'), row('2025-09-25')], asOf: '2025-10-01' },
    { name: '99 units is still B, 100 is A', rows: [row('2025-09-10', 100)], asOf: '2025-10-08' },
  ],
  invalid: [
    { name: 'day 16 is late', rows: [row('2025-09-10'), row('2025-09-26')], asOf: '2025-10-08', findings: [{ status: 'late', dueAt: '2025-09-25', overdueDays: 1 }] },
    { name: '50 units is B (the higher grade takes the boundary)', rows: [row('2025-09-10', 50)], asOf: '2025-10-08', findings: [{ status: 'overdue', dueAt: '2025-09-25', overdueDays: 13 }] },
    { name: 'due soon two days before', rows: [row('2025-09-10', 99)], asOf: '2025-09-23', findings: [{ status: 'due-soon', dueAt: '2025-09-25' }] },
  ],
});
