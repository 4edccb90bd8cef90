/**
 * The record of what an annotation added to a workbook: one schema for both writers (the command
 * line's exceljs writer and the add-in's Office.js writer), so a ledger annotated by either can be
 * cleared or re-annotated by either. It is kept as JSON in column A of a very hidden sheet
 * (`ledgerlint_state`), which every spreadsheet program keeps and both writers can read.
 *
 * Clerks keep working between two checks: they insert and delete columns and rows, sort, filter,
 * move our columns, type into them, copy the sheet, rename it. So our cells are found again by
 * what they are, never by a remembered position alone:
 * - our two columns by their header cells, which hold exactly the recorded header texts (each ends
 *   with HEADER_MARKER, a text no clerk writes);
 * - within them, a cell is ours when its value is one we wrote (`written`: hashes of the distinct
 *   status texts, the distinct next-due dates); anything else there was typed by the clerk and stays;
 * - our conditional formats by the shape of their formula (Excel rewrites the cell references when
 *   columns or rows move, never the rest), each holding our status words or our marker;
 * - the summary sheet and the 待回访 sheet (the call list) by their names or their title cells,
 *   and only while their content is what we wrote.
 */
import { z } from 'zod';
import { CELL_TEXT_LIMIT } from '../table';
import { fitCellText } from './cell';

/**
 * Name of the very hidden sheet that holds the record.
 * @example workbook.getWorksheet(RECORD_SHEET_NAME)?.state // 'veryHidden'
 */
export const RECORD_SHEET_NAME = 'ledgerlint_state';

/**
 * Version of the record's JSON shape. Version 1 (the command line's state sheet and the add-in's
 * `workbook.settings` entry, two shapes) is still read: see `upgradeRecord`.
 * @example parseRecord(json).version === RECORD_VERSION
 */
export const RECORD_VERSION = 2;

/**
 * What every header we write ends with, so our columns are known by their header cell.
 * @example STATUS_HEADER.endsWith(HEADER_MARKER) // true
 */
export const HEADER_MARKER = '（ledgerlint）';

/** Characters of the record's JSON per cell of the record sheet (a cell holds 32,767). */
export const RECORD_CHUNK = 30_000;

const column = /* @__PURE__ */ (() => z.number().int().min(1).max(16384))();
const row = /* @__PURE__ */ (() => z.number().int().min(1).max(1048576))();
const shortText = /* @__PURE__ */ (() => z.string().max(255))();
const width = /* @__PURE__ */ (() => z.number().min(0).max(5000).nullable())();
const isoDate = /* @__PURE__ */ (() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/))();

const recordSchema = /* @__PURE__ */ (() => z
  .object({
    tool: z.literal('ledgerlint'),
    version: z.literal(RECORD_VERSION),
    /** Which program wrote it: widths are in its unit, `previousStyles` only from the command line. */
    writer: z.enum(['cli', 'addin']),
    /** The annotated sheet's name when it was annotated (the clerk may have renamed it since). */
    sheet: z.string().min(1).max(31),
    /** The add-in's sheet id, when the add-in wrote it. */
    sheetId: z.string().max(128).optional(),
    headerRow: row,
    statusColumn: column,
    nextDueColumn: column,
    lastDataRow: row,
    headers: z.object({ status: shortText, nextDue: shortText }).strict(),
    /**
     * What we wrote below the headers: hashes (`textHash`) of the distinct status texts and the
     * distinct next-due dates. Null in a version-1 record: then a cell is ours when it reads like
     * our status words (`looksLikeStatus`) or is a date in our next-due column.
     */
    written: z.object({ status: z.array(z.string().max(16)).max(1_000_000), nextDue: z.array(isoDate).max(1_000_000) }).strict().nullable(),
    /** Our conditional formats: the range and formula each had when written. */
    highlights: z.array(z.object({ ref: z.string().max(100_000), formula: z.string().max(2_000) }).strict()).max(100_000),
    /** The summary sheet: its name and the hash of its content as written (null: not known). */
    summary: z.object({ name: z.string().min(1).max(31), hash: z.string().max(16).nullable() }).strict(),
    /** The 待回访 sheet (the call list), as the summary sheet; absent in a record from before it existed. */
    calls: z.object({ name: z.string().min(1).max(31), hash: z.string().max(16) }).strict().optional(),
    /** Widths our two columns had before, in the writer's unit (exceljs: characters; Office.js: points). */
    previousWidths: z.object({ unit: z.enum(['characters', 'points']), status: width, nextDue: width }).strict(),
    previousHidden: z.object({ status: z.boolean(), nextDue: z.boolean() }).strict().optional(),
    /** The command line's: formats of the clerk's empty cells in our columns, restored on clear. */
    previousStyles: z
      .object({ styles: z.array(z.record(z.string(), z.unknown())).max(10_000), runs: z.array(z.tuple([column, row, row, z.number().int().min(0)])).max(1_000_000) })
      .strict()
      .optional(),
    notes: z.boolean(),
    profile: shortText,
    asOf: shortText,
  })
  .strict()
  .refine((r) => r.lastDataRow >= r.headerRow && r.statusColumn !== r.nextDueColumn, { message: 'rows or columns inconsistent' })
  .refine((r) => !r.previousStyles || r.previousStyles.runs.every(([, from, to, i]) => to >= from && i < r.previousStyles!.styles.length), { message: 'previousStyles malformed' }))();

