import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { caseTable } from '../testing/rule-tester';
import { NEXT_DUE_HEADER, planAnnotation, STATUS_HEADER, SUMMARY_SHEET_NAME } from './plan';
import { INVALID_HIGHLIGHT_FORMULA } from './record';

const header = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '联系电话', '意向车型'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const rows = [
  ['K1', '张伟', 'H', '2025-03-01 10:00', '2025-03-01 15:00', '电话', talk, '已接通', '13800000001', '轩逸'], // row 2: H, overdue since 03-04
  ['K2', '李娜', 'H', '2025-03-09 10:00', '2025-03-09 15:00', '电话', talk, '已接通', '13800000002', '天籁'], // row 3: fine, due 03-12
  ['K3', '王芳', 'X', '2025-03-08 10:00', '2025-03-08 15:00', '电话', talk, '已接通', '13800000003', '奇骏'], // row 4: invalid tier
];

async function plan() {
  const profile = getProfile('002-1');
  const report = await evaluate(caseTable(header, rows), profile, { asOf: '2025-03-10' });
  return { report, plan: planAnnotation(report, profile, { lastColumn: header.length, lastRow: rows.length + 1 }, '回访记录.xlsx') };
}

describe('planAnnotation', () => {
  it('adds two columns right of the clerk\'s data and writes nothing else into the sheet', async () => {
    const { plan: p } = await plan();
    expect(p.statusColumn).toBe(header.length + 1);
    expect(p.nextDueColumn).toBe(header.length + 2);
    expect(p.headers).toEqual({ status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER });
    expect(p.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(p.headerRow).toBe(1);
    expect(p.firstDataRow).toBe(2);
  });
  it('status texts: overdue with days and the rule\'s short name, 正常 for a clean row, invalid data', async () => {
    const { plan: p } = await plan();
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)!.status).toBe('逾期6天：H类3天');
    expect(byRow.get(2)!.level).toBe('bad');
    expect(byRow.get(3)!.status).toBe('正常');
    expect(byRow.get(3)!.level).toBe('ok');
    expect(byRow.get(4)!.status).toMatch(/^数据无效：意向表齐全/);
  });
  it('next-due dates: the missed one for an overdue customer, the coming one otherwise', async () => {
    const { plan: p } = await plan();
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)!.nextDue).toBe('2025-03-04');
    expect(byRow.get(3)!.nextDue).toBe('2025-03-12');
  });
  it('notes carry the message, the clause and its quote', async () => {
    const { plan: p } = await plan();
    const note = p.rows.find((r) => r.row === 2)!.note!;
    expect(note).toContain('【002-1-3-H-3d】');
    expect(note).toContain('002_5b4178db3268d4b2.txt');
    expect(note).toContain('以后根据客户分类,H类客户三天做一次回访');
    expect(p.rows.find((r) => r.row === 3)!.note).toBeNull();
  });
  it('highlights compare the next-due column with TODAY(), so they stay true as days pass', async () => {
    const { plan: p } = await plan();
    const [bad, soon, invalid] = p.highlights;
    expect(bad).toMatchObject({ ref: 'A2:L4', style: 'bad' });
    expect(bad.formula).toContain('$L2<TODAY()');
    expect(bad.formula).toContain('LEFT($K2,2)="逾期"');
    expect(soon.formula).toContain('$L2>=TODAY()');
    expect(invalid).toEqual({ ref: 'C4', formula: INVALID_HIGHLIGHT_FORMULA, style: 'invalid' });
  });
  it('the summary sheet names the ledger, profile, as-of time and counts by rule', async () => {
    const { plan: p, report } = await plan();
    expect(p.summary.name).toBe(SUMMARY_SHEET_NAME);
    const flat = p.summary.rows.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('回访记录.xlsx');
    expect(flat).toContain('002-1');
    expect(flat).toContain(report.asOf);
    expect(flat).toContain('002-1-3-H-3d|H类客户每3天回访一次|1');
  });
});
