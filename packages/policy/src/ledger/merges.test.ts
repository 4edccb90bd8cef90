import { describe, expect, it } from 'vitest';
import { evaluate, prepareLedger } from '../engine/evaluate';
import { getProfile } from '../profiles';
import type { Table } from '../table';

const talk = '介绍新车型配置和价格，客户周末再来试驾';
const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
/** K001's number, name and tier merged down over its three rows (A2:A4, B2:B4, C2:C4), as clerks lay it out. */
const ledger = (merges: Table['merges']): Table => ({
  sheet: '回访',
  rows: [
    header,
    ['K001', '张伟', 'H', '2025-12-23 15:00', '电话', talk, '已接通'],
    [null, null, null, '2025-12-26 15:00', '电话', talk, '已接通'],
    [null, null, null, '2025-12-29 15:00', '电话', talk, '已接通'],
    [],
    ['K002', '李娜', 'A', '2025-12-29 10:00', '电话', talk, '已接通'],
  ],
  merges,
});
const down = (col: number, top: number, bottom: number) => ({ top, left: col, bottom, right: col });

describe('merged cells', () => {
  it("a customer's cells merged down belong to every row of the range", async () => {
    const report = await evaluate(ledger([down(1, 2, 4), down(2, 2, 4), down(3, 2, 4)]), getProfile('002-1'), { asOf: '2025-12-31' });
    expect(report.findings.filter((f) => f.status === 'invalid')).toEqual([]);
    // Called every 3 days: only the next callback, due 2026-01-01, is coming up.
    expect(report.findings.filter((f) => f.ruleId === '002-1-3-H-3d').map((f) => [f.customer, f.status, f.dueAt])).toEqual([['K001', 'due-soon', '2026-01-01']]);
    const { ledger: L } = prepareLedger(ledger([down(1, 2, 4), down(2, 2, 4), down(3, 2, 4)]), getProfile('002-1'));
    expect(L.customers.count).toBe(2);
    expect(L.shape).toBe('log');
  });
  it('without the merges the same rows have no customer (a CSV saved from the sheet)', async () => {
    const report = await evaluate(ledger(undefined), getProfile('002-1'), { asOf: '2025-12-31' });
    expect(report.findings.filter((f) => f.status === 'invalid').map((f) => f.row)).toEqual([3, 4]);
  });
  it('a range reaching into the header, or over a blank row, adds nothing', async () => {
    const { ledger: L } = prepareLedger(ledger([down(1, 1, 2), down(1, 4, 5)]), getProfile('002-1'));
    // Row 5 stays a blank row; rows 3 and 4 keep no customer (A4's merge starts at a blank cell).
    expect(L.size).toBe(4);
    expect([...L.customerOf].filter((c) => c < 0)).toHaveLength(2);
  });
  it('never changes the table it reads', async () => {
    const t = ledger([down(1, 2, 4)]);
    const before = JSON.stringify(t);
    await evaluate(t, getProfile('002-1'), { asOf: '2025-12-31' });
    expect(JSON.stringify(t)).toBe(before);
  });
});
