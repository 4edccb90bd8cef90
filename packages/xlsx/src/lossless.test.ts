/**
 * Property: on random clerk workbooks and random plans, annotating never changes the clerk's
 * content, annotating twice equals annotating once, and clearing gives back the original. And the
 * detection of parts exceljs would lose. FC_RUNS sets the number of runs (default 200).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnnotationPlan, type PlannedRow, type Table } from '@ledgerlint/policy';
import { CALLS_HEADER, CALLS_SHEET_NAME, CALLS_TITLE, INVALID_HIGHLIGHT_FORMULA, RECORD_SHEET_NAME, SUMMARY_SHEET_NAME } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { applyPlan } from './apply-plan';
import { clearAnnotation } from './clear-annotation';
import { openWorkbook, worksheetTable } from './open-workbook';
import { dumpWorkbook, rezip, tinyPng, unzip, withoutAnnotation, type WorkbookDump } from './testing-workbook';

const RUNS = Number(process.env.FC_RUNS) || 200;

/* ------------------------------------------------------------------------------------------------
 * Random clerk workbooks.
 */
type Value =
  | { kind: 'string'; v: string }
  | { kind: 'number'; v: number; fmt?: string }
  | { kind: 'date'; v: Date; fmt: string }
  | { kind: 'bool'; v: boolean }
  | { kind: 'formula'; formula: string; result: number | string | boolean }
  | { kind: 'rich'; runs: { text: string; bold: boolean }[] }
  | { kind: 'link'; text: string; url: string }
  | { kind: 'empty' };

interface Style {
  bold?: boolean;
  color?: string;
  fill?: string;
  border?: boolean;
  wrap?: boolean;
}

interface SheetSpec {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: [row: number, col: number, value: Value][];
}

interface ClerkSpec {
  sheets: SheetSpec[]; // the first one is checked
  titleRows: number;
  titleMergeExtra: number | null; // merge the title across the data plus this many columns
  firstColumn: number;
  headers: string[];
  data: { value: Value; style: Style | null }[][];
  dataMerge: { r: number; c: number; h: number; w: number } | null;
  widths: (number | null)[];
  hiddenColumns: boolean[];
  hiddenRows: number[];
  cf: { priority: number | null; formula: string } | null;
  dv: boolean;
  note: { r: number; c: number; text: string } | null;
  formattedBlank: { dr: number; col: 1 | 2 } | null; // an empty formatted cell where our columns go
}

