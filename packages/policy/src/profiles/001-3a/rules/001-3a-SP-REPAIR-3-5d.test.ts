import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '维修完成日期', '回访日期', '回访方式', '回访类型', '客服人员', '回访情况'];
const row = (repaired: string | null, at: string, type = '维修回访', how = '电话') => ['U05', repaired, at, how, type, '林芳', '确认维修效果'];

ruleTester('001-3a-SP-REPAIR-3-5d', {
  profile: '001-3a',
  header,
  valid: [
    { name: 'on day 3', rows: [row('2025-09-20', '2025-09-23')], asOf: '2025-10-15' },
    { name: 'on day 5 (inclusive), calendar days across 国庆', rows: [row('2025-09-30', '2025-10-05')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'day 6 is late', rows: [row('2025-09-20', '2025-09-26')], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-09-25', overdueDays: 1 }] },
    { name: 'the next day is too early: a warning', rows: [row('2025-10-08', '2025-10-09')], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', messageId: 'early' }] },
    { name: 'a routine callback is not the repair callback', rows: [row('2025-09-20', '2025-09-24', '常规回访')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-25' }] },
    { name: 'one per repair', rows: [row('2025-08-01', '2025-08-04'), row('2025-09-01', '2025-09-01', '派修回访')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-09-06', overdueDays: 39 }] },
  ],
});
