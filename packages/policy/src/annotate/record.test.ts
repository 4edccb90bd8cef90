import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { NEXT_DUE_HEADER, planAnnotation, STATUS_HEADER } from './plan';
import {
  findOurColumns,
  formulaShape,
  highlightOwner,
  INVALID_HIGHLIGHT_FORMULA,
  nextDueOwner,
  readRecordCells,
  RECORD_CHUNK,
  RECORD_VERSION,
  recordCells,
  recordOfPlan,
  statusOwner,
  summaryHash,
  textHash,
  upgradeRecord,
  type AnnotationRecord,
} from './record';

const header = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';

async function planOf() {
  const profile = getProfile('002-1');
  const table = {
    sheet: '回访',
    rows: [header, ['K1', '张三', 'H', '2025-10-01 10:00', '2025-10-02 10:00', '电话', talk, '已接通'], ['K2', '李四', 'A', '2025-09-01 10:00', '2025-09-02 10:00', '电话', talk, '已接通']],
  };
  const report = await evaluate(table, profile, { asOf: '2025-10-20' });
  return planAnnotation(report, profile, { lastColumn: header.length, lastRow: 3 }, '回访.xlsx');
}

const widths = { unit: 'characters', status: null, nextDue: 12 } as const;

describe('the annotation record', () => {
  it('records what the plan writes: the distinct status texts and dates, the summary, the highlights', async () => {
    const plan = await planOf();
    const record = recordOfPlan(plan, { writer: 'cli', previousWidths: widths, notes: true });
    expect(record).toMatchObject({ tool: 'ledgerlint', version: RECORD_VERSION, writer: 'cli', sheet: '回访', headerRow: 1, statusColumn: 9, nextDueColumn: 10 });
    expect(new Set(record.written!.status)).toEqual(new Set(plan.rows.map((r) => textHash(r.status))));
    expect(record.written!.nextDue).toEqual([...new Set(plan.rows.map((r) => r.nextDue).filter(Boolean))]);
    expect(record.summary).toEqual({ name: plan.summary.name, hash: summaryHash(plan.summary.rows) });
    expect(record.highlights).toEqual(plan.highlights.map((h) => ({ ref: h.ref, formula: h.formula })));
  });

  it('round-trips through the record sheet cells, cut into pieces a cell holds', async () => {
    const plan = await planOf();
    const record = recordOfPlan(plan, { writer: 'addin', sheetId: '{1-2}', previousWidths: { unit: 'points', status: 48, nextDue: 48 }, notes: false });
    record.highlights = Array.from({ length: 2000 }, (_, i) => ({ ref: `A${i + 2}`, formula: INVALID_HIGHLIGHT_FORMULA }));
    const cells = recordCells(record);
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.every((c) => c.length <= RECORD_CHUNK)).toBe(true);
    expect(readRecordCells([...cells, null, 'junk after the first blank'])).toEqual(record);
  });

  it.each([
    ['a damaged JSON', ['{"tool":"ledgerlint","version":2'], 'not JSON'],
    ['a number in the record column', [42], 'not text'],
    ['another tool', ['{"tool":"other","version":2}'], 'tool'],
    ['an unknown version', ['{"tool":"ledgerlint","version":9}'], 'version'],
  ])('refuses %s with a reason', (_, cells, reason) => {
    const result = readRecordCells(cells);
    expect('invalid' in result && result.invalid).toContain(reason);
  });

  it('reads the command line\'s version 1 (state sheet) and the add-in\'s (settings)', () => {
    const base = { tool: 'ledgerlint', version: 1, statusColumn: 9, nextDueColumn: 10, headerRow: 1, lastDataRow: 30, highlights: [{ ref: 'A2:J30', formula: 'TRUE' }], profile: '002-1', asOf: '2025-10-20T23:59' };
    const cli = upgradeRecord({ ...base, sheet: '回访', summarySheet: 'ledgerlint汇总', previousWidths: { status: null, nextDue: 9.5 }, headers: { status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER } }) as AnnotationRecord;
    expect(cli).toMatchObject({ version: 2, writer: 'cli', sheet: '回访', written: null, summary: { name: 'ledgerlint汇总', hash: null }, previousWidths: { unit: 'characters', status: null, nextDue: 9.5 } });
    const addin = upgradeRecord({ ...base, sheetId: '{S1}', sheetName: '回访', summarySheet: 'ledgerlint汇总', previousWidths: { status: 48, nextDue: 48 }, headers: { status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER }, notes: true }) as AnnotationRecord;
    expect(addin).toMatchObject({ version: 2, writer: 'addin', sheetId: '{S1}', sheet: '回访', previousWidths: { unit: 'points', status: 48, nextDue: 48 } });
  });
});