const CJK = [...'客户回访记录表编号姓名电话日期时间结果备注二〇二五年逾期正常'];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...CJK, ...'abcXYZ 0123-_.,/'), minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('=SUM(A1:A3)', '+86 138 0000 0000', '-', '@客户', '😀👍🏽 好评', '  前后空格  ', '第一行\n第二行', 'A&B<C>"D"', '_x0041_', '_x005f_', '控制\u0001字符\u001f') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CJK, 'x', ' '), minLength: 300, maxLength: 600 }) },
);
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy-mm-dd hh:mm', 'yyyy"年"m"月"d"日"', 'm/d/yy', 'hh:mm'];
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: text.map((v) => ({ kind: 'string' as const, v })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.oneof(fc.integer({ min: -1e6, max: 1e12 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), fc.option(fc.constantFrom('0.00', '#,##0', '0%', '@', '0.000E+00'), { nil: undefined }))
      .map(([v, fmt]) => ({ kind: 'number' as const, v, fmt })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.constantFrom(...DATE_FORMATS))
      .map(([v, fmt]) => ({ kind: 'date' as const, v, fmt })),
  },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ kind: 'bool' as const, v })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('A1+1', 'LEN("回访")', 'IF(TRUE,"是","否")', 'SUM(1,2)', 'TODAY()'), fc.oneof(fc.integer({ min: -5, max: 100 }), text, fc.boolean()))
      .map(([formula, result]) => ({ kind: 'formula' as const, formula, result })),
  },
  { weight: 1, arbitrary: fc.array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })) },
  { weight: 1, arbitrary: text.map((t) => ({ kind: 'link' as const, text: t, url: 'https://example.com/客户?id=1&x=2' })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'empty' as const }) },
);
const style: fc.Arbitrary<Style | null> = fc.option(
  fc.record(
    {
      bold: fc.boolean(),
      color: fc.constantFrom('FFFF0000', 'FF0070C0'),
      fill: fc.constantFrom('FFFFFF00', 'FFDDEBF7'),
      border: fc.boolean(),
      wrap: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { freq: 3 },
);
const sheetName = fc
  .string({ unit: fc.constantFrom(...'客户回访记录表年月 ABCabc123_-()（）😀'), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.length <= 31 && !/^'|'$/.test(s));

const clerkSpec: fc.Arbitrary<ClerkSpec> = fc
  .record({
    names: fc.uniqueArray(sheetName, { minLength: 1, maxLength: 3, selector: (s) => s.toLowerCase() }),
    states: fc.array(fc.constantFrom('visible' as const, 'hidden' as const, 'veryHidden' as const), { minLength: 2, maxLength: 2 }),
    titleRows: fc.integer({ min: 0, max: 2 }),
    titleMergeExtra: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    firstColumn: fc.integer({ min: 1, max: 3 }),
    width: fc.integer({ min: 1, max: 6 }),
    height: fc.integer({ min: 0, max: 10 }),
    cells: fc.array(fc.record({ value, style }), { minLength: 60, maxLength: 60 }),
    headers: fc.array(text, { minLength: 6, maxLength: 6 }),
    dataMerge: fc.option(fc.record({ r: fc.nat(9), c: fc.nat(5), h: fc.integer({ min: 1, max: 2 }), w: fc.integer({ min: 1, max: 3 }) }), { nil: null }),
    widths: fc.array(fc.option(fc.oneof(fc.constant(9), fc.integer({ min: 200, max: 6000 }).map((n) => n / 100)), { nil: null }), { minLength: 12, maxLength: 12 }),
    hiddenColumns: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    hiddenRows: fc.uniqueArray(fc.integer({ min: 1, max: 16 }), { maxLength: 3 }),
    cf: fc.option(fc.record({ priority: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), formula: fc.constantFrom('LEN(A1)>3', 'ISBLANK(A1)', 'A1="逾期"') }), { nil: null }),
    dv: fc.boolean(),
    note: fc.option(fc.record({ r: fc.nat(11), c: fc.nat(5), text }), { nil: null }),
    formattedBlank: fc.option(fc.record({ dr: fc.nat(10), col: fc.constantFrom(1 as const, 2 as const) }), { nil: null }),
    others: fc.array(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), value), { maxLength: 5 }), { minLength: 2, maxLength: 2 }),
  })
  .map((g) => {
    const headers = g.headers.slice(0, g.width);
    const data = Array.from({ length: g.height }, (_, r) => g.cells.slice(r * 6, r * 6 + g.width));
    const sheets: SheetSpec[] = g.names.map((name, i) => ({
      name,
      state: i === 0 ? 'visible' : g.states[i - 1],
      cells: i === 0 ? [] : g.others[i - 1],
    }));
    return {
      sheets,
      titleRows: g.titleRows,
      titleMergeExtra: g.titleRows > 0 ? g.titleMergeExtra : null,
      firstColumn: g.firstColumn,
      headers,
      data,
      dataMerge: g.dataMerge && g.dataMerge.r + g.dataMerge.h <= g.height && g.dataMerge.c + g.dataMerge.w <= g.width ? g.dataMerge : null,
      widths: g.widths,
      hiddenColumns: g.hiddenColumns,
      hiddenRows: g.hiddenRows,
      cf: g.cf,
      dv: g.dv,
      note: g.note && g.note.r <= g.height && g.note.c < g.width ? g.note : null,
      formattedBlank: g.formattedBlank && g.formattedBlank.dr < g.height ? g.formattedBlank : null,
    };
  });

