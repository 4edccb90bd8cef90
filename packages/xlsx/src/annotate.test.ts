import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, getProfile, isLedgerlintError, planAnnotation, type AnnotationPlan, type LedgerlintError, type Table } from '@ledgerlint/policy';
import { CALLS_SHEET_NAME, readRecordCells, RECORD_SHEET_NAME, summaryHash, type AnnotationRecord } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { applyPlan } from './apply-plan';
import { clearAnnotation } from './clear-annotation';
import { openWorkbook, workbookFromTable, worksheetTable } from './open-workbook';
import { escapeXstring, validationRectangles } from './fidelity';
import { readLedgerBytes } from './read';
import { rawXlsx } from './testing';
import { dumpWorkbook, reload, rezip, tinyPng, unzip, withoutAnnotation, type WorkbookDump } from './testing-workbook';

const HEADERS = ['客户编号', '客户姓名', '联系电话', '意向车型', '意向级别', '来店时间', '回访日期', '回访时间', '回访方式', '回访内容', '回访结果', '销售顾问'];
/** Rows as in examples/ledgers/002-1-car-dealer.xlsx: serials for the date and time columns. */
const ROWS: (string | number | null)[][] = [
  ['K001', '张伟', '13800000001', '轩逸', 'H', 45938.4375, 45938, 0.6805555555555556, '电话', '介绍轩逸配置和本月优惠', '已接通', '孙磊'],
  ['K001', '张伟', '13800000001', '轩逸', 'H', 45938.4375, 45941, 0.4166666666666667, '电话', '邀约试驾', '已接通', '孙磊'],
  ['K002', '李娜', '13800000002', '天籁', 'H', 45939.583333333336, 45940, 0.625, '电话', '询问试驾感受', '已接通', '孙磊'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', 45901.40277777778, 45901, 0.6319444444444444, '电话', '介绍四驱版本', '已接通', '李强'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', 45901.40277777778, 45916, 0.4583333333333333, '电话', '告知国庆促销', '已接通', '李强'],
  ['K004', '刘洋', '13800000004', '逍客', 'B', 45872.625, 45872, 0.75, '电话', '介绍逍客车型', '已接通', '李强'],
  ['K005', '陈静', '13800000005', '骐达', 'B', 45894.416666666664, 45894, 0.7083333333333334, '电话', '介绍首付方案', '已接通', '孙磊'],
  ['K006', '杨帆', '13800000006', '奇骏', 'A', 45942.458333333336, 45942, 0.8125, '短信', '感谢到店', null, '孙磊'],
  ['K009', '周敏', '13800000009', '逍客', 'H', 45940.375, 45940, null, '电话', '客户对价格有异议', '已接通', '李强'],
  ['K011', '郑丽', '13800000011', '轩逸', 'C', 45870.416666666664, '9月15号', 0.4166666666666667, '电话', '邀请试驾活动', '已接通', '孙磊'],
];
const FORMATS: Record<number, string> = { 5: 'yyyy-mm-dd hh:mm', 6: 'yyyy-mm-dd', 7: 'hh:mm' };
const SHEET = '意向客户回访记录';
const AS_OF = '2025-10-20';

const toDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

/**
 * A clerk's workbook: a merged title above the header, real date cells, a formula, a data
 * validation list, a conditional format, notes (one on an empty cell), a hidden row (and a hidden
 * blank row), column widths (one exactly 9), a bordered empty cell where our column will go, a
 * picture, a second sheet, a hidden sheet, a defined name, frozen panes and print settings.
 */
function clerkWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { orientation: 'landscape', fitToPage: true, printArea: 'A1:L14', printTitlesRow: '2:2' } });
  ws.getCell('A1').value = '东方汽车销售服务有限公司 销售部意向客户回访记录表';
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.mergeCells('A1:N1'); // the title spans past the data, over the columns we will add
  HEADERS.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  });
  ROWS.forEach((values, r) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(3 + r, 1 + c);
      cell.value = typeof v === 'number' && FORMATS[c] && c !== 7 ? toDate(v) : v;
      if (typeof v === 'number' && FORMATS[c]) cell.numFmt = FORMATS[c];
    });
  });
  ws.getCell('C14').value = { formula: 'COUNTA(A3:A12)', result: 10 };
  ws.getCell('A14').value = { richText: [{ text: '合计', font: { bold: true } }, { text: '（条）' }] };
  ws.getCell('B3').note = '老客户介绍';
  ws.getCell('D13').note = { texts: [{ text: '空白单元格上的', font: { bold: true } }, { text: '批注' }] } as ExcelJS.Comment;
  ws.getCell('K4').value = { text: '已接通', hyperlink: 'https://example.com/k4' };
  ws.getRow(6).hidden = true;
  ws.getRow(16).hidden = true; // a hidden blank row below the data
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 9;
  ws.getColumn(10).width = 40;
  ws.getColumn(12).hidden = false;
  ws.getCell('M7').border = { bottom: { style: 'thin' } }; // where the status column will go
  for (let r = 3; r <= 12; r++) ws.getCell(r, 9).dataValidation = { type: 'list', allowBlank: true, formulae: ['"电话,上门,短信,微信"'] };
  ws.addConditionalFormatting({
    ref: 'K3:K12',
    rules: [{ type: 'expression', priority: 1, formulae: ['$K3="无人接听"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9D9D9' } } } }],
  });
  ws.autoFilter = 'A2:L12';
  const image = wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'O3:P5');
  wb.definedNames.add(`'${SHEET}'!$A$3:$A$12`, '客户编号');

  const second = wb.addWorksheet('2024年');
  second.getCell('A1').value = '客户编号';
  second.getCell('A2').value = 'K900';
  second.getCell('B2').value = new Date(Date.UTC(2024, 5, 1));
  second.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
  const hidden = wb.addWorksheet('参数', { state: 'hidden' });
  hidden.getCell('A1').value = '电话';
  return wb;
}

let dir = '';
let clerkBytes: Uint8Array;

async function open(bytes: Uint8Array = clerkBytes): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(bytes, '回访.xlsx')).workbook;
}