describe('finding our cells again', () => {
  const record = { headerRow: 3, headers: { status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER } };
  const grid = (rows: Record<number, Record<number, unknown>>) => (r: number, c: number) => rows[r]?.[c];

  it.each([
    ['where they were', { 3: { 9: STATUS_HEADER, 10: NEXT_DUE_HEADER } }, { headerRow: 3, status: [9], nextDue: [10] }],
    ['a column inserted before them (moved right)', { 3: { 10: STATUS_HEADER, 11: NEXT_DUE_HEADER } }, { headerRow: 3, status: [10], nextDue: [11] }],
    ['rows inserted above the header', { 5: { 9: STATUS_HEADER, 10: NEXT_DUE_HEADER } }, { headerRow: 5, status: [9], nextDue: [10] }],
    ['a row deleted above the header', { 2: { 9: STATUS_HEADER, 10: NEXT_DUE_HEADER } }, { headerRow: 2, status: [9], nextDue: [10] }],
    ['our columns swapped and apart', { 3: { 2: NEXT_DUE_HEADER, 12: STATUS_HEADER } }, { headerRow: 3, status: [12], nextDue: [2] }],
    ['one of them deleted', { 3: { 9: STATUS_HEADER } }, { headerRow: 3, status: [9], nextDue: [] }],
    ['a copy of the status column', { 3: { 9: STATUS_HEADER, 10: NEXT_DUE_HEADER, 14: STATUS_HEADER } }, { headerRow: 3, status: [9, 14], nextDue: [10] }],
  ])('finds them %s', (_, rows, expected) => {
    expect(findOurColumns(record, grid(rows), 20)).toEqual(expected);
  });

  it.each([
    ['both deleted', { 3: { 9: '备注' } }],
    ['a clerk\'s header that only resembles ours', { 3: { 9: '回访状态', 10: '下次应办日期（ledgerlint' } }],
  ])('finds nothing when %s', (_, rows) => {
    expect(findOurColumns(record, grid(rows), 20)).toBeUndefined();
  });

  it('tells our status texts and dates from what the clerk typed there', async () => {
    const plan = await planOf();
    const record = recordOfPlan(plan, { writer: 'cli', previousWidths: widths, notes: true });
    const status = statusOwner(record);
    for (const r of plan.rows) expect(status(r.status)).toBe(true);
    expect(status(STATUS_HEADER)).toBe(true);
    expect(status('已回访，客户满意')).toBe(false);
    expect(status('正常（已核对）')).toBe(false);
    expect(status(42)).toBe(false);
    const due = nextDueOwner(record);
    for (const r of plan.rows) if (r.nextDue) expect(due(r.nextDue)).toBe(true);
    expect(due('1999-01-01')).toBe(false);
    expect(due(null)).toBe(false);
  });

  it('a version 1 record, which kept no texts, knows our status words', () => {
    const status = statusOwner({ written: null, headers: { status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER } });
    expect(status('逾期3天：H类3天回访')).toBe(true);
    expect(status('正常')).toBe(true);
    expect(status('客户说正常')).toBe(false);
  });

  it('knows our conditional formats after Excel moved their references, and no clerk\'s', async () => {
    const plan = await planOf();
    const owner = highlightOwner({ highlights: [...plan.highlights, { ref: 'C4', formula: INVALID_HIGHLIGHT_FORMULA }] });
    const bad = plan.highlights[0].formula;
    const moved = `=${bad.replace(/\$J2/g, '$K5').replace(/\$I2/g, '$J5')}`;
    expect(formulaShape(moved)).toBe(formulaShape(bad));
    expect(owner(moved, 'A5:K40')).toBe(true);
    expect(owner('=$E2<TODAY()', 'A2:E9')).toBe(false);
    expect(owner(INVALID_HIGHLIGHT_FORMULA, 'C9')).toBe(true);
    // A bare TRUE (version 1's) is ours only on the recorded range.
    const v1 = highlightOwner({ highlights: [{ ref: 'C4 D7', formula: 'TRUE' }] });
    expect(v1('TRUE', 'C4 D7')).toBe(true);
    expect(v1('TRUE', 'A1:A9')).toBe(false);
  });

  it('a summary hash ignores blank ends and notices an edit', () => {
    const rows = [['标题'], ['台账', '回访.xlsx', null], [], ['发现', 3]];
    expect(summaryHash([...rows, [], [null, '']])).toBe(summaryHash(rows));
    expect(summaryHash([['标题'], ['台账', '回访.xlsx'], [], ['发现', '3']])).toBe(summaryHash(rows));
    expect(summaryHash([['标题'], ['台账', '回访.xlsx'], [], ['发现', 4]])).not.toBe(summaryHash(rows));
  });
});
