import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '首保日期', '回访时间', '回访方式', '回访内容', '回访结果', '回访类型'];
const talk = '提醒客户首保时间和预约方式，客户确认按时到店';
const row = (due: string, at: string | null, type = '首保提醒') => ['K9', '赵磊', due, at, at ? '电话' : null, at ? talk : null, at ? '已接通' : null, at ? type : null];

ruleTester('002-1-9-FIRSTSVC-3d', {
  profile: '002-1',
  header,
  valid: [
    { name: 'exactly 3 days before', rows: [row('2025-06-20', '2025-06-17 10:00')], asOf: '2025-06-25' },
    { name: '7 days before (inclusive)', rows: [row('2025-06-20', '2025-06-13 10:00')], asOf: '2025-06-25' },
    { name: 'window not open yet', rows: [row('2025-06-20', null)], asOf: '2025-06-01' },
  ],
  invalid: [
    {
      name: '2 days before is late (a warning)',
      rows: [row('2025-06-20', '2025-06-18 10:00')],
      asOf: '2025-06-25',
      findings: [{ status: 'late', severity: 'warning', dueAt: '2025-06-17' }],
    },
    {
      name: 'a callback of another type does not count',
      rows: [row('2025-06-20', '2025-06-16 10:00', '意向回访')],
      asOf: '2025-06-25',
      findings: [{ status: 'overdue', dueAt: '2025-06-17', overdueDays: 8 }],
    },
    {
      name: 'no reminder at all',
      rows: [row('2025-06-20', null)],
      asOf: '2025-06-18',
      findings: [{ status: 'overdue', dueAt: '2025-06-17', overdueDays: 1, column: '首保日期' }],
    },
  ],
});