/** What an annotation added, as both writers record it. */
export type AnnotationRecord = z.infer<typeof recordSchema>;

/**
 * A short hash of a text (FNV-1a, 32 bits, base 36): enough to tell our status texts from a
 * clerk's, small enough to keep one per distinct text.
 * @example textHash('正常') // 'tt5vxa'
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A summary cell as both writers read it back: text cut to a cell, numbers as numbers. */
function summaryCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return fitCellText(String(v));
}

/**
 * Hash of a summary sheet's content (the plan's rows, or the values read back from the sheet),
 * blank cells and rows at the ends ignored: a clerk's edit changes it, a round trip does not.
 * @example summaryHash(plan.summary.rows) === summaryHash(valuesReadBack) // when untouched
 */
export function summaryHash(rows: readonly (readonly unknown[] | null | undefined)[]): string {
  const lines = rows.map((r) => {
    const cells = (r ?? []).map(summaryCellText);
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells.join('\t');
  });
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return textHash(lines.join('\n'));
}

/** What the record needs of an AnnotationPlan (declared here so this file sits below plan.ts). */
export interface RecordedPlan {
  sheet: string;
  headerRow: number;
  statusColumn: number;
  nextDueColumn: number;
  lastDataRow: number;
  headers: { status: string; nextDue: string };
  rows: readonly { row: number; status: string; nextDue: string | null }[];
  highlights: readonly { ref: string; formula: string }[];
  summary: { name: string; rows: readonly (readonly unknown[] | null | undefined)[] };
  calls?: { name: string; rows: readonly (readonly unknown[] | null | undefined)[] };
  profile: string;
  asOf: string;
}

/** What a writer knows beyond the plan when it records an annotation. */
export interface RecordExtras {
  writer: AnnotationRecord['writer'];
  sheetId?: string;
  /** The status texts exactly as written (default: the plan's). */
  statusTexts?: Iterable<string>;
  /** The conditional formats as written (default: the plan's). */
  highlights?: AnnotationRecord['highlights'];
  previousWidths: AnnotationRecord['previousWidths'];
  previousHidden?: AnnotationRecord['previousHidden'];
  previousStyles?: AnnotationRecord['previousStyles'];
  notes: boolean;
}

/**
 * The record of a plan as a writer applied it.
 * @example const record = recordOfPlan(plan, { writer: 'cli', previousWidths: { unit: 'characters', status: null, nextDue: null }, notes: true });
 */
