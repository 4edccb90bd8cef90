import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { caseTable } from '../testing/rule-tester';
import type { Finding } from '../rule/finding';
import { CALLS_HEADER, CALLS_SHEET_NAME, internalLinkFormula, levelOfFinding, NEXT_DUE_HEADER, planAnnotation, STATUS_HEADER, SUMMARY_SHEET_NAME } from './plan';
import { CALLS_TITLE, INVALID_HIGHLIGHT_FORMULA, summaryHash } from './record';
import { recordOfPlan } from './record';

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
    expect(byRow.get(2)!.status).toBe('逾期：H类3天，应于 2025-03-04 前');
    expect(byRow.get(2)!.level).toBe('bad');
    expect(byRow.get(3)!.status).toBe('正常：下次应于 2025-03-12 前');
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
    expect(note).toContain('依据：销售部客户回访制度（汽车销售） 第一篇《销售部客户回访制度》第3条');
    expect(note).not.toContain('.txt');
    expect(note).toContain('以后根据客户分类,H类客户三天做一次回访');
    expect(p.rows.find((r) => r.row === 3)!.note).toBeNull();
  });
  it('highlights compare the next-due column with TODAY(), so they stay true as days pass', async () => {
    const { plan: p } = await plan();
    const [bad, soon, invalid] = p.highlights;
    expect(bad).toMatchObject({ ref: 'A2:L4', style: 'bad' });
    expect(bad.formula).toContain('$L2<TODAY()');
    expect(bad.formula).toContain('LEFT($K2,2)="逾期"');
    expect(bad.formula).not.toContain('LEFT($K2,2)="提醒"');
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

/* A ledger with one finding of each colour, a customer with two rows and a performer column. */
const header2 = [...header, '销售顾问'];
const rows2 = [
  ['K1', '张伟', 'H', '2025-03-01 10:00', '2025-03-01 15:00', '电话', talk, '已接通', '13800000001', '轩逸', '王五'], // row 2: overdue since 03-04 (red)
  ['K2', '李娜', 'H', '2025-03-09 10:00', '2025-03-09 15:00', '电话', talk, '已接通', '13800000002', '天籁', '赵六'], // row 3: due 03-12, beyond the lead time
  ['K3', '王芳', 'X', '2025-03-08 10:00', '2025-03-08 15:00', '电话', talk, '已接通', '13800000003', '奇骏', '赵六'], // row 4: unreadable tier (orange)
  ['K4', '刘洋', 'H', '2025-03-06 10:00', '2025-03-06 15:00', '电话', talk, '已接通', '13800000004', '逍客', '王五'], // row 5: K4's older row
  ['K4', '刘洋', 'H', '2025-03-06 10:00', '2025-03-08 15:00', '电话', '已回访', '已接通', '13800000004', '逍客', '王五'], // row 6: K4's latest, due 03-11 (amber), content too short (quiet)
];

async function plan2() {
  const profile = getProfile('002-1');
  const report = await evaluate(caseTable(header2, rows2), profile, { asOf: '2025-03-10' });
  return { report, profile, plan: planAnnotation(report, profile, { lastColumn: header2.length, lastRow: rows2.length + 1 }, '回访记录.xlsx') };
}

/** A finding of the given status, as the kinds emit them, for the colour table. */
function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'R', status: 'violation', severity: 'error', customer: 'K1', row: 2, messageId: 'm', data: {}, citation: { file: 'f', section: 's', quote: 'q' }, ...over };
}

