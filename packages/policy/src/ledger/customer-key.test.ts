import { describe, expect, it } from 'vitest';
import { prepareLedger } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { ROSTER_HEADER, ROSTER_ROWS } from '../testing/call-centre-roster';
import type { CellValue } from '../table';
import { customerKeyDoubt } from './customer-key';

const doubtOf = (rows: CellValue[][], columns?: Record<string, string>) => {
  const prepared = prepareLedger({ sheet: 'S', rows }, getProfile('002-4'), { columns });
  return { doubt: customerKeyDoubt(prepared.table, prepared.columnMap, prepared.ledger), customers: prepared.ledger.customers.count };
};
// The same roster with its company column under 公司 and its
// ★ ratings under 客户: taken for the customer, they make 20 companies 3 customers.
const starsAsCustomer = [['客户', '公司', '最近回访时间'], ...ROSTER_ROWS.map((r) => [r[9], r[2], r[0]])];
const log = (n: number) => Array.from({ length: n }, (_, k) => [`K${k % 3}`, `客户${k % 3}`, `单位${k % 3}`, `2025-10-${String(1 + k).padStart(2, '0')} 10:00`]);

describe('customerKeyDoubt', () => {
  it('the call-centre roster is keyed by its company: 20 customers, no doubt', () => {
    expect(doubtOf([ROSTER_HEADER, ...ROSTER_ROWS])).toEqual({ doubt: undefined, customers: 20 });
  });
  it('a rating column taken for the customer: the doubt names both columns and their counts', () => {
    expect(doubtOf(starsAsCustomer)).toEqual({
      customers: 3,
      doubt: { field: 'customerName', column: '客户', letter: 'A', customers: 3, rows: 20, other: '公司', otherLetter: 'B', otherCount: 20 },
    });
  });
  it.each([
    ['a log of 12 contacts with 3 customers, its other name columns repeating with the key', [['客户编号', '客户名称', '单位名称', '回访时间'], ...log(12)], undefined],
    ['the user chose the customer column', starsAsCustomer, { customerName: '客户' }],
    ['a customer number found by its header: a log with a different contact person on each call', [['客户编号', '联系人', '回访时间'], ...log(12).map((r, k) => [r[0], `联系人${k}`, r[3]])], undefined],
    ['a table of 5 rows says too little', starsAsCustomer.slice(0, 6), undefined],
  ])('no doubt: %s', (_name, rows, columns) => {
    expect(doubtOf(rows as CellValue[][], columns).doubt).toBeUndefined();
  });
});