async function planFor(workbook: ExcelJS.Workbook, sheet = SHEET): Promise<AnnotationPlan> {
  const profile = getProfile('002-1');
  const table = worksheetTable(workbook, sheet);
  const report = await evaluate(table, profile, { asOf: AS_OF });
  const width = Math.max(...table.rows.map((r) => r.length));
  const firstColumn = table.firstColumn ?? 1;
  return planAnnotation(report, profile, { firstColumn, lastColumn: firstColumn + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, '回访.xlsx');
}

/** A plan written by hand, shaped as planAnnotation makes them. */
function handPlan(sheet: string, headerRow: number, lastDataRow: number, lastColumn: number, rows: AnnotationPlan['rows']): AnnotationPlan {
  const s = columnLetter(lastColumn + 1);
  const d = columnLetter(lastColumn + 2);
  const first = headerRow + 1;
  return {
    version: 1,
    sheet,
    profile: 'custom',
    asOf: '2025-10-20T23:59',
    headerRow,
    firstDataRow: first,
    lastDataRow,
    firstColumn: 1,
    statusColumn: lastColumn + 1,
    nextDueColumn: lastColumn + 2,
    headers: { status: '回访状态（ledgerlint）', nextDue: '下次应办日期（ledgerlint）' },
    rows,
    highlights: [{ ref: `A${first}:${d}${lastDataRow}`, formula: `LEFT($${s}${first},2)="逾期"`, style: 'bad' }],
    summary: { name: 'ledgerlint汇总', rows: [['ledgerlint 检查汇总'], ['台账', 'x.xlsx'], [], ['发现', 1]], widths: [20, 30] },
    calls: { name: '待回访', rows: [['ledgerlint 待回访 / call list'], [], ['到期日 Due', '行 Row']], widths: [12, 10], links: [null, null, null], linkColumn: 2, target: { sheet, column: 1 } },
  };
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellsOnlyInPlanColumns(dump: WorkbookDump, plan: AnnotationPlan): string[] {
  const sheet = dump.sheets.find((s) => s.name === plan.sheet)!;
  return Object.keys(sheet.cells).filter((a) => a.startsWith(columnLetter(plan.statusColumn)) || a.startsWith(columnLetter(plan.nextDueColumn)));
}

async function expectError(p: Promise<unknown> | (() => unknown), code: string): Promise<LedgerlintError> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    expect(isLedgerlintError(e), String(e)).toBe(true);
    expect((e as LedgerlintError).code).toBe(code);
    return e as LedgerlintError;
  }
  throw new Error(`expected ${code}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledgerlint-annotate-'));
  clerkBytes = await bytesOf(clerkWorkbook());
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('applyPlan', () => {
  it('adds the two columns, notes, conditional formats, the summary sheet and the state', async () => {
    const wb = await open();
    const plan = await planFor(wb);
    expect(plan.statusColumn).toBe(13); // M, right of the clerk's last column L
    applyPlan(wb, plan);
    const again = await reload(wb);
    const ws = again.getWorksheet(SHEET)!;

    const header = ws.getCell(plan.headerRow, plan.statusColumn);
    expect(header.value).toBe(plan.headers.status);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.border?.bottom?.style).toBe('thin');
    expect(header.alignment?.wrapText).toBe(true);
    expect(ws.getCell(plan.headerRow, plan.nextDueColumn).value).toBe(plan.headers.nextDue);

    for (const row of plan.rows) {
      const status = ws.getCell(row.row, plan.statusColumn);
      expect(status.type).toBe(ExcelJS.ValueType.String);
      expect(status.value).toBe(row.status);
      expect(status.note ?? null).toEqual(row.note);
      const fill = status.fill as ExcelJS.FillPattern | undefined;
      if (row.level === 'bad') expect([fill?.fgColor?.argb, status.font?.color?.argb]).toEqual(['FFFFC7CE', 'FF9C0006']);
      if (row.level === 'due-soon') expect([fill?.fgColor?.argb, status.font?.color?.argb]).toEqual(['FFFFEB9C', 'FF9C5700']);
      if (row.level === 'invalid') expect([fill?.fgColor?.argb, status.font?.color?.argb]).toEqual(['FFF8CBAD', 'FF843C0C']);
      if (row.level === 'quiet') expect(fill?.fgColor?.argb).toBe('FFEDEDED');
      if (row.level === 'ok') expect(fill?.pattern ?? 'none').toBe('none');
      expect(status.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      const due = ws.getCell(row.row, plan.nextDueColumn);
      if (row.nextDue) {
        expect(due.type).toBe(ExcelJS.ValueType.Date);
        expect((due.value as Date).toISOString()).toBe(`${row.nextDue}T00:00:00.000Z`);
        expect(due.numFmt).toBe('yyyy-mm-dd');
      } else expect(due.value).toBeNull();
    }
    expect(plan.rows.some((r) => r.level === 'bad' && r.note)).toBe(true);
    expect(plan.rows.some((r) => r.nextDue)).toBe(true);
    expect(ws.getColumn(plan.statusColumn).width).toBe(40);
    expect(ws.getColumn(plan.nextDueColumn).width).toBe(14);

    // Ours come after the clerk's rule, with lower precedence (larger priority numbers).
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { priority: number; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cfs[0].ref).toBe('K3:K12');
    const ours = cfs.slice(1);
    expect(ours.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual(plan.highlights.map((h) => [h.ref, h.formula]));
    expect(ours.map((cf) => cf.rules[0].style.fill.bgColor.argb)).toEqual(plan.highlights.map((h) => ({ bad: 'FFFFC7CE', 'due-soon': 'FFFFEB9C', invalid: 'FFF8CBAD' })[h.style]));
    expect(Math.min(...ours.map((cf) => cf.rules[0].priority))).toBeGreaterThan(cfs[0].rules[0].priority);
    expect(plan.highlights.some((h) => h.style === 'invalid')).toBe(true); // '9月15号'

    const summary = again.getWorksheet(plan.summary.name)!;
    expect(summary.state).toBe('visible');
    plan.summary.rows.forEach((values, r) =>
      values.forEach((v, c) => {
        const cell = summary.getCell(r + 1, c + 1);
        expect(cell.value ?? null, `${r + 1}:${c + 1}`).toEqual(v);
      }),
    );
    expect(summary.getCell(1, 1).font?.bold).toBe(true);
    expect(summary.getColumn(6).width).toBe(plan.summary.widths[5]);

    const stateSheet = again.getWorksheet(RECORD_SHEET_NAME)!;
    expect(stateSheet.state).toBe('veryHidden');
    const state = readRecordCells([stateSheet.getCell('A1').value]) as AnnotationRecord;
    expect(state).toMatchObject({
      tool: 'ledgerlint',
      version: 2,
      writer: 'cli',
      sheet: SHEET,
      statusColumn: 13,
      nextDueColumn: 14,
      headerRow: 2,
      lastDataRow: plan.lastDataRow,
      highlights: plan.highlights.map(({ ref, formula }) => ({ ref, formula })),
      summary: { name: plan.summary.name, hash: summaryHash(plan.summary.rows) },
      previousWidths: { unit: 'characters', status: null, nextDue: null },
      profile: '002-1',
      asOf: plan.asOf,
    });
    expect(state.previousStyles?.runs).toEqual([[13, 7, 7, 0]]); // the clerk's bordered M7
    expect(again.worksheets.map((w) => w.name)).toEqual([SHEET, '2024年', '参数', plan.summary.name, plan.calls.name, RECORD_SHEET_NAME]);
  });

  it("leaves every cell, format, merge, width, note, validation, conditional format, picture and sheet of the clerk's as it was", async () => {
    const original = dumpWorkbook(await open());
    const wb = await open();
    const plan = await planFor(wb);
    applyPlan(wb, plan);
    const annotated = dumpWorkbook(await reload(wb));
    expect(withoutAnnotation(annotated, plan)).toEqual(withoutAnnotation(original, plan));
    // The dump does see what the test relies on.
    const sheet = original.sheets[0];
    expect(sheet.merges).toEqual(['A1:N1']);
    expect(sheet.cells.D13).toMatchObject({ note: { texts: [{ text: '空白单元格上的' }, { text: '批注' }] } });
    expect(sheet.cells.B3).toMatchObject({ note: { texts: [{ text: '老客户介绍' }] } });
    expect(sheet.cells.C14).toMatchObject({ formula: 'COUNTA(A3:A12)', result: 10 });
    expect(sheet.cells.F3).toMatchObject({ value: 'Date(2025-10-08T10:30:00.000Z)', style: { numFmt: 'yyyy-mm-dd hh:mm' } });
    expect(sheet.rows[6]).toMatchObject({ hidden: true });
    expect(sheet.rows[16]).toMatchObject({ hidden: true });
    expect(sheet.columns[2]).toMatchObject({ width: 9 });
    expect(sheet.images).toHaveLength(1);
    expect(original.sheets.map((s) => [s.name, s.state])).toEqual([
      [SHEET, 'visible'],
      ['2024年', 'visible'],
      ['参数', 'hidden'],
    ]);
  });

  it('annotating twice (reloading between) equals annotating once', async () => {
    const wb = await open();
    applyPlan(wb, await planFor(wb));
    const onceBytes = await bytesOf(wb);
    const once = dumpWorkbook(await open(onceBytes));

    // The command line's order: clear, read, check, plan, apply.
    const wb2 = await open(onceBytes);
    clearAnnotation(wb2);
    applyPlan(wb2, await planFor(wb2));
    expect(dumpWorkbook(await reload(wb2))).toEqual(once);

    // Applying a plan again without clearing first replaces the previous annotation too.
    const wb3 = await open(onceBytes);
    applyPlan(wb3, await planFor(await open()));
    expect(dumpWorkbook(await reload(wb3))).toEqual(once);
  });

  it('clear after annotate gives back the original exactly', async () => {
    const original = dumpWorkbook(await open());
    const wb = await open();
    const plan = await planFor(wb);
    applyPlan(wb, plan);
    const annotated = await reload(wb);
    expect(clearAnnotation(annotated)).toMatchObject({ cleared: true, kept: [], sheet: SHEET });
    const cleared = dumpWorkbook(await reload(annotated));
    expect(cleared).toEqual(original);
    // The title's merged cells and the clerk's bordered cell only.
    expect(cellsOnlyInPlanColumns(cleared, plan)).toEqual(['M1', 'N1', 'M7']);
    expect(cleared.sheets[0].cells.M7).toMatchObject({ style: { border: { bottom: { style: 'thin' } } } });
  });

  it('writes the 待回访 sheet: the plan\'s lines sorted by due, each linked to its row, recorded like the summary', async () => {
    const wb = await open();
    const plan = await planFor(wb);
    applyPlan(wb, plan);
    const again = await reload(wb);
    const calls = again.getWorksheet(CALLS_SHEET_NAME)!;
    expect(calls.state).toBe('visible');
    const lines = plan.calls.rows.slice(4);
    expect(lines.length).toBeGreaterThan(1);
    const dues = lines.map((l) => String(l[0]));
    expect(dues).toEqual([...dues].sort());
    plan.calls.rows.forEach((values, r) =>
      values.forEach((v, c) => {
        const cell = calls.getCell(r + 1, c + 1);
        const link = plan.calls.links[r];
        if (c + 1 === plan.calls.linkColumn && link !== null) {
          // An internal link to the line's row of the ledger, its text the cached value.
          expect(cell.value).toEqual({ formula: `HYPERLINK("#'${SHEET}'!A${link}","第 ${link} 行")`, result: v });
          expect(cell.font?.underline).toBe(true);
        } else expect(cell.value ?? null, `${r + 1}:${c + 1}`).toEqual(v);
      }),
    );
    // Each line links to the customer's latest row, where its status and next-due date are.
    for (const [i, link] of plan.calls.links.entries()) {
      if (link === null) continue;
      const row = plan.rows.find((p) => p.row === link)!;
      expect(row.nextDue, `line ${i}`).not.toBeNull();
      expect(again.getWorksheet(SHEET)!.getCell(link, 1).value).toBe(plan.calls.rows[i][2]);
    }
    const state = readRecordCells([again.getWorksheet(RECORD_SHEET_NAME)!.getCell('A1').value]) as AnnotationRecord;
    expect(state.calls).toEqual({ name: CALLS_SHEET_NAME, hash: summaryHash(plan.calls.rows) });
  });

  it('clear keeps a 待回访 sheet the clerk wrote in, and removes a renamed one still as written', async () => {
    const wb = await open();
    applyPlan(wb, await planFor(wb));
    const edited = await reload(wb);
    edited.getWorksheet(CALLS_SHEET_NAME)!.getCell('I5').value = '已打，客户周六来店';
    expect(clearAnnotation(edited)).toMatchObject({ cleared: true, keptCalls: CALLS_SHEET_NAME });
    expect(edited.getWorksheet(CALLS_SHEET_NAME)).toBeDefined();

    const renamed = await reload(wb);
    renamed.getWorksheet(CALLS_SHEET_NAME)!.name = '今天的电话';
    const result = clearAnnotation(renamed);
    expect(result.keptCalls).toBeUndefined();
    expect(renamed.worksheets.map((w) => w.name)).toEqual(dumpWorkbook(await open()).sheets.map((s) => s.name));
  });

  it('clear on a never-annotated workbook changes nothing', async () => {
    const wb = await open();
    const before = dumpWorkbook(wb);
    expect(clearAnnotation(wb)).toMatchObject({ cleared: false });
    expect(dumpWorkbook(wb)).toEqual(before);
    expect(dumpWorkbook(await reload(wb))).toEqual(dumpWorkbook(await open()));
  });

  it('stores a status starting with = + - @ as text, never as a formula', async () => {
    const wb = await open();
    const plan = await planFor(wb);
    const texts = ['=SUM(A1:A2)', '+1', '-1', '@A1', '=cmd|\' /C calc\'!A0'];
    texts.forEach((t, i) => (plan.rows[i].status = t));
    applyPlan(wb, plan);
    const bytes = await bytesOf(wb);
    const ws = (await open(bytes)).getWorksheet(SHEET)!;
    texts.forEach((t, i) => {
      const cell = ws.getCell(plan.rows[i].row, plan.statusColumn);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
    });
    const xml = unzip(bytes).get('xl/worksheets/sheet1.xml')!.toString();
    for (const r of plan.rows.slice(0, texts.length)) expect(xml).not.toMatch(new RegExp(`<c r="M${r.row}"[^>]*>\\s*<f>`));
  });

  it('refuses, changing nothing, when a clerk cell sits in our columns (anywhere in them)', async () => {
    for (const [address, put] of [
      ['M40', (c: ExcelJS.Cell) => (c.value = '备用')],
      ['N5', (c: ExcelJS.Cell) => (c.value = 0)],
      ['M9', (c: ExcelJS.Cell) => (c.note = '别写这里')],
    ] as const) {
      const base = clerkWorkbook();
      put(base.getWorksheet(SHEET)!.getCell(address));
      const wb = await open(await bytesOf(base));
      const plan = await planFor(wb, SHEET);
      // The plan still targets M and N: our check, not the plan, protects the cell.
      const fixed = { ...plan, statusColumn: 13, nextDueColumn: 14 };
      const before = dumpWorkbook(wb);
      const e = await expectError(() => applyPlan(wb, fixed), 'annotation-target-not-empty');
      expect(e.params).toMatchObject({ sheet: SHEET, cell: address, file: '回访.xlsx' });
      expect(e.zh).toContain(address);
      expect(e.en).toContain(address);
      expect(dumpWorkbook(wb)).toEqual(before);
    }
  });

  it('refuses a merged range across our columns in the rows we write, and a summary sheet name the clerk uses', async () => {
    const base = clerkWorkbook();
    base.getWorksheet(SHEET)!.mergeCells('L20:M20');
    const wb = await open(await bytesOf(base));
    const plan = await planFor(wb);
    const e = await expectError(() => applyPlan(wb, { ...plan, statusColumn: 13, nextDueColumn: 14, lastDataRow: 20 }), 'annotation-target-not-empty');
    expect(e.params.cell).toBe('M20');

    const named = clerkWorkbook();
    named.addWorksheet('LEDGERLINT汇总');
    const wb2 = await open(await bytesOf(named));
    const plan2 = await planFor(wb2);
    await expectError(() => applyPlan(wb2, plan2), 'annotation-sheet-exists');
  });

  it("keeps the clerk's default font and cell alignment (style 0) and exact date serials", async () => {
    const sheetData =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45938.604166666664</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="2"><v>0.19375000000000001</v></c></row>';
    const bytes = rawXlsx({ sheets: [{ name: '台账', sheetData }], sharedStrings: ['客户编号', '回访时间', 'K1', 'K2'], cellXfs: [22, 20] });
    // rawXlsx writes Calibri as style 0; make it what Chinese Excel writes.
    const parts = unzip(bytes);
    const styles = parts
      .get('xl/styles.xml')!
      .toString()
      .replace('<font><sz val="11"/><name val="Calibri"/></font>', '<font><sz val="12"/><name val="宋体"/><charset val="134"/></font>')
      .replace('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>');
    expect(styles).toContain('宋体');
    expect(styles).toContain('<alignment vertical="center"/>');
    parts.set('xl/styles.xml', Buffer.from(styles));
    const wb = await open(rezip(parts));
    applyPlan(wb, handPlan('台账', 1, 3, 2, [{ row: 2, status: '逾期3天：回访', level: 'bad', nextDue: '2025-10-01', note: '说明' }]));
    const out = unzip(await bytesOf(wb));
    const outStyles = out.get('xl/styles.xml')!.toString();
    expect(outStyles).toMatch(/<fonts[^>]*><font>(?:(?!<\/font>).)*<name val="宋体"\/>/);
    expect(outStyles).toMatch(/<cellXfs[^>]*><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"[^>]*><alignment vertical="center"\/><\/xf>/);
    const sheet = out.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toMatch(/<c r="A2" t="s">/); // still on style 0, no style of its own
    const value = (address: string) => Number(new RegExp(`<c r="${address}"[^>]*><v>([^<]+)</v>`).exec(sheet)![1]);
    expect(value('B2')).toBe(45938.604166666664);
    expect(value('B3')).toBe(0.19375000000000001);
  });
});

describe('worksheetTable', () => {
  it('equals readLedger with the in-memory reader', async () => {
    const workbooks: [string, Uint8Array][] = [['回访.xlsx', clerkBytes]];
    const example = join(__dirname, '../../../examples/ledgers/002-1-car-dealer.xlsx');
    if (existsSync(example)) workbooks.push(['example.xlsx', readFileSync(example)]);
    workbooks.push([
      'zh-formats.xlsx',
      rawXlsx({
        sheets: [
          { name: '空', sheetData: '' },
          { name: '数据', sheetData: '<row r="2"><c r="B2" s="1"><v>45658</v></c><c r="C2" t="s"><v>0</v></c></row><row r="3"><c r="B3" s="2"><v>45659.5</v></c></row>' },
        ],
        cellXfs: [31, 58],
        sharedStrings: ['客户'],
      }),
    ]);
    const hidden = new ExcelJS.Workbook();
    hidden.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'x';
    hidden.addWorksheet('可见').getCell('C3').value = 1;
    workbooks.push(['hidden.xlsx', await bytesOf(hidden)]);

    for (const [name, bytes] of workbooks) {
      const read = await readLedgerBytes(bytes, name, { engine: 'memory' });
      const { workbook } = await openWorkbook(bytes, name);
      expect(worksheetTable(workbook), name).toEqual(read.table);
      for (const t of read.tables) if (t.rows.length) expect(worksheetTable(workbook, t.sheet), `${name} ${t.sheet}`).toEqual(t);
    }
    await expectError(Promise.resolve().then(async () => worksheetTable(await open(), '没有')), 'sheet-not-found');
  });

  it('workbookFromTable puts a CSV table where a plan made from it applies', async () => {
    const table: Table = { sheet: '回访:记录/2025', rows: [HEADERS.slice(0, 3), ['K1', '张三', '138']], firstRow: 1, firstColumn: 1 };
    const wb = workbookFromTable(table);
    expect(wb.worksheets[0].name).toBe('回访_记录_2025');
    expect(worksheetTable(wb)).toEqual({ ...table, sheet: '回访_记录_2025', formats: [[null, null, null], [null, null, null]], date1904: false });
  });
});

describe('clearAnnotation', () => {
  it('throws annotation-state-invalid on a damaged state, and finds a renamed sheet', async () => {
    const wb = await open();
    applyPlan(wb, await planFor(wb));
    const damaged = await reload(wb);
    damaged.getWorksheet(RECORD_SHEET_NAME)!.getCell('A1').value = '{"tool":"ledgerlint","version":2';
    await expectError(() => clearAnnotation(damaged), 'annotation-state-invalid');

    const renamed = await reload(wb);
    renamed.getWorksheet(SHEET)!.name = '回访记录（改名）';
    expect(clearAnnotation(renamed)).toEqual({ cleared: true, sheet: '回访记录（改名）', columns: { status: 13, nextDue: 14 }, sheets: ['回访记录（改名）'], kept: [], columnsMissing: false });
    const back = dumpWorkbook(await reload(renamed));
    const original = dumpWorkbook(await open());
    original.sheets[0].name = '回访记录（改名）';
    expect(back.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(back.sheets[0].cells).toEqual(original.sheets[0].cells);
  });
});

describe('openWorkbook', () => {
  it('gives the reader error codes, and annotate-needs-xlsx for a CSV', async () => {
    await expectError(openWorkbook(new Uint8Array(), 'a.xlsx'), 'empty-file');
    await expectError(openWorkbook(Buffer.from('客户编号,姓名\nK1,张三\n'), 'a.csv'), 'annotate-needs-xlsx');
    await expectError(openWorkbook(clerkBytes.subarray(0, clerkBytes.length - 100), 'a.xlsx'), 'corrupt-xlsx');
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    await expectError(openWorkbook(ole, 'a.xlsx'), 'encrypted-xlsx');
    const e = await expectError(openWorkbook(Buffer.from('%PDF-1.4'), 'a.xlsx'), 'not-a-spreadsheet');
    expect(e.params.file).toBe('a.xlsx');
  });
});

describe('exceljs writes back what it read (fidelity.ts)', () => {
  it('writes one data validation for rows 3-12, not two overlapping ones', async () => {
    const wb = await open();
    applyPlan(wb, await planFor(wb));
    const xml = unzip(await bytesOf(wb)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(xml.match(/<dataValidation [^>]*>/g)).toEqual([expect.stringContaining('sqref="I3:I12"')]);
    expect(validationRectangles({ D2: { a: 1 }, D3: { a: 1 }, E2: { a: 1 }, E3: { a: 1 }, D10: { a: 1 }, F9: { b: 2 } })).toEqual({ 'D2:E3': { a: 1 }, F9: { b: 2 }, D10: { a: 1 } });
  });

  it('escapes text as Excel does: control characters and literal _xHHHH_ survive', async () => {
    expect(escapeXstring('a\u0001_x0041_b')).toBe('a_x0001__x005F_x0041_b');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    const texts = ['_x0041_', '回访\u0001\u001f结果', '_x005f_', 'tab\tnew\nline'];
    texts.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
    ws.getCell('B1').note = '批注_x0042_\u0002';
    const again = await reload(wb);
    texts.forEach((t, i) => expect(again.getWorksheet('S')!.getCell(i + 1, 1).value).toBe(t));
    expect(again.getWorksheet('S')!.getCell('B1').note).toBe('批注_x0042_\u0002');
  });

  it('writes back conditional formats exceljs skips: duplicate values, begins/ends with, (does not) contain, stop if true', async () => {
    const rules =
      '<conditionalFormatting sqref="A1:A9"><cfRule type="duplicateValues" priority="1"/></conditionalFormatting>' +
      '<conditionalFormatting sqref="B1:B9"><cfRule type="uniqueValues" priority="2" stopIfTrue="1"/></conditionalFormatting>' +
      '<conditionalFormatting sqref="C1:C9"><cfRule type="beginsWith" priority="3" operator="beginsWith" text="逾期"><formula>LEFT(C1,LEN("逾期"))="逾期"</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="C1:C9"><cfRule type="endsWith" priority="4" operator="endsWith" text="天"><formula>RIGHT(C1,LEN("天"))="天"</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="D1:D9"><cfRule type="containsText" priority="5" operator="containsText" text="违规"><formula>NOT(ISERROR(SEARCH("违规",D1)))</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="D1:D9"><cfRule type="notContainsText" priority="6" operator="notContainsText" text="正常"><formula>ISERROR(SEARCH("正常",D1))</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="E1:E9"><cfRule type="expression" priority="7" stopIfTrue="1"><formula>E1&gt;3</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="E1:E9"><cfRule type="cellIs" priority="8" operator="between" stopIfTrue="1"><formula>1</formula><formula>2</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="F1:F9"><cfRule type="containsBlanks" priority="9"><formula>LEN(TRIM(F1))=0</formula></cfRule></conditionalFormatting>';
    const parts = unzip(rawXlsx({ sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    parts.set('xl/worksheets/sheet1.xml', Buffer.from(parts.get('xl/worksheets/sheet1.xml')!.toString().replace('</worksheet>', `${rules}</worksheet>`)));
    const bytes = rezip(parts);
    expect((await openWorkbook(bytes, 'cf.xlsx')).lossy).toEqual([]);
    const out = unzip(await bytesOf(await open(bytes))).get('xl/worksheets/sheet1.xml')!.toString();
    const cfRules = (xml: string) => (xml.match(/<cfRule\b[^>]*>/g) ?? []).map((t) => t.replace(/ dxfId="\d+"/, '').replace(/\/?>$/, ''));
    const attrs = (t: string) => Object.fromEntries([...t.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    // (exceljs adds a harmless operator="containsBlanks" to the kind it always wrote.)
    const lenient = (a: Record<string, string>) => (a.type === 'containsBlanks' ? { ...a, operator: undefined } : a);
    expect(cfRules(out).map(attrs).map(lenient)).toEqual(cfRules(rules).map(attrs).map(lenient));
    const formulas = (xml: string) => xml.match(/<formula>[^<]*<\/formula>/g)?.map((f) => f.replace(/&quot;/g, '"'));
    expect(formulas(out)).toEqual(formulas(rules));
    // And again: what we wrote reads back the same.
    const twice = unzip(await bytesOf(await open(new Uint8Array(await (await open(bytes)).xlsx.writeBuffer())))).get('xl/worksheets/sheet1.xml')!.toString();
    expect(cfRules(twice)).toEqual(cfRules(out));
  });

  it("keeps the sheet's default column width base, hidden-by-default rows and page numbering", async () => {
    const sheetData = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const parts = unzip(rawXlsx({ sheets: [{ name: 'S', sheetData }] }));
    const xml = parts
      .get('xl/worksheets/sheet1.xml')!
      .toString()
      .replace('<sheetData>', '<sheetFormatPr baseColWidth="10" defaultRowHeight="16" zeroHeight="1"/><sheetData>')
      .replace('</worksheet>', '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>');
    parts.set('xl/worksheets/sheet1.xml', Buffer.from(xml));
    const wb = await open(rezip(parts));
    const out = unzip(await bytesOf(wb)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(out).toMatch(/<sheetFormatPr baseColWidth="10" defaultRowHeight="16" zeroHeight="1"\/>/);
    expect(out).not.toMatch(/useFirstPageNumber/);
    expect(out).toMatch(/<pageSetup paperSize="9"/);
  });
});