describe('colours: one meaning each', () => {
  it.each([
    ['an overdue cadence', { status: 'overdue', dueAt: '2025-03-04', overdueDays: 6 }, 'bad'],
    ['a missed period (violation with its due date and days)', { status: 'violation', dueAt: '2025-03-09', overdueDays: 1 }, 'bad'],
    ['a deadline kept late', { status: 'late', dueAt: '2025-03-04', overdueDays: 2 }, 'bad'],
    ['due soon', { status: 'due-soon', severity: 'info', dueAt: '2025-03-11' }, 'due-soon'],
    ['an unreadable cell', { status: 'invalid' }, 'invalid'],
    ['a record-keeping breach (no due date)', { status: 'violation' }, 'quiet'],
    ['a call before its window opened (a due date, nothing missed)', { status: 'violation', severity: 'warning', dueAt: '2025-03-11' }, 'quiet'],
    ['what cannot be judged', { status: 'indeterminate', severity: 'warning' }, 'quiet'],
    ['a rule not configured', { status: 'not-configured', severity: 'info' }, 'quiet'],
    ['a quota in progress (open)', { status: 'open' as Finding['status'], severity: 'info', dueAt: '2025-03-31' }, 'ok'],
    ['a status this version does not know', { status: 'someday' as Finding['status'] }, 'quiet'],
  ] as const)('%s', (_, over, level) => {
    expect(levelOfFinding(finding(over as Partial<Finding>))).toBe(level);
  });

  it('each row takes the colour of its most urgent finding, and only red findings read 逾期/违规/延迟', async () => {
    const { plan: p } = await plan2();
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ level: 'bad', status: '逾期：H类3天，应于 2025-03-04 前' });
    // A latest row states its next due date: its colour will follow that date.
    expect(byRow.get(3)).toMatchObject({ level: 'ok', status: '正常：下次应于 2025-03-12 前' });
    expect(byRow.get(5)).toMatchObject({ level: 'ok', status: '正常', nextDue: null });
    expect(byRow.get(4)).toMatchObject({ level: 'invalid', status: '数据无效：意向表齐全' });
    // Content under our own 10 characters is a warning (the regulation sets no length): 提醒, not 记录不合规.
    expect(byRow.get(6)).toMatchObject({ level: 'due-soon', status: '待办：H类3天，应于 2025-03-11 前；提醒：内容详实' });
    // The red format's static words never match a record-keeping or amber row.
    for (const r of p.rows) expect(/^(逾期|违规|延迟)/.test(r.status)).toBe(r.level === 'bad');
  });
});

describe('the next-due date and its live highlight', () => {
  it('sit on the customer\'s latest row only', async () => {
    const { plan: p, report } = await plan2();
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)!.nextDue).toBeNull();
    expect(byRow.get(6)!.nextDue).toBe('2025-03-11');
    // One next-due cell per customer, on the row the report names as its latest.
    const withDue = p.rows.filter((r) => r.nextDue !== null).map((r) => r.row);
    expect(withDue).toEqual(report.customers.filter((c) => c.nextDue).map((c) => c.row).sort((a, b) => a - b));
  });

  it('holds only while no newer contact of the customer is in the sheet (rows added after the check too)', async () => {
    const { plan: p } = await plan2();
    const [bad, soon] = p.highlights;
    // Customer number in A, contact time in E, our next-due column in M; the count reaches the sheet's last row.
    const latest = 'OR(NOT(ISNUMBER($E2)),COUNTIFS($A$2:$A$1048576,$A2,$E$2:$E$1048576,">"&$E2)=0)';
    expect(bad.formula).toBe(`OR(LEFT($L2,2)="逾期",LEFT($L2,2)="违规",LEFT($L2,2)="延迟",IF(ISNUMBER($M2),AND($M2<TODAY(),${latest}),FALSE))`);
    expect(soon.formula).toBe(`AND(ISTEXT("ledgerlint"),IF(ISNUMBER($M2),AND($M2>=TODAY(),$M2-TODAY()<=1,${latest}),FALSE))`);
  });

  it('the status text states due dates, never words that go stale (即将到期, 逾期N天)', async () => {
    const { plan: p } = await plan2();
    for (const r of p.rows) expect(r.status).not.toMatch(/即将到期|逾期\d+天/);
    // Every row that carries a next-due date (whose colour will follow it) states a due date.
    for (const r of p.rows) if (r.nextDue) expect(r.status, `row ${r.row}`).toMatch(/应于 \d{4}-\d{2}-\d{2}/);
  });
});