export function recordOfPlan(plan: RecordedPlan, extras: RecordExtras): AnnotationRecord {
  const status = new Set<string>();
  for (const text of extras.statusTexts ?? plan.rows.map((r) => r.status)) status.add(textHash(fitCellText(text)));
  const nextDue = new Set<string>();
  let lastRow = Math.max(plan.lastDataRow, plan.headerRow);
  for (const r of plan.rows) {
    if (r.nextDue) nextDue.add(r.nextDue);
    if (r.row > lastRow) lastRow = r.row;
  }
  const record: AnnotationRecord = {
    tool: 'ledgerlint',
    version: RECORD_VERSION,
    writer: extras.writer,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    statusColumn: plan.statusColumn,
    nextDueColumn: plan.nextDueColumn,
    lastDataRow: lastRow,
    headers: { ...plan.headers },
    written: { status: [...status], nextDue: [...nextDue] },
    highlights: extras.highlights ?? plan.highlights.map((h) => ({ ref: h.ref, formula: h.formula })),
    summary: { name: plan.summary.name, hash: summaryHash(plan.summary.rows) },
    ...(plan.calls && { calls: { name: plan.calls.name, hash: summaryHash(plan.calls.rows) } }),
    previousWidths: extras.previousWidths,
    notes: extras.notes,
    profile: plan.profile,
    asOf: plan.asOf,
  };
  if (extras.sheetId !== undefined) record.sheetId = extras.sheetId;
  if (extras.previousHidden) record.previousHidden = extras.previousHidden;
  if (extras.previousStyles && extras.previousStyles.runs.length) record.previousStyles = extras.previousStyles;
  return record;
}

/**
 * The record as the cells of column A of the record sheet: its JSON cut into pieces of
 * RECORD_CHUNK characters (A1, A2, ...).
 * @example recordCells(record) // ['{"tool":"ledgerlint","version":2,…']
 */
export function recordCells(record: AnnotationRecord): string[] {
  const json = JSON.stringify(record);
  const cells: string[] = [];
  for (let i = 0; i < json.length; i += RECORD_CHUNK) cells.push(json.slice(i, i + RECORD_CHUNK));
  return cells;
}

/** Why a stored record cannot be used: the reason, for the `annotation-state-invalid` message. */
export interface RecordProblem {
  invalid: string;
}

/**
 * Read a record from the cells of column A of the record sheet (the pieces are joined in order up
 * to the first blank cell; numbers or other values there mean it is not ours). Accepts version 1
 * of both writers (see `upgradeRecord`).
 * @example const record = readRecordCells(['{"tool":"ledgerlint",…}']); if ('invalid' in record) …
 */
export function readRecordCells(cells: readonly unknown[]): AnnotationRecord | RecordProblem {
  let json = '';
  for (const c of cells) {
    if (c === null || c === undefined || c === '') break;
    if (typeof c !== 'string') return { invalid: 'not text' };
    if (c.length > CELL_TEXT_LIMIT) return { invalid: 'too long' };
    json += c;
  }
  if (json.length > 50_000_000) return { invalid: 'too long' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { invalid: 'not JSON' };
  }
  return upgradeRecord(data);
}

/**
 * A stored record of any version as the current one, or why it is not a record of ours.
 * Version 1 came in two shapes: the command line's state sheet (`summarySheet`, widths in
 * characters, `previousStyles`) and the add-in's settings entry (`sheetId`, `sheetName`, widths in
 * points); neither knew what it had written (`written: null`).
 * @example upgradeRecord({ tool: 'ledgerlint', version: 1, sheet: '回访', … }).version // 2
 */
export function upgradeRecord(data: unknown): AnnotationRecord | RecordProblem {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { invalid: 'not an object' };
  const o = data as Record<string, unknown>;
  let candidate: unknown = o;
  if (o.version === 1) {
    const fromAddin = typeof o.sheetName === 'string';
    const widths = (o.previousWidths ?? {}) as Record<string, unknown>;
    candidate = {
      tool: o.tool,
      version: RECORD_VERSION,
      writer: fromAddin ? 'addin' : 'cli',
      sheet: fromAddin ? o.sheetName : o.sheet,
      ...(fromAddin && typeof o.sheetId === 'string' ? { sheetId: o.sheetId } : {}),
      headerRow: o.headerRow,
      statusColumn: o.statusColumn,
      nextDueColumn: o.nextDueColumn,
      lastDataRow: o.lastDataRow,
      headers: o.headers ?? { status: '回访状态（ledgerlint）', nextDue: '下次应办日期（ledgerlint）' },
      written: null,
      highlights: o.highlights,
      summary: { name: o.summarySheet, hash: null },
      previousWidths: { unit: fromAddin ? 'points' : 'characters', status: widths.status ?? null, nextDue: widths.nextDue ?? null },
      ...(o.previousHidden ? { previousHidden: o.previousHidden } : {}),
      ...(o.previousStyles ? { previousStyles: o.previousStyles } : {}),
      notes: typeof o.notes === 'boolean' ? o.notes : true,
      profile: o.profile,
      asOf: o.asOf,
    };
  }
  const result = recordSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return { invalid: `${issue.path.join('.') || '(root)'}: ${issue.message}`.slice(0, 200) };
}

