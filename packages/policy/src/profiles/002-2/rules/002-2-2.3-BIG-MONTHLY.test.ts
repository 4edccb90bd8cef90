import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '购买数量', '交车日期', '三包期', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string | null, units = 6, warranty: string | null = '2026-03-10') => ['ZD02', units, '2025-03-10', warranty, at, '赵敏', '使用情况', '询问货箱使用情况'];
// Periods from 03-10: 03-10..04-09, 04-10..05-09, 05-10..06-09, 06-10..07-09 ...
const monthly = ['2025-03-10', '2025-05-09', '2025-05-10', '2025-07-09'];

ruleTester('002-2-2.3-BIG-MONTHLY', {
  profile: '002-2',
  header,
  valid: [
    { name: 'one call in each month from delivery (edges inclusive)', rows: [...monthly, '2025-07-10'].map((d) => row(d)), asOf: '2025-07-20' },
    { name: 'fewer than 5 boxes: not this regime', rows: [row('2025-03-12', 4)], asOf: '2025-07-20' },
    { name: 'periods after the warranty end are not owed here', rows: monthly.slice(0, 2).map((d) => row(d, 5, '2025-05-09')), asOf: '2025-07-20' },
  ],
  invalid: [
    {
      name: '5 boxes is this regime; a month without a call is one missed period',
      rows: monthly.filter((d) => d !== '2025-05-10').map((d) => row(d, 5)),
      asOf: '2025-07-20',
      findings: [
        { status: 'violation', messageId: 'missed', dueAt: '2025-06-09', overdueDays: 41 },
        { status: 'open', severity: 'info', messageId: 'period-open', dueAt: '2025-08-09' },
      ],
    },
    {
      name: 'three months in a row without a call: one finding, 50 yuan for each missed month (3.5)',
      rows: ['2025-03-10', '2025-07-15'].map((d) => row(d)),
      asOf: '2025-07-20',
      findings: [{ status: 'violation', messageId: 'missed-run', dueAt: '2025-05-09', overdueDays: 72, text: '自 2025-04-10 那个月起连续 3 个月没有成功回访（2025-04-10 至 2025-07-09）' }],
    },
    { name: 'no warranty end date: indeterminate', rows: [row('2025-03-12', 6, null)], asOf: '2025-07-20', findings: [{ status: 'indeterminate', messageId: 'no-end' }] },
  ],
});

describe('002-2-2.3-BIG-MONTHLY fines a run per missed month', () => {
  it('three missed months are 150 yuan, booked 50 in each month the call was due', async () => {
    const [run] = await findingsOf('002-2-2.3-BIG-MONTHLY', '002-2', header, { name: 'run', rows: ['2025-03-10', '2025-07-15'].map((d) => row(d)), asOf: '2025-07-20' });
    expect([run.fine, run.payer, run.missed]).toEqual([{ amount: 150, currency: 'CNY' }, '赵敏', { periods: 3, since: '2025-05-09', dues: ['2025-05-09', '2025-06-09', '2025-07-09'], ongoing: false }]);
  });
});