describe('the status cell', () => {
  it('has one entry per rule, the most urgent first, with how many it stands for', async () => {
    const profile = getProfile('002-1');
    const report = await evaluate(caseTable(header, rows), profile, { asOf: '2025-03-10' });
    const weekly = (start: string, end: string): Finding => finding({ ruleId: '002-1-3-A-1w', row: 2, status: 'violation', dueAt: end, overdueDays: 3, data: { start, end } });
    const quiet = finding({ ruleId: '002-1-5-DETAIL', row: 2, status: 'violation', severity: 'warning' });
    // Three missed weeks of one rule, and a record-keeping warning listed first by the engine.
    report.findings.push(quiet, weekly('2025-02-24', '2025-03-02'), weekly('2025-02-17', '2025-02-23'), weekly('2025-02-10', '2025-02-16'));
    const p = planAnnotation(report, profile, { lastColumn: header.length, lastRow: rows.length + 1 }, 'x.xlsx');
    const status = p.rows.find((r) => r.row === 2)!.status;
    expect(status).toBe('逾期：H类3天，应于 2025-03-04 前；违规：A类每周1次（3 次），应于 2025-02-16 前；提醒：内容详实');
    expect(status.match(/A类每周1次/g)).toHaveLength(1);
  });
});

describe('the 待回访 sheet', () => {
  it('lists the call list as of the check, sorted by due, each line linked to its row', async () => {
    const { plan: p } = await plan2();
    expect(p.calls.name).toBe(CALLS_SHEET_NAME);
    expect(p.calls.rows[0][0]).toBe(CALLS_TITLE);
    expect(p.calls.rows[1]).toEqual(['截至 2025-03-10 23:59（北京时间）· 002-1 销售部客户回访制度（汽车销售）']);
    expect(p.calls.rows[3]).toEqual([...CALLS_HEADER]);
    expect(p.calls.rows.slice(4)).toEqual([
      ['2025-03-04', '逾期 6 天', 'K1', '张伟', '13800000001', 'H类3天', '王五', '第 2 行'],
      ['2025-03-11', '1 天后到期', 'K4', '刘洋', '13800000004', 'H类3天', '王五', '第 6 行'],
    ]);
    expect(p.calls.links).toEqual([null, null, null, null, 2, 6]);
    expect(p.calls.linkColumn).toBe(CALLS_HEADER.length);
    expect(p.calls.target).toEqual({ sheet: '回访记录', column: 1 });
  });

  it('is recorded like the summary sheet, by its name and the hash of its rows', async () => {
    const { plan: p } = await plan2();
    const record = recordOfPlan(p, { writer: 'cli', previousWidths: { unit: 'characters', status: null, nextDue: null }, notes: true });
    expect(record.calls).toEqual({ name: CALLS_SHEET_NAME, hash: summaryHash(p.calls.rows) });
  });

  it('links by a HYPERLINK formula, the sheet name quoted', () => {
    expect(internalLinkFormula('回访记录', 1, 5, '第 5 行')).toBe('HYPERLINK("#\'回访记录\'!A5","第 5 行")');
    expect(internalLinkFormula("O'Brien \"A\"", 3, 12, 'x"y')).toBe('HYPERLINK("#\'O\'\'Brien ""A""\'!C12","x""y")');
  });
});

describe('the summary sheet', () => {
  it('names the regulation by its title, not a file name', async () => {
    const { plan: p } = await plan2();
    const flat = p.summary.rows.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('依据 Regulation|销售部客户回访制度（汽车销售）：第一篇《销售部客户回访制度》');
    expect(flat).not.toContain('.txt');
  });

  it('has a per-performer table, each header over its own numbers', async () => {
    const { plan: p } = await plan2();
    const at = p.summary.rows.findIndex((r) => r[0] === '回访人 Performer');
    expect(p.summary.rows[at]).toEqual(['回访人 Performer', '逾期 Overdue', '今天到期 Due today', '违规 Breaches', '罚款（元）Fines (CNY)']);
    expect(p.summary.rows[at - 1]).toEqual([]);
    // 王五: K1 overdue (a breach); K4's short content is a breach too. 002-1 sets no fines.
    expect(p.summary.rows[at + 1]).toEqual(['王五', 1, 0, 2, 0]);
    expect(p.summary.rows[at + 2]).toEqual([]);
  });
});
