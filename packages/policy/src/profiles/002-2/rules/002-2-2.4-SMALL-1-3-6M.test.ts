import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';

const header = ['终端客户编号', '购买数量', '购车日期', '交车日期', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string | null, units = 3, bought: string | null = '2025-04-10') => ['ZD05', units, bought, '2025-04-12', at, '赵敏', '使用情况', '询问使用情况'];

ruleTester('002-2-2.4-SMALL-1-3-6M', {
  profile: '002-2',
  header,
  valid: [
    { name: 'month 1, 3 and 6 after purchase, each at its last day', rows: [row('2025-05-10'), row('2025-07-10'), row('2025-10-10')], asOf: '2025-10-15' },
    { name: 'each at its first day', rows: [row('2025-04-11'), row('2025-06-11'), row('2025-09-11')], asOf: '2025-10-15' },
    { name: '5 boxes or more: not this regime', rows: [row('2025-04-11', 5)], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'month 3 late, month 6 missed',
      rows: [row('2025-04-14'), row('2025-07-25')],
      asOf: '2025-10-15',
      findings: [
        { status: 'overdue', dueAt: '2025-10-10', overdueDays: 5, row: 2 },
        { status: 'late', dueAt: '2025-07-10', overdueDays: 15, row: 3 },
      ],
    },
    { name: 'the 6-month call is not a late 3-month call', rows: [row('2025-04-14'), row('2025-09-20')], asOf: '2025-10-15', findings: [{ status: 'overdue', dueAt: '2025-07-10', overdueDays: 97 }] },
    { name: 'no purchase date: counted from the delivery date', rows: [row(null, 2, null)], asOf: '2025-05-11', findings: [{ status: 'due-soon', dueAt: '2025-05-12' }] },
    {
      name: 'no callback at any of the three points: one finding from the first',
      rows: [row(null)],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', messageId: 'missed-run', dueAt: '2025-05-10', overdueDays: 158, row: 2, text: '自 2025-05-10 起连续 3 期没有成功回访（2025-04-11 至 2025-10-10）' }],
    },
  ],
});

describe('002-2-2.4-SMALL-1-3-6M: 50 yuan for each point missed (3.5 考核责任人50元/次)', () => {
  it('three points missed in a row: one finding, 150 yuan to the salesman, each point due in its own month', async () => {
    const [f, ...rest] = await findingsOf('002-2-2.4-SMALL-1-3-6M', '002-2', header, { name: 'x', rows: [row(null)], asOf: '2025-10-15' });
    expect(rest).toEqual([]);
    expect(f.fine).toEqual({ amount: 150, currency: 'CNY' });
    expect(f.missed).toEqual({ periods: 3, since: '2025-05-10', dues: ['2025-05-10', '2025-07-10', '2025-10-10'], ongoing: true });
  });
});
