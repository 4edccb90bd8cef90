import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '交车日期', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '了解用车情况，提醒首保时间，询问身边有无购车意向的朋友';
const row = (pickup: string, at: string | null) => ['K9', '赵磊', pickup, at, at ? '电话' : null, at ? talk : null, at ? '已接通' : null];

ruleTester('002-1-9-PICKUP-1w', {
  profile: '002-1',
  header,
  valid: [
    { name: 'on day 7 (inclusive)', rows: [row('2025-09-28 10:00', '2025-10-05 20:00')], asOf: '2025-10-10' },
    { name: 'on day 1', rows: [row('2025-09-28 10:00', '2025-09-29 09:00')], asOf: '2025-10-10' },
  ],
  invalid: [
    {
      name: 'the same-day safety call does not count',
      rows: [row('2025-09-28 10:00', '2025-09-28 11:30')],
      asOf: '2025-10-10',
      findings: [{ status: 'overdue', dueAt: '2025-10-05', overdueDays: 5 }],
    },
    {
      name: 'day 8 is late',
      rows: [row('2025-09-28 10:00', '2025-10-06 10:00')],
      asOf: '2025-10-10',
      findings: [{ status: 'late', dueAt: '2025-10-05', overdueDays: 1 }],
    },
    {
      name: 'due soon on day 6 with no callback',
      rows: [row('2025-09-28 10:00', null)],
      asOf: '2025-10-04',
      findings: [{ status: 'due-soon', dueAt: '2025-10-05' }],
    },
  ],
});
