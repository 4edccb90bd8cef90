import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '购买日期', '回访日期', '回访方式', '客服人员', '回访情况'];
const row = (at: string | null, how = '电话', bought = '2025-09-25') => ['U07', bought, at, at ? how : null, at ? '林芳' : null, at ? '客户已习惯使用' : null];

ruleTester('001-3a-P+1w', {
  profile: '001-3a',
  header,
  valid: [
    { name: 'on day 7', rows: [row('2025-10-02')], asOf: '2025-10-20' },
    { name: 'on day 13 (inclusive)', rows: [row('2025-10-08')], asOf: '2025-10-20' },
    { name: 'an earlier call (the installation one) is not flagged', rows: [row('2025-09-27'), row('2025-10-05')], asOf: '2025-10-20' },
  ],
  invalid: [
    { name: 'day 14 is late', rows: [row('2025-10-09')], asOf: '2025-10-20', findings: [{ status: 'late', dueAt: '2025-10-08', overdueDays: 1 }] },
    { name: 'an SMS does not count', rows: [row('2025-10-03', '短信')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-10-08', overdueDays: 7 }] },
    { name: 'due soon near day 13', rows: [row(null)], asOf: '2025-10-06', findings: [{ status: 'due-soon', dueAt: '2025-10-08' }] },
  ],
});
