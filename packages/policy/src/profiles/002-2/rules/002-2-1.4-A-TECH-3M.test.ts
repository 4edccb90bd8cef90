import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '经销商级别', '回访日期', '回访部门', '业务员', '回访方面', '回访内容'];
const row = (at: string, dept = '技术部', grade = 'A') => ['JX01', grade, at, dept, dept === '技术部' ? '何工' : '王强', '产品技术状态', '检查货箱状态'];

ruleTester('002-2-1.4-A-TECH-3M', {
  profile: '002-2',
  header,
  valid: [
    { name: 'three calendar months, end of month clamped (11-30 + 3 months = 02-28)', rows: [row('2024-11-30'), row('2025-02-28')], asOf: '2025-03-20' },
    { name: 'not an A dealer', rows: [row('2025-01-05', '技术部', 'B')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'one day past three months is late', rows: [row('2025-01-15'), row('2025-04-16')], asOf: '2025-05-01', findings: [{ status: 'late', dueAt: '2025-04-15', overdueDays: 1 }] },
    {
      name: 'salesperson calls do not count',
      rows: [row('2025-06-10'), row('2025-09-01', '销售部'), row('2025-10-01', '销售部')],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-09-10', overdueDays: 35 }],
    },
    {
      name: 'no department column: indeterminate, naming the column',
      header: ['经销商编号', '经销商级别', '回访日期', '业务员', '回访方面', '回访内容'],
      rows: [['JX01', 'A', '2025-06-10', '何工', '技术', '检查']],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', messageId: 'missing-column', row: null }],
    },
  ],
});