/* ------------------------------------------------------------------------------------------------
 * Finding our cells again.
 */

/** Where our columns are now (sheet rows and columns, 1-based). */
export interface FoundColumns {
  headerRow: number;
  /** Columns whose header cell holds our status header (more than one: the clerk copied it). */
  status: number[];
  nextDue: number[];
}

/** Rows below the recorded header row searched for our headers (rows inserted above it). */
export const HEADER_SEARCH_ROWS = 200;

/**
 * Find our columns by their header cells: the row nearest the recorded header row (searched from
 * row 1 to HEADER_SEARCH_ROWS below it) that holds either of our recorded header texts, and every
 * column of that row holding one. Undefined when neither is anywhere (the clerk deleted both).
 * `cell(row, column)` reads a sheet cell (1-based); `lastColumn` bounds the search.
 * @example findOurColumns(record, (r, c) => ws.getCell(r, c).value, ws.columnCount) // { headerRow: 3, status: [9], nextDue: [10] }
 */
export function findOurColumns(
  record: Pick<AnnotationRecord, 'headerRow' | 'headers'>,
  cell: (row: number, column: number) => unknown,
  lastColumn: number,
  lastRow: number = record.headerRow + HEADER_SEARCH_ROWS,
): FoundColumns | undefined {
  const bottom = Math.min(lastRow, record.headerRow + HEADER_SEARCH_ROWS);
  const order: number[] = [];
  for (let d = 0; record.headerRow - d >= 1 || record.headerRow + d <= bottom; d++) {
    if (record.headerRow + d <= bottom) order.push(record.headerRow + d);
    if (d > 0 && record.headerRow - d >= 1) order.push(record.headerRow - d);
  }
  for (const r of order) {
    const status: number[] = [];
    const nextDue: number[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const v = cell(r, c);
      if (typeof v !== 'string' || !v.endsWith(HEADER_MARKER)) continue;
      if (v === record.headers.status) status.push(c);
      else if (v === record.headers.nextDue) nextDue.push(c);
    }
    if (status.length || nextDue.length) return { headerRow: r, status, nextDue };
  }
  return undefined;
}

/** Our status words, as `planAnnotation` writes them (and wrote them before): how a version-1 record's cells are told. */
const STATUS_WORDS = /^(?:正常$|(?:正常|逾期(?:\d+天)?|违规|提醒|数据无效|即将到期|无法判断|待办|进行中|记录不合规|延迟完成|未配置)：)/;

/**
 * Does this text read like a status we write? Used only for version-1 records, which did not
 * keep what they wrote.
 * @example looksLikeStatus('逾期3天：H类3天回访') // true
 */
export function looksLikeStatus(text: string): boolean {
  return STATUS_WORDS.test(text);
}

/**
 * A test for "is this cell value one we wrote in our status column", for one record.
 * @example const ours = statusOwner(record); ours('正常') // true; ours('已回访，客户满意') // false
 */
export function statusOwner(record: Pick<AnnotationRecord, 'written' | 'headers'>): (value: unknown) => boolean {
  const hashes = record.written ? new Set(record.written.status) : undefined;
  return (value) => {
    if (typeof value !== 'string' || value === '') return false;
    if (value === record.headers.status) return true;
    return hashes ? hashes.has(textHash(value)) : looksLikeStatus(value);
  };
}

/**
 * A test for "is this date (ISO, as the writer read the cell) one we wrote in our next-due column".
 * A version-1 record did not keep its dates: any date there is taken as ours.
 * @example nextDueOwner(record)('2025-10-20') // true when we wrote that date
 */
export function nextDueOwner(record: Pick<AnnotationRecord, 'written'>): (iso: string | null) => boolean {
  const dates = record.written ? new Set(record.written.nextDue) : undefined;
  return (iso) => iso !== null && (dates ? dates.has(iso) : true);
}

