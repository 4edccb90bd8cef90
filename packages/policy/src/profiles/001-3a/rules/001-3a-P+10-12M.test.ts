import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '购买日期', '回访日期', '回访方式', '客服人员', '回访情况'];
const row = (at: string) => ['U04', '2024-09-10', at, '电话', '王磊', '询问是否需要上门检修'];

ruleTester('001-3a-P+10-12M', {
  profile: '001-3a',
  header,
  valid: [
    { name: 'at 10 months', rows: [row('2025-07-10')], asOf: '2025-10-15' },
    { name: 'at 12 months (inclusive)', rows: [row('2025-09-10')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'none: overdue from the 12-month mark', rows: [row('2025-02-10')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-10', overdueDays: 35 }] },
    { name: 'after month 12 is late', rows: [row('2025-09-11')], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-09-10', overdueDays: 1 }] },
  ],
});
