import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '年销量', '经销商级别', '回访日期', '回访部门', '业务员', '回访方面', '回访内容'];
const row = (at: string, dept = '销售部', grade: string | null = 'A', volume = 150) => ['JX01', volume, grade, at, dept, '王强', '市场需求', '了解订货计划'];

ruleTester('002-2-1.4-A-10d', {
  profile: '002-2',
  header,
  valid: [
    { name: 'a gap of exactly 10 days (inclusive)', rows: [row('2025-09-20'), row('2025-09-30')], asOf: '2025-10-05' },
    { name: 'calendar days straight through 国庆', rows: [row('2025-09-28'), row('2025-10-08')], asOf: '2025-10-10' },
    { name: 'a B dealer is not on the A cadence', rows: [row('2025-09-01', '销售部', 'B', 60)], asOf: '2025-09-15' },
    {
      name: 'an end-user ledger (no dealer grade): nothing to say, not even "no 客户等级 column"',
      header: ['客户编号', '客户名称', '购买数量', '交车日期', '回访日期', '业务员', '回访内容'],
      rows: [['ZD1', '安顺物流', 8, '2025-07-08', '2025-08-05', '王强', '了解使用情况']],
      asOf: '2025-10-15',
    },
    {
      name: 'an end user whose form has its own 客户等级 A is not an A dealer',
      header: ['客户编号', '客户名称', '客户等级', '购买数量', '交车日期', '回访日期', '业务员', '回访内容'],
      rows: [['ZD1', '安顺物流', 'A', 8, '2025-07-08', '2025-08-05', '王强', '了解使用情况']],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a dealer ledger without grade or volume cannot be checked: said once',
      header: ['经销商编号', '回访日期', '业务员', '回访内容'],
      rows: [['JX01', '2025-09-20', '王强', '了解订货计划']],
      asOf: '2025-10-05',
      findings: [{ status: 'indeterminate', messageId: 'missing-column', column: '客户等级' }],
    },
    { name: 'day 11 is late, one fine', rows: [row('2025-09-20'), row('2025-10-01')], asOf: '2025-10-05', findings: [{ status: 'late', dueAt: '2025-09-30', overdueDays: 1, row: 3 }] },
    { name: 'overdue from the last call', rows: [row('2025-09-20')], asOf: '2025-10-05', findings: [{ status: 'overdue', dueAt: '2025-09-30', overdueDays: 5 }] },
    {
      name: 'a technical department visit does not keep the salesperson cadence',
      rows: [row('2025-09-20'), row('2025-09-28', '技术部')],
      asOf: '2025-10-05',
      findings: [{ status: 'overdue', dueAt: '2025-09-30' }],
    },
    {
      name: 'without a grade column the tier comes from 年销量 (100 is A)',
      header: ['经销商编号', '年销量', '回访日期', '业务员', '回访方面', '回访内容'],
      rows: [['JX09', 100, '2025-09-20', '王强', '价格', '通报新价格']],
      asOf: '2025-10-05',
      findings: [{ status: 'overdue', customer: 'JX09', dueAt: '2025-09-30' }],
    },
  ],
});