/** Cell references in a formula (`$E5`, `E$5`, `AB12`), which Excel rewrites when cells move. */
const CELL_REF = /\$?\b[A-Z]{1,3}\$?[0-9]{1,7}\b/g;

/**
 * A formula with its cell references blanked: what stays the same when Excel moves it.
 * @example formulaShape('AND(ISNUMBER($J5),$J5<TODAY())') === formulaShape('=AND(ISNUMBER($K7),$K7<TODAY())') // true
 */
export function formulaShape(formula: string): string {
  return formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase().replace(CELL_REF, '#');
}

/**
 * A test for "is this conditional format one of ours": an expression whose formula has the shape
 * of one we recorded. Our formulas carry our status words or our marker, so no clerk's has that
 * shape; a recorded formula without either (version 1 wrote a bare `TRUE`) must also have its
 * recorded range.
 * @example highlightOwner(record)('=OR(AND(ISNUMBER($K6),$K6<TODAY()),…)', 'A6:K90') // true
 */
export function highlightOwner(record: Pick<AnnotationRecord, 'highlights'>): (formula: string, ref: string) => boolean {
  const distinctive = new Set<string>();
  const exact = new Set<string>();
  for (const h of record.highlights) {
    const shape = formulaShape(h.formula);
    if (shape.includes('#') || shape.includes('LEDGERLINT')) distinctive.add(shape);
    else exact.add(`${shape} ${h.ref}`);
  }
  return (formula, ref) => {
    const shape = formulaShape(formula);
    return distinctive.has(shape) || exact.has(`${shape} ${ref}`);
  };
}

/**
 * The formula of our highlight of unreadable cells: always true, and carrying our name so it is
 * told from a clerk's own always-true format.
 * @example INVALID_HIGHLIGHT_FORMULA // 'ISTEXT("ledgerlint")'
 */
export const INVALID_HIGHLIGHT_FORMULA = 'ISTEXT("ledgerlint")';

/**
 * The title our summary sheet starts with (cell A1), by which it is found when renamed.
 * @example SUMMARY_TITLE // 'ledgerlint 检查汇总 / check summary'
 */
export const SUMMARY_TITLE = 'ledgerlint 检查汇总 / check summary';

/**
 * The title our 待回访 sheet starts with (cell A1), by which it is found when renamed.
 * @example CALLS_TITLE // 'ledgerlint 待回访 / call list'
 */
export const CALLS_TITLE = 'ledgerlint 待回访 / call list';

/** A sheet an annotation added (the summary, the call list): how it is found and told ours. */
export interface OurSheet {
  role: 'summary' | 'calls';
  /** Its name when written. */
  name: string;
  /** Hash of its content as written (`summaryHash`); null in a version-1 record. */
  hash: string | null;
  /** Its A1 as written, by which a renamed one is found. */
  title: string;
}

/**
 * The sheets a recorded annotation added, summary first: every writer finds, checks and removes
 * them the same way (by name or A1 title; removed only while `sheetIntact`).
 * @example ourSheets(record).map((s) => s.name) // ['ledgerlint汇总', '待回访']
 */
export function ourSheets(record: Pick<AnnotationRecord, 'summary' | 'calls'>): OurSheet[] {
  const out: OurSheet[] = [{ role: 'summary', name: record.summary.name, hash: record.summary.hash, title: SUMMARY_TITLE }];
  if (record.calls) out.push({ role: 'calls', name: record.calls.name, hash: record.calls.hash, title: CALLS_TITLE });
  return out;
}

/**
 * Is this sheet (`values` from A1, as read back) still as we wrote it? Without a hash (a
 * version-1 record): when it has its recorded name and our title.
 * @example sheetIntact(ourSheets(record)[1], '待回访', valuesFromA1) // false once the clerk typed in it
 */
export function sheetIntact(sheet: OurSheet, name: string, values: readonly (readonly unknown[] | null | undefined)[]): boolean {
  if (sheet.hash === null) return name.toLowerCase() === sheet.name.toLowerCase() && values[0]?.[0] === sheet.title;
  return summaryHash(values) === sheet.hash;
}
