import { ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '购买数量', '交车日期', '三包期', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string | null, units = 6, warranty: string | null = '2026-03-10') => ['ZD02', units, '2025-03-10', warranty, at, '赵敏', '使用情况', '询问货箱使用情况'];
// Periods from 03-10: 03-10..04-09, 04-10..05-09, 05-10..06-09, 06-10..07-09 ...
const monthly = ['2025-03-10', '2025-05-09', '2025-05-10', '2025-07-09'];

ruleTester('002-2-2.3-BIG-MONTHLY', {
  profile: '002-2',
  header,
  valid: [
    { name: 'one call in each month from delivery (edges inclusive)', rows: monthly.map((d) => row(d)), asOf: '2025-07-20' },
    { name: 'fewer than 5 boxes: not this regime', rows: [row('2025-03-12', 4)], asOf: '2025-07-20' },
    { name: 'periods after the warranty end are not owed here', rows: monthly.slice(0, 2).map((d) => row(d, 5, '2025-05-09')), asOf: '2025-07-20' },
  ],
  invalid: [
    {
      name: '5 boxes is this regime; a month without a call is one missed period',
      rows: monthly.filter((d) => d !== '2025-05-10').map((d) => row(d, 5)),
      asOf: '2025-07-20',
      findings: [{ status: 'violation', messageId: 'missed', dueAt: '2025-06-09', overdueDays: 41 }],
    },
    { name: 'no warranty end date: indeterminate', rows: [row('2025-03-12', 6, null)], asOf: '2025-07-20', findings: [{ status: 'indeterminate', messageId: 'no-end' }] },
  ],
});