function setValue(cell: ExcelJS.Cell, v: Value): void {
  switch (v.kind) {
    case 'string':
    case 'bool':
      cell.value = v.v;
      break;
    case 'number':
      cell.value = v.v;
      if (v.fmt) cell.numFmt = v.fmt;
      break;
    case 'date':
      cell.value = v.v;
      cell.numFmt = v.fmt;
      break;
    case 'formula':
      cell.value = { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
      break;
    case 'rich':
      cell.value = { richText: v.runs.map((r) => ({ text: r.text, font: { bold: r.bold } })) };
      break;
    case 'link':
      cell.value = { text: v.text, hyperlink: v.url };
      break;
    case 'empty':
      break;
  }
}

function setStyle(cell: ExcelJS.Cell, s: Style | null): void {
  if (!s) return;
  if (s.bold !== undefined || s.color) cell.font = { bold: s.bold, color: s.color ? { argb: s.color } : undefined };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.border) cell.border = { top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FF00B050' } } };
  if (s.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** Geometry of the checked sheet. */
function geometry(spec: ClerkSpec) {
  const headerRow = spec.titleRows + 1;
  const lastColumn = spec.firstColumn + spec.headers.length - 1;
  return { headerRow, lastColumn, firstDataRow: headerRow + 1, lastRow: headerRow + spec.data.length };
}

function buildWorkbook(spec: ClerkSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const { headerRow, lastColumn } = geometry(spec);
  const [main, ...others] = spec.sheets;
  const ws = wb.addWorksheet(main.name);
  for (let t = 1; t <= spec.titleRows; t++) ws.getCell(t, spec.firstColumn).value = `标题${t} ${main.name}`;
  if (spec.titleMergeExtra !== null) ws.mergeCells(1, spec.firstColumn, 1, lastColumn + spec.titleMergeExtra);
  spec.headers.forEach((h, i) => {
    ws.getCell(headerRow, spec.firstColumn + i).value = h;
    ws.getCell(headerRow, spec.firstColumn + i).font = { bold: true };
  });
  spec.data.forEach((row, r) =>
    row.forEach(({ value: v, style: s }, c) => {
      const cell = ws.getCell(headerRow + 1 + r, spec.firstColumn + c);
      setValue(cell, v);
      setStyle(cell, s);
    }),
  );
  if (spec.dataMerge) {
    const m = spec.dataMerge;
    ws.mergeCells(headerRow + 1 + m.r, spec.firstColumn + m.c, headerRow + m.r + m.h, spec.firstColumn + m.c + m.w - 1);
  }
  spec.widths.forEach((w, i) => {
    if (w !== null) ws.getColumn(i + 1).width = w;
  });
  spec.hiddenColumns.forEach((h, i) => {
    // Never hide every column of the data: Excel would not either.
    if (h && i + 1 !== spec.firstColumn) ws.getColumn(i + 1).hidden = true;
  });
  for (const r of spec.hiddenRows) ws.getRow(r).hidden = true;
  const lastRow = headerRow + spec.data.length;
  if (spec.cf) {
    const ref = `${columnLetter(spec.firstColumn)}${headerRow + 1}:${columnLetter(lastColumn)}${Math.max(lastRow, headerRow + 1)}`;
    const formula = spec.cf.formula.replace(/A1/g, `${columnLetter(spec.firstColumn)}${headerRow + 1}`);
    const rule = { type: 'expression' as const, formulae: [formula], style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFFFF00' } } } };
    ws.addConditionalFormatting({ ref, rules: [spec.cf.priority === null ? (rule as ExcelJS.ConditionalFormattingRule) : { ...rule, priority: spec.cf.priority }] });
  }
  if (spec.dv) for (let r = headerRow + 1; r <= lastRow; r++) ws.getCell(r, spec.firstColumn).dataValidation = { type: 'list', allowBlank: true, formulae: ['"电话,上门"'] };
  if (spec.note) ws.getCell(headerRow + spec.note.r, spec.firstColumn + spec.note.c).note = spec.note.text;
  if (spec.formattedBlank) {
    const cell = ws.getCell(headerRow + 1 + spec.formattedBlank.dr, lastColumn + spec.formattedBlank.col);
    cell.border = { left: { style: 'dotted' } };
  }
  for (const s of others) {
    const other = wb.addWorksheet(s.name, { state: s.state });
    for (const [r, c, v] of s.cells) setValue(other.getCell(r, c), v);
  }
  return wb;
}

/* ------------------------------------------------------------------------------------------------
 * Random plans shaped like planAnnotation's.
 */
interface PlanParts {
  rows: { include: boolean; status: string; level: PlannedRow['level']; nextDue: Date | null; note: string | null }[];
  invalid: number[];
  summary: (string | number | null)[][];
  widths: number[];
  /** Lines of the 待回访 sheet: its cells, and the data row (by offset) its link goes to. */
  calls: { cells: (string | null)[]; link: number | null }[];
}

const planParts: fc.Arbitrary<PlanParts> = fc.record({
  rows: fc.array(
    fc.record({
      include: fc.boolean(),
      status: fc.oneof(fc.constantFrom('正常', '即将到期：每周回访', '逾期3天：24小时回访', '违规：回访时间', '数据无效：回访日期', '=1+1', '+1', '@x'), text),
      level: fc.constantFrom('ok' as const, 'bad' as const, 'due-soon' as const, 'invalid' as const, 'quiet' as const),
      nextDue: fc.option(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true }), { nil: null }),
      note: fc.option(fc.oneof(text, fc.constant('【002-1-3-ALL-24h】说明\n依据：第3条「…」')), { nil: null }),
    }),
    { minLength: 10, maxLength: 10 },
  ),
  invalid: fc.uniqueArray(fc.nat(59), { maxLength: 4 }),
  summary: fc.array(fc.array(fc.oneof(text, fc.integer({ min: 0, max: 99 }), fc.constant(null)), { maxLength: 4 }), { maxLength: 8 }),
  widths: fc.array(fc.integer({ min: 5, max: 60 }), { maxLength: 8 }),
  calls: fc.array(fc.record({ cells: fc.array(fc.option(text, { nil: null }), { minLength: 8, maxLength: 8 }), link: fc.option(fc.nat(59), { nil: null }) }), { maxLength: 5 }),
});

function makePlan(spec: ClerkSpec, table: Table, parts: PlanParts): AnnotationPlan {
  const { headerRow, lastColumn, firstDataRow } = geometry(spec);
  // As planAnnotation: the used range's last row (notes and formats do not count).
  const lastRow = (table.firstRow ?? 1) + table.rows.length - 1;
  const lastDataRow = Math.max(firstDataRow, lastRow);
  const s = columnLetter(lastColumn + 1);
  const d = columnLetter(lastColumn + 2);
  const rows: PlannedRow[] = [];
  for (let r = firstDataRow; r <= lastRow; r++) {
    const p = parts.rows[(r - firstDataRow) % parts.rows.length];
    if (!p.include) continue;
    rows.push({ row: r, status: p.status, level: p.level, nextDue: p.nextDue ? p.nextDue.toISOString().slice(0, 10) : null, note: p.note });
  }
  const full = `${columnLetter(spec.firstColumn)}${firstDataRow}:${d}${lastDataRow}`;
  const highlights: AnnotationPlan['highlights'] = [
    { ref: full, formula: `OR(AND(ISNUMBER($${d}${firstDataRow}),$${d}${firstDataRow}<TODAY()),LEFT($${s}${firstDataRow},2)="逾期",LEFT($${s}${firstDataRow},2)="违规")`, style: 'bad' },
    { ref: full, formula: `AND(ISNUMBER($${d}${firstDataRow}),$${d}${firstDataRow}>=TODAY(),$${d}${firstDataRow}-TODAY()<=3)`, style: 'due-soon' },
  ];
  const invalid = parts.invalid.map((k) => `${columnLetter(spec.firstColumn + (k % spec.headers.length))}${firstDataRow + (Math.floor(k / 6) % Math.max(1, spec.data.length))}`);
  if (invalid.length) highlights.push({ ref: [...new Set(invalid)].join(' '), formula: INVALID_HIGHLIGHT_FORMULA, style: 'invalid' });
  // A line's link cell holds its label, as planAnnotation writes it.
  const callLinks = parts.calls.map((l) => (l.link === null ? null : firstDataRow + (l.link % Math.max(1, lastDataRow - firstDataRow + 1))));
  return {
    version: 1,
    sheet: spec.sheets[0].name,
    profile: '002-1',
    asOf: '2025-10-20T23:59',
    headerRow,
    firstDataRow,
    lastDataRow,
    firstColumn: spec.firstColumn,
    statusColumn: lastColumn + 1,
    nextDueColumn: lastColumn + 2,
    headers: { status: '回访状态（ledgerlint）', nextDue: '下次应办日期（ledgerlint）' },
    rows,
    highlights,
    summary: { name: SUMMARY_SHEET_NAME, rows: [['ledgerlint 检查汇总 / check summary'], ...parts.summary], widths: parts.widths },
    calls: {
      name: CALLS_SHEET_NAME,
      rows: [[CALLS_TITLE], ['截至'], [], [...CALLS_HEADER], ...parts.calls.map((l, i) => l.cells.map((c, j) => (j === CALLS_HEADER.length - 1 && callLinks[i] !== null ? `第 ${callLinks[i]} 行` : c)))],
      links: [null, null, null, null, ...callLinks],
      widths: [12, 10],
      linkColumn: CALLS_HEADER.length,
      target: { sheet: spec.sheets[0].name, column: spec.firstColumn },
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * Comparing.
 */
/** The clerk's values read back exactly as they were put in (text, numbers, dates to the millisecond). */
function expectSpecValues(wb: ExcelJS.Workbook, spec: ClerkSpec): void {
  const ws = wb.getWorksheet(spec.sheets[0].name)!;
  const { headerRow } = geometry(spec);
  const m = spec.dataMerge;
  spec.data.forEach((row, r) =>
    row.forEach(({ value: v }, c) => {
      if (m && r >= m.r && r < m.r + m.h && c >= m.c && c < m.c + m.w && !(r === m.r && c === m.c)) return;
      const cell = ws.findCell(headerRow + 1 + r, spec.firstColumn + c); // never creates a cell
      if (!cell) return expect(v.kind).toBe('empty');
      // (-0 is stored as 0, as by Excel.)
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool') expect(cell.value).toBe(v.v === 0 ? 0 : v.v);
      if (v.kind === 'date') expect((cell.value as Date).getTime()).toBe(v.v.getTime());
      if (v.kind === 'rich') expect((cell.value as ExcelJS.CellRichTextValue).richText.map((t) => t.text)).toEqual(v.runs.map((t) => t.text));
    }),
  );
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(bytes, 'random.xlsx')).workbook;
}
const write = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
/** The parts of a written workbook as text, without the modification time in docProps/core.xml. */
const partsOf = (bytes: Uint8Array) =>
  Object.fromEntries([...unzip(bytes)].map(([name, data]) => [name, name === 'docProps/core.xml' ? data.toString().replace(/<dcterms:modified[^]*?<\/dcterms:modified>/, '') : data.toString('base64')]));

describe('annotating random clerk workbooks', () => {
  it(`keeps all clerk content; annotate twice = once; clear after annotate = original (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(clerkSpec, planParts, async (spec, parts) => {
        const clerkBytes = await write(buildWorkbook(spec));
        // Dumps only read models, so one opened workbook serves for a dump and then for the next step.
        const wbA = await open(clerkBytes);
        expectSpecValues(wbA, spec);
        const original = dumpWorkbook(wbA);

        const plan = makePlan(spec, worksheetTable(wbA, spec.sheets[0].name), parts);
        applyPlan(wbA, plan);
        const annotatedBytes = await write(wbA);
        const wbB = await open(annotatedBytes);
        const annotated = dumpWorkbook(wbB);
        expect(withoutAnnotation(annotated, plan)).toEqual(withoutAnnotation(original, plan));
        const sheet = annotated.sheets[0];
        for (const row of plan.rows) expect(sheet.cells[`${columnLetter(plan.statusColumn)}${row.row}`]).toMatchObject({ value: row.status });
        expect(annotated.sheets.map((s) => s.name)).toEqual([...spec.sheets.map((s) => s.name), plan.summary.name, plan.calls.name, RECORD_SHEET_NAME]);

        // Annotating again (the command line clears first) equals annotating once, part for part
        // (all but the document's modification time).
        clearAnnotation(wbB);
        applyPlan(wbB, plan);
        expect(partsOf(await write(wbB))).toEqual(partsOf(annotatedBytes));

        // Clearing gives back the original.
        const wbC = await open(annotatedBytes);
        expect(clearAnnotation(wbC)).toMatchObject({ cleared: true, kept: [], sheet: spec.sheets[0].name });
        expect(dumpWorkbook(await open(await write(wbC)))).toEqual(original);
      }),
      { numRuns: RUNS, endOnFailure: process.env.FC_SHRINK !== '1' },
    );
  }, Math.max(120_000, RUNS * 500));
});

/* ------------------------------------------------------------------------------------------------
 * What exceljs would lose.
 */
const CT_OVERRIDE = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;

/** An exceljs-written workbook with a picture and notes (all of which exceljs keeps). */
async function pictureAndNotes(): Promise<Map<string, Buffer | string>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getCell('A1').value = '客户编号';
  ws.getCell('A1').note = '批注';
  ws.getCell('B2').note = { texts: [{ text: '富文本', font: { bold: true } }, { text: '批注' }] } as ExcelJS.Comment;
  ws.addImage(wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' }), 'C3:D5');
  ws.getCell('E1').dataValidation = { type: 'list', formulae: ['"是,否"'] };
  ws.mergeCells('F1:G1');
  return unzip(await write(wb)) as Map<string, Buffer | string>;
}

function withParts(parts: Map<string, Buffer | string>, add: [string, string][], types: string[] = []): Buffer {
  const copy = new Map(parts);
  for (const [name, data] of add) copy.set(name, data);
  const ct = copy.get('[Content_Types].xml')!.toString();
  copy.set('[Content_Types].xml', ct.replace('</Types>', `${types.join('')}</Types>`));
  return rezip(copy);
}

function editSheet(parts: Map<string, Buffer | string>, edit: (xml: string) => string): Buffer {
  const copy = new Map(parts);
  copy.set('xl/worksheets/sheet1.xml', edit(copy.get('xl/worksheets/sheet1.xml')!.toString()));
  return rezip(copy);
}

async function lossyCodes(bytes: Uint8Array): Promise<string[]> {
  return (await openWorkbook(bytes, 'x.xlsx')).lossy.map((l) => l.code);
}

describe('openWorkbook: lossy', () => {
  it('is empty for a workbook with only pictures, notes, a validation and merges (exceljs keeps them)', async () => {
    const parts = await pictureAndNotes();
    const bytes = rezip(parts);
    expect(await lossyCodes(bytes)).toEqual([]);
    const { workbook } = await openWorkbook(bytes, 'x.xlsx');
    const again = await open(await write(workbook));
    expect(dumpWorkbook(again)).toEqual(dumpWorkbook(workbook));
    expect(again.getWorksheet('台账')!.getImages()).toHaveLength(1);
  });

  it('reports charts, pivot tables, VBA and external links, each with its code and parts', async () => {
    const parts = await pictureAndNotes();
    const cases: [string, [string, string][], string[]][] = [
      ['charts', [['xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>']], [CT_OVERRIDE('xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')]],
      [
        'pivot-tables',
        [
          ['xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>'],
          ['xl/pivotCache/pivotCacheDefinition1.xml', '<pivotCacheDefinition/>'],
        ],
        [CT_OVERRIDE('xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml')],
      ],
      ['vba', [['xl/vbaProject.bin', 'VBA']], ['<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>']],
      ['external-links', [['xl/externalLinks/externalLink1.xml', '<externalLink/>']], [CT_OVERRIDE('xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml')]],
      [
        'threaded-comments',
        [
          ['xl/threadedComments/threadedComment1.xml', '<ThreadedComments/>'],
          ['xl/persons/person.xml', '<personList/>'],
        ],
        [],
      ],
      ['slicers', [['xl/slicers/slicer1.xml', '<slicers/>']], []],
      ['form-controls', [['xl/ctrlProps/ctrlProp1.xml', '<formControlPr/>']], []],
      ['embedded-objects', [['xl/embeddings/oleObject1.bin', 'OLE']], []],
      ['data-connections', [['xl/connections.xml', '<connections/>']], []],
      ['custom-xml', [['customXml/item1.xml', '<x/>']], []],
      ['cell-images', [['xl/cellimages.xml', '<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>']], []],
    ];
    for (const [code, add, types] of cases) {
      const { lossy } = await openWorkbook(withParts(parts, add, types), 'x.xlsx');
      expect(lossy.map((l) => l.code), code).toEqual([code]);
      expect(lossy[0].parts).toEqual(add.map(([name]) => name).sort());
      expect(lossy[0].zh.length).toBeGreaterThan(0);
      expect(lossy[0].en.length).toBeGreaterThan(0);
    }
    // A chart known by its content type alone, under an unusual name.
    const odd = withParts(parts, [['xl/graphs/g1.xml', '<c:chartSpace/>']], [CT_OVERRIDE('xl/graphs/g1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')]);
    expect(await lossyCodes(odd)).toEqual(['charts']);
  });

  it('reports shapes in a drawing beside the pictures, and a macro-enabled workbook', async () => {
    const parts = await pictureAndNotes();
    const drawing = parts.get('xl/drawings/drawing1.xml')!.toString();
    const shape =
      '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>说明</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>';
    const copy = new Map(parts);
    copy.set('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${shape}</xdr:wsDr>`));
    expect(await lossyCodes(rezip(copy))).toEqual(['shapes']);
    const macro = new Map(parts);
    macro.set('[Content_Types].xml', parts.get('[Content_Types].xml')!.toString().replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    expect(await lossyCodes(rezip(macro))).toEqual(['vba']);
  });

  it('reports what exceljs drops inside worksheets and the workbook part', async () => {
    const parts = await pictureAndNotes();
    const tail = (xml: string, add: string) => xml.replace('</worksheet>', `${add}</worksheet>`);
    const sheetCases: [string, (xml: string) => string][] = [
      ['sparklines', (x) => tail(x, '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups/></ext></extLst>')],
      ['conditional-formats', (x) => x.replace('<dataValidations', '<conditionalFormatting sqref="A1:A5"><cfRule type="top10" priority="1" rank="3" stopIfTrue="1"/></conditionalFormatting><dataValidations')],
      ['conditional-formats', (x) => x.replace('<dataValidations', '<conditionalFormatting sqref="A1:A5"><cfRule type="aboveAverage" priority="1" stdDev="1"/></conditionalFormatting><dataValidations')],
      ['data-validations', (x) => x.replace(/sqref="E1"/, 'sqref="E:E"')],
      ['data-validations', (x) => x.replace('</dataValidations>', '<dataValidation type="whole" operator="greaterThan" sqref="H1"><formula1>$A$1</formula1></dataValidation></dataValidations>')],
      ['filters', (x) => x.replace('<mergeCells', '<autoFilter ref="A1:B5"><filterColumn colId="0"><filters><filter val="是"/></filters></filterColumn></autoFilter><mergeCells')],
      ['sheet-protection', (x) => x.replace('<mergeCells', '<sheetProtection sheet="1" password="CC1A"/><mergeCells')],
      ['page-breaks', (x) => tail(x, '<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>')],
      ['hyperlinks', (x) => x.replace('<pageMargins', '<hyperlinks><hyperlink ref="A1" location="\'台账\'!A5" display="跳"/></hyperlinks><pageMargins')],
      ['data-tables', (x) => x.replace(/<c r="A1"([^>]*)>/, '<c r="A9"><f t="dataTable" ref="A9:A9" dt2D="0" dtr="0" r1="A1"/><v>1</v></c><c r="A1"$1>')],
    ];
    for (const [code, edit] of sheetCases) {
      const { lossy } = await openWorkbook(editSheet(parts, edit), 'x.xlsx').catch((e) => {
        throw new Error(`${code}: ${String(e)}`);
      });
      expect(lossy.map((l) => l.code), code).toEqual([code]);
      expect(lossy[0]).toMatchObject({ parts: ['xl/worksheets/sheet1.xml'], sheets: ['台账'] });
    }
    // Kinds exceljs would drop but fidelity.ts writes back: not listed.
    const kept = editSheet(parts, (x) =>
      x.replace('<dataValidations', '<conditionalFormatting sqref="A1:A5"><cfRule type="duplicateValues" priority="1"/><cfRule type="expression" priority="2" stopIfTrue="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting><dataValidations'),
    );
    expect(await lossyCodes(kept)).toEqual([]);
    expect(await lossyCodes(withParts(parts, [['xl/persons/person.xml', '<personList/>']]))).toEqual([]);
    const book = (edit: (xml: string) => string) => {
      const copy = new Map(parts);
      copy.set('xl/workbook.xml', edit(copy.get('xl/workbook.xml')!.toString()));
      return rezip(copy);
    };
    expect(await lossyCodes(book((x) => x.replace('</sheets>', '</sheets><definedNames><definedName name="税率">0.06</definedName></definedNames>')))).toEqual(['defined-names']);
    expect(await lossyCodes(book((x) => x.replace('</sheets>', "</sheets><definedNames><definedName name=\"客户\">'台账'!$A$1:$A$9</definedName></definedNames>")))).toEqual([]);
    expect(await lossyCodes(book((x) => x.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>')))).toEqual(['workbook-protection']);
    expect(await lossyCodes(book((x) => x.replace('<sheets>', '<workbookProtection workbookPassword="CC3D"/><sheets>')))).toEqual(['workbook-protection']);
    // LibreOffice writes an empty one into every workbook: no lock, no password, nothing to lose.
    expect(await lossyCodes(book((x) => x.replace('<sheets>', '<workbookProtection/><sheets>')))).toEqual([]);
    expect(await lossyCodes(book((x) => x.replace('<sheets>', '<workbookProtection lockStructure="false" lockWindows="0"/><sheets>')))).toEqual([]);
    // WPS's own custom properties are not the clerk's; any other is.
    const wps = '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="KSOProductBuildVer"/><property name="ICV"/></Properties>';
    expect(await lossyCodes(withParts(parts, [['docProps/custom.xml', wps]]))).toEqual([]);
    expect(await lossyCodes(withParts(parts, [['docProps/custom.xml', wps.replace('ICV', 'MSIP_Label_1_Enabled')]]))).toEqual(['custom-properties']);
  });
});
