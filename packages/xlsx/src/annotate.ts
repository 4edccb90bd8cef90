/**
 * Apply an AnnotationPlan to a clerk's .xlsx with exceljs, and take it off again.
 *
 * The rule above all: never change or lose a cell, format or part the clerk wrote. We add two
 * columns right of the data (header, status text with a fill and a note, next due date), our own
 * conditional formats after the clerk's, a summary sheet and a very hidden state sheet that
 * records exactly what we added, so that `clearAnnotation` removes that and nothing else and
 * annotating twice equals annotating once. What exceljs itself cannot write back is listed by
 * `openWorkbook` (lossy.ts) so the caller can refuse to rewrite the file in place.
 */
import ExcelJS from 'exceljs';
import { ANNOTATION_COLORS, fitCellText, LedgerlintError, type AnnotationPlan, type Highlight, type RowLevel, type Table } from '@ledgerlint/policy';
import { READ_MESSAGES, readError } from './errors';
import { baseStyleOf, preserveBaseStyle, restoreDroppedNotes, type StyleModel } from './fidelity';
import { heapShortfall } from './grid';
import { findLossyParts, type LossyPart } from './lossy';
import { containerOf, pickTable } from './read';
import { entryData, partOfTarget, type ZipEntry } from './sniff';
import { checkXlsxZip, loadInMemory, tablesOfWorkbook, workbookDate1904 } from './xlsx';

export type { LossyPart } from './lossy';

/**
 * Name of the very hidden worksheet that records what ledgerlint added.
 * @example workbook.getWorksheet(STATE_SHEET_NAME)?.state // 'veryHidden'
 */
export const STATE_SHEET_NAME = 'ledgerlint_state';
/**
 * Version of the state record's JSON shape.
 * @example JSON.parse(stateJson).version === STATE_VERSION
 */
export const STATE_VERSION = 1;

/** The state record kept in the state sheet (JSON in A1, continued in A2, A3... when long). */
export interface AnnotationState {
  tool: 'ledgerlint';
  version: typeof STATE_VERSION;
  sheet: string;
  statusColumn: number;
  nextDueColumn: number;
  headerRow: number;
  lastDataRow: number;
  highlights: { ref: string; formula: string }[];
  summarySheet: string;
  /** Widths the two columns had before (characters), or null when they had none. */
  previousWidths: { status: number | null; nextDue: number | null };
  profile: string;
  asOf: string;
  /** Our header texts: lets clear find the sheet again if the clerk renamed it. */
  headers?: { status: string; nextDue: string };
  /** Hidden flags the two columns had before, when one was hidden (we show them). */
  previousHidden?: { status: boolean; nextDue: boolean };
  /**
   * Formats of the clerk's empty but formatted cells in our two columns (e.g. borders drawn past
   * the data), restored on clear: distinct styles, and runs [column, fromRow, toRow, style index].
   */
  previousStyles?: { styles: StyleModel[]; runs: [number, number, number, number][] };
}

/** What `openWorkbook` gives: the loaded workbook and what writing it back would lose. */
export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  date1904: boolean;
  /** Parts exceljs would drop or damage on writing this workbook back; empty when none. */
  lossy: LossyPart[];
}

/** The name each workbook was opened under, for messages. */
const workbookNames = new WeakMap<ExcelJS.Workbook, string>();

function fileOf(workbook: ExcelJS.Workbook): string {
  return workbookNames.get(workbook) ?? '(workbook)';
}

function annotateError(workbook: ExcelJS.Workbook, code: string, params: Record<string, string | number>): LedgerlintError {
  return new LedgerlintError(READ_MESSAGES, code, { file: fileOf(workbook), ...params });
}

const decoder = new TextDecoder('utf-8');
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Target of each relationship in a .rels part, resolved to a zip entry name. */
function relTargets(xml: string, base: string): { id: string; type: string; target: string }[] {
  const out: { id: string; type: string; target: string }[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
    const id = attr('Id');
    const type = attr('Type');
    const target = attr('Target');
    if (!id || !target) continue;
    const t = (target[1] ?? target[2]).replace(/&amp;/g, '&');
    if (/^[a-z]+:/i.test(t)) continue; // external
    out.push({ id: id[1] ?? id[2], type: (type?.[1] ?? type?.[2] ?? '').replace(/^.*\//, ''), target: partOfTarget(t, base) });
  }
  return out;
}

/** Notes on empty cells, which exceljs's loader dropped: read back from the comments parts. */
async function restoreNotes(workbook: ExcelJS.Workbook, bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? decoder.decode(entryData(bytes, e)) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !rels) return;
  const targets = new Map(relTargets(rels, 'xl').map((r) => [r.id, r.target]));
  const sheets: { worksheet: ExcelJS.Worksheet; comments: string; vml?: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = /\bname\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    if (name === undefined || !rid) continue;
    const part = targets.get(rid);
    const worksheet = workbook.getWorksheet(unescapeXml(name));
    if (!part || !worksheet) continue;
    const sheetRels = text(part.replace(/([^/]+)$/, '_rels/$1.rels'));
    if (!sheetRels) continue;
    const dir = part.replace(/\/[^/]+$/, '');
    const list = relTargets(sheetRels, dir);
    const comments = list.find((r) => r.type === 'comments');
    const vml = list.find((r) => r.type === 'vmlDrawing');
    const commentsXml = comments && text(comments.target);
    if (commentsXml) sheets.push({ worksheet, comments: commentsXml, vml: vml && text(vml.target) });
  }
  await restoreDroppedNotes(sheets);
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/**
 * Open .xlsx bytes for annotating: check the zip as the reader does (same LedgerlintError codes:
 * `empty-file`, `encrypted-xlsx`, `legacy-xls`, `corrupt-xlsx`, `unsupported-workbook`,
 * `not-a-spreadsheet`, `xlsx-read-failed`; a CSV or other text gives `annotate-needs-xlsx`), load
 * it in memory with exceljs, and list in `lossy` what writing it back would lose.
 * @example const { workbook, lossy } = await openWorkbook(await readFile('回访.xlsx'), '回访.xlsx');
 */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<OpenedWorkbook> {
  const file = name;
  if (containerOf(bytes, file) === 'text') throw readError('annotate-needs-xlsx', { file, format: 'CSV / text' });
  const { entries } = checkXlsxZip(bytes, file);
  checkRoomToAnnotate(file, entries.filter((e) => SHEET_XML.test(e.name)).reduce((n, e) => n + e.size, 0) * HEAP_PER_XML_BYTE);
  const lossy = findLossyParts(bytes, entries);
  const workbook = await loadInMemory(bytes, file);
  workbookNames.set(workbook, file);
  try {
    const styles = entries.find((e) => e.name === 'xl/styles.xml');
    const base = styles ? await baseStyleOf(decoder.decode(entryData(bytes, styles))) : undefined;
    preserveBaseStyle(workbook, base);
    if (base?.font) baseFonts.set(workbook, base.font);
    await restoreNotes(workbook, bytes, entries);
  } catch (e) {
    throw readError('xlsx-read-failed', { file, reason: e instanceof Error ? e.message.split('\n', 1)[0] : String(e) });
  }
  return { workbook, date1904: workbookDate1904(workbook), lossy };
}

/**
 * The policy Table of a loaded worksheet (by name, or the first visible worksheet with data),
 * exactly what `readLedger` gives for the same file with the in-memory engine. When re-annotating,
 * call `clearAnnotation` first so our own columns are not read as the clerk's.
 * @example const table = worksheetTable(workbook, '客户回访记录表');
 */
export function worksheetTable(workbook: ExcelJS.Workbook, sheetName?: string, isLedger?: (table: Table) => boolean): Table {
  const file = fileOf(workbook);
  const { tables, hiddenSheets, refusedSheets } = tablesOfWorkbook(workbook, file);
  return pickTable(tables, hiddenSheets, sheetName, file, { refused: refusedSheets, isLedger });
}

/**
 * exceljs holds a whole workbook in memory to write it, and each finding adds a note. Measured
 * peak RSS for 100,000 rows x 12 columns (1.2 million cells): 1.9 GB for the bench ledger (59 MB
 * of sheet XML), 3.3 GB for a sheet of 39 MB XML with 550,000 findings. Taken as 60 bytes of heap
 * per byte of sheet XML and 2,000 per cell of a CSV: the 100,000-row ledgers fit Node's default
 * 4 GB heap, a 1,048,576-row sheet does not, and is refused at once rather than after minutes.
 */
const HEAP_PER_XML_BYTE = 60;
const HEAP_PER_CELL = 2000;
const SHEET_XML = /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/;

/**
 * Refuse to annotate what would not fit in Node's heap (`annotate-too-large`, naming the memory
 * needed and the NODE_OPTIONS that gives it), rather than die of an out-of-memory crash.
 */
function checkRoomToAnnotate(file: string, need: number): void {
  const short = heapShortfall(need);
  if (short) throw readError('annotate-too-large', { file, ...short });
}

/**
 * A new workbook holding a Table (a CSV ledger) on one sheet, at the table's own position, so a
 * plan made from that table applies to it.
 * @example const workbook = workbookFromTable(table); applyPlan(workbook, { ...plan, sheet: workbook.worksheets[0].name });
 */
export function workbookFromTable(table: Table): ExcelJS.Workbook {
  checkRoomToAnnotate(table.sheet, table.rows.length * (table.rows[0]?.length ?? 0) * HEAP_PER_CELL);
  const workbook = new ExcelJS.Workbook();
  if (table.date1904) (workbook.properties as { date1904?: boolean }).date1904 = true;
  // Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not blank.
  const sheetName = table.sheet.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Sheet1';
  const ws = workbook.addWorksheet(sheetName);
  const firstRow = table.firstRow ?? 1;
  const firstColumn = table.firstColumn ?? 1;
  table.rows.forEach((values, r) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(firstRow + r, firstColumn + c);
      cell.value = v;
      const fmt = table.formats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
  workbookNames.set(workbook, table.sheet);
  return workbook;
}

/* ----------------------------------------------------------------------------------------------
 * exceljs internals we rely on, kept to the few members used.
 */
interface XCellInternal {
  type: number;
  value: unknown;
  note?: unknown;
  style: StyleModel;
  isMerged: boolean;
}
interface XRowInternal {
  findCell(col: number): XCellInternal | undefined;
  _cells: (XCellInternal | undefined)[];
}
interface XColumnInternal {
  width?: number;
  hidden: boolean;
}
interface XCfRule {
  type: string;
  formulae?: unknown[];
  priority?: number;
  style?: StyleModel;
  dxfId?: number;
}
interface XConditionalFormatting {
  ref: string;
  rules: XCfRule[];
}

const NULL_TYPE = ExcelJS.ValueType.Null as number;
const MERGE_TYPE = ExcelJS.ValueType.Merge as number;

function findCell(ws: ExcelJS.Worksheet, row: number, col: number): XCellInternal | undefined {
  const r = ws.findRow(row) as unknown as XRowInternal | undefined;
  return r?.findCell(col);
}

function cfsOf(ws: ExcelJS.Worksheet): XConditionalFormatting[] {
  const holder = ws as unknown as { conditionalFormattings?: XConditionalFormatting[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/* ----------------------------------------------------------------------------------------------
 * The state record.
 */

/** Longest piece of the state JSON per cell (Excel allows 32,767 characters in a cell). */
const STATE_CHUNK = 30_000;

function stateSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name === STATE_SHEET_NAME);
}

const isInt = (v: unknown, min = 1): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isWidth = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/** Parse and check the state JSON; the reason when it is not a state we wrote. */
function parseState(json: string): AnnotationState | string {
  let s: unknown;
  try {
    s = JSON.parse(json);
  } catch {
    return 'not JSON';
  }
  if (!s || typeof s !== 'object') return 'not an object';
  const o = s as Record<string, unknown>;
  if (o.tool !== 'ledgerlint') return 'tool is not ledgerlint';
  if (o.version !== STATE_VERSION) return `unknown version ${String(o.version)}`;
  if (typeof o.sheet !== 'string' || typeof o.summarySheet !== 'string') return 'sheet names missing';
  if (!isInt(o.statusColumn) || !isInt(o.nextDueColumn) || !isInt(o.headerRow) || !isInt(o.lastDataRow)) return 'rows or columns missing';
  if (o.statusColumn > 16384 || o.nextDueColumn > 16384 || o.lastDataRow > 1048576 || o.lastDataRow < o.headerRow) return 'rows or columns out of range';
  if (!Array.isArray(o.highlights) || !o.highlights.every((h) => h && typeof h.ref === 'string' && typeof h.formula === 'string')) return 'highlights malformed';
  const w = o.previousWidths as Record<string, unknown> | undefined;
  if (!w || !isWidth(w.status) || !isWidth(w.nextDue)) return 'previousWidths malformed';
  if (typeof o.profile !== 'string' || typeof o.asOf !== 'string') return 'profile or asOf missing';
  const ps = o.previousStyles as { styles?: unknown; runs?: unknown } | undefined;
  if (ps !== undefined) {
    if (!Array.isArray(ps.styles) || !Array.isArray(ps.runs)) return 'previousStyles malformed';
    const n = ps.styles.length;
    const ok = ps.runs.every((r) => Array.isArray(r) && r.length === 4 && isInt(r[0]) && isInt(r[1]) && isInt(r[2]) && r[2] >= r[1] && isInt(r[3], 0) && r[3] < n);
    if (!ok) return 'previousStyles malformed';
  }
  return o as unknown as AnnotationState;
}

/**
 * The annotation state a workbook carries: undefined when it has none; throws
 * `annotation-state-invalid` when the state sheet is there but does not hold a state we wrote.
 */
function readState(workbook: ExcelJS.Workbook): AnnotationState | undefined {
  const sheet = stateSheetOf(workbook);
  if (!sheet) return undefined;
  let json = '';
  for (let r = 1; ; r++) {
    const v = findCell(sheet, r, 1)?.value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  const state = parseState(json);
  if (typeof state === 'string') throw annotateError(workbook, 'annotation-state-invalid', { reason: state });
  return state;
}

/* ----------------------------------------------------------------------------------------------
 * Styles of our cells.
 */
const THIN = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
/** One of the library's colours (hex RGB, shared with the add-in) as exceljs takes it: opaque ARGB. */
const argb = (rgb: string): string => `FF${rgb}`;
/** exceljs's own default font, the base of a workbook it created. */
const EXCELJS_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor', color: { theme: 1 } as ExcelJS.Color };
/** The default font of each opened workbook: our cells look like the clerk's, only bold or coloured. */
const baseFonts = new WeakMap<ExcelJS.Workbook, Partial<ExcelJS.Font>>();

function fontOf(workbook: ExcelJS.Workbook, extra: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { ...copy(baseFonts.get(workbook) ?? EXCELJS_FONT), ...extra };
}

function headerStyle(workbook: ExcelJS.Workbook): StyleModel {
  return {
    font: fontOf(workbook, { bold: true }),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(ANNOTATION_COLORS.header.fill) } },
    border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
    alignment: { wrapText: true, vertical: 'middle' },
  };
}

/** The static format of our status cell by the row's level (none for a row that is fine). */
function levelStyle(workbook: ExcelJS.Workbook, level: RowLevel): StyleModel {
  const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(rgb) } });
  switch (level) {
    case 'bad':
    case 'due-soon': {
      const c = ANNOTATION_COLORS[level];
      return { fill: solid(c.fill), font: fontOf(workbook, { color: { argb: argb(c.font) } }) };
    }
    case 'unknown':
      return { fill: solid(ANNOTATION_COLORS.unknown.fill) };
    default:
      return {};
  }
}
/** Conditional-format styles: a dxf fill is given as bgColor. */
const HIGHLIGHT_STYLE: Record<Highlight['style'], StyleModel> = {
  bad: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS.bad.fill) } }, font: { color: { argb: argb(ANNOTATION_COLORS.bad.font) } } },
  'due-soon': { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS['due-soon'].fill) } }, font: { color: { argb: argb(ANNOTATION_COLORS['due-soon'].font) } } },
  invalid: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS.invalid.fill) } } },
};
const STATUS_WIDTH = 30;
const NEXT_DUE_WIDTH = 14;
const DATE_FORMAT = 'yyyy-mm-dd';

/** Our texts as plain strings that fit in a cell (exceljs never turns a string into a formula). */
const cellText = fitCellText;

function checkPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  const bad = (reason: string) => annotateError(workbook, 'annotation-plan-invalid', { reason });
  if (!plan || typeof plan !== 'object') throw bad('no plan');
  // The clerk's data reaches the last column (XFD): there is no blank column to its right.
  if (isInt(plan.statusColumn) && isInt(plan.nextDueColumn) && Math.max(plan.statusColumn, plan.nextDueColumn) > 16384 && typeof plan.sheet === 'string') {
    throw annotateError(workbook, 'annotation-no-room', { sheet: plan.sheet });
  }
  if (!isInt(plan.statusColumn) || !isInt(plan.nextDueColumn) || plan.statusColumn > 16384 || plan.nextDueColumn > 16384) throw bad('columns out of range');
  if (plan.statusColumn === plan.nextDueColumn) throw bad('the two columns are the same');
  if (!isInt(plan.headerRow) || !isInt(plan.lastDataRow) || plan.lastDataRow > 1048576 || plan.lastDataRow < plan.headerRow) throw bad('rows out of range');
  for (const r of plan.rows) {
    if (!isInt(r.row) || r.row <= plan.headerRow || r.row > 1048576) throw bad(`row ${String(r.row)} out of range`);
    if (r.nextDue !== null && !/^\d{4}-\d{2}-\d{2}$/.test(r.nextDue)) throw bad(`next due date ${String(r.nextDue)} is not YYYY-MM-DD`);
  }
  const sheetNames = [plan.summary?.name, plan.sheet];
  if (sheetNames.some((n) => typeof n !== 'string' || n.trim() === '' || n.length > 31 || /[:\\/?*[\]]/.test(n))) throw bad('sheet name not allowed');
  if ([plan.sheet, plan.summary.name].some((n) => n.toLowerCase() === STATE_SHEET_NAME)) throw bad(`${STATE_SHEET_NAME} is ledgerlint's own sheet`);
  if (plan.sheet.toLowerCase() === plan.summary.name.toLowerCase()) throw bad('the summary sheet is the checked sheet');
  for (const h of plan.highlights) if (typeof h.ref !== 'string' || typeof h.formula !== 'string' || !HIGHLIGHT_STYLE[h.style]) throw bad('highlight malformed');
}

/** The first of the clerk's cells our columns would cover, or undefined when they are free. */
function findConflict(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number, ours: (row: number, col: number) => boolean) {
  const rowCount = ws.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    for (const col of [plan.statusColumn, plan.nextDueColumn]) {
      if (ours(r, col)) continue;
      const cell = findCell(ws, r, col);
      if (!cell) continue;
      const inOurRows = r >= plan.headerRow && r <= lastRow;
      const address = `${columnLetters(col)}${r}`;
      // A merged range only matters where we write; outside our rows it just spans our column.
      if (cell.type === MERGE_TYPE || cell.isMerged) {
        if (inOurRows) return { cell: address, what: '合并单元格', whatEn: 'a merged range' };
        continue;
      }
      if (cell.type !== NULL_TYPE) return { cell: address, what: '内容', whatEn: 'a value' };
      if (cell.note !== undefined) return { cell: address, what: '批注', whatEn: 'a note' };
    }
  }
  return undefined;
}

/**
 * Apply an annotation plan to the workbook in memory (write it with writeWorkbookAtomic). Clears
 * a previous annotation first, so annotating twice equals annotating once. Throws
 * LedgerlintError: `annotation-target-not-empty` when one of the clerk's cells (a value, a note or
 * a merged range) sits in our two columns, `annotation-sheet-exists` when a sheet of the clerk's
 * has the summary sheet's name, `annotation-plan-invalid`, `annotation-state-invalid`,
 * `sheet-not-found`; nothing is changed when it throws.
 * @example applyPlan(workbook, planAnnotation(report, profile, shape, '回访.xlsx'));
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  checkPlan(workbook, plan);
  const prior = readState(workbook);
  const ws = workbook.getWorksheet(plan.sheet);
  if (!ws || ws.name === STATE_SHEET_NAME || (prior && ws.name === prior.summarySheet)) {
    throw readError('sheet-not-found', { file: fileOf(workbook), sheet: plan.sheet, sheets: workbook.worksheets.map((w) => w.name).join(', ') });
  }
  const lastRow = Math.max(plan.lastDataRow, plan.headerRow, ...plan.rows.map((r) => r.row));

  // Check everything before changing anything: cells of a previous annotation count as free.
  const priorSheet = prior ? resolveStateSheet(workbook, prior) : undefined;
  const ours = (row: number, col: number) =>
    !!prior && priorSheet === ws && (col === prior.statusColumn || col === prior.nextDueColumn) && row >= prior.headerRow && row <= prior.lastDataRow;
  const conflict = findConflict(ws, plan, lastRow, ours);
  if (conflict) throw annotateError(workbook, 'annotation-target-not-empty', { sheet: ws.name, ...conflict });
  const clash = workbook.worksheets.find((w) => w.name.toLowerCase() === plan.summary.name.toLowerCase());
  if (clash && !(prior && clash.name === prior.summarySheet)) throw annotateError(workbook, 'annotation-sheet-exists', { sheet: clash.name });

  if (prior) clearAnnotation(workbook);

  const statusColumn = ws.getColumn(plan.statusColumn) as unknown as XColumnInternal;
  const nextDueColumn = ws.getColumn(plan.nextDueColumn) as unknown as XColumnInternal;
  const state: AnnotationState = {
    tool: 'ledgerlint',
    version: STATE_VERSION,
    sheet: ws.name,
    statusColumn: plan.statusColumn,
    nextDueColumn: plan.nextDueColumn,
    headerRow: plan.headerRow,
    lastDataRow: lastRow,
    highlights: plan.highlights.map((h) => ({ ref: h.ref, formula: h.formula })),
    summarySheet: plan.summary.name,
    previousWidths: { status: statusColumn.width ?? null, nextDue: nextDueColumn.width ?? null },
    profile: plan.profile,
    asOf: plan.asOf,
    headers: { status: plan.headers.status, nextDue: plan.headers.nextDue },
  };
  if (statusColumn.hidden || nextDueColumn.hidden) state.previousHidden = { status: !!statusColumn.hidden, nextDue: !!nextDueColumn.hidden };
  const previous = previousStyles(ws, plan, lastRow);
  if (previous.runs.length) state.previousStyles = previous;

  // The two columns.
  for (const [col, text] of [
    [plan.statusColumn, plan.headers.status],
    [plan.nextDueColumn, plan.headers.nextDue],
  ] as const) {
    const cell = ws.getCell(plan.headerRow, col);
    cell.value = cellText(String(text));
    cell.style = headerStyle(workbook);
  }
  for (const row of plan.rows) {
    const status = ws.getCell(row.row, plan.statusColumn);
    // A string value is written as text, never as a formula, even when it starts with = + - @.
    status.value = cellText(String(row.status));
    status.style = levelStyle(workbook, row.level);
    if (row.note) status.note = cellText(String(row.note));
    if (row.nextDue) {
      const [y, m, d] = row.nextDue.split('-').map(Number);
      const due = ws.getCell(row.row, plan.nextDueColumn);
      due.value = new Date(Date.UTC(y, m - 1, d));
      due.style = { numFmt: DATE_FORMAT };
    }
  }
  statusColumn.width = STATUS_WIDTH;
  nextDueColumn.width = NEXT_DUE_WIDTH;
  if (state.previousHidden) {
    statusColumn.hidden = false;
    nextDueColumn.hidden = false;
  }

  // Our conditional formats come after all of the clerk's (a larger priority number is a lower
  // precedence), so theirs win wherever both apply. Rules without a number get one first, in order.
  const cfs = cfsOf(ws);
  let top = 0;
  for (const cf of cfs) for (const rule of cf.rules) if (typeof rule.priority === 'number' && rule.priority > top) top = rule.priority;
  for (const cf of cfs) for (const rule of cf.rules) if (typeof rule.priority !== 'number' || rule.priority < 1) rule.priority = ++top;
  for (const h of plan.highlights) {
    cfs.push({ ref: h.ref, rules: [{ type: 'expression', formulae: [h.formula], style: copy(HIGHLIGHT_STYLE[h.style]), priority: ++top }] });
  }

  writeSummary(workbook, plan);
  writeState(workbook, state);
}

/** The formats of the clerk's empty cells in our columns and rows, as runs down each column. */
function previousStyles(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number): NonNullable<AnnotationState['previousStyles']> {
  const styles: StyleModel[] = [];
  const keys = new Map<string, number>();
  const runs: [number, number, number, number][] = [];
  for (const col of [plan.statusColumn, plan.nextDueColumn]) {
    for (let r = plan.headerRow; r <= lastRow; r++) {
      const cell = findCell(ws, r, col);
      if (!cell || !cell.style || Object.keys(cell.style).length === 0) continue;
      const key = JSON.stringify(cell.style);
      let index = keys.get(key);
      if (index === undefined) {
        index = styles.push(copy(cell.style)) - 1;
        keys.set(key, index);
      }
      const last = runs[runs.length - 1];
      if (last && last[0] === col && last[2] === r - 1 && last[3] === index) last[2] = r;
      else runs.push([col, r, r, index]);
    }
  }
  return { styles, runs };
}

function writeSummary(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  const ws = workbook.addWorksheet(plan.summary.name);
  let afterBlank = true; // the first row is a heading too
  plan.summary.rows.forEach((values, i) => {
    const blank = !values || values.every((v) => v === null || v === undefined || v === '');
    (values ?? []).forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = typeof v === 'number' ? v : cellText(String(v));
      if (afterBlank) cell.font = fontOf(workbook, { bold: true });
    });
    afterBlank = blank;
  });
  plan.summary.widths.forEach((w, j) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) ws.getColumn(j + 1).width = w;
  });
}

function writeState(workbook: ExcelJS.Workbook, state: AnnotationState): void {
  const ws = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  const json = JSON.stringify(state);
  for (let i = 0, r = 1; i < json.length; i += STATE_CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + STATE_CHUNK);
}

/** The worksheet a state refers to: by name, else (renamed) the one with our header in place. */
function resolveStateSheet(workbook: ExcelJS.Workbook, state: AnnotationState): ExcelJS.Worksheet | undefined {
  const named = workbook.getWorksheet(state.sheet);
  if (named && named.name !== STATE_SHEET_NAME && named.name !== state.summarySheet) return named;
  if (!state.headers) return undefined;
  return workbook.worksheets.find((ws) => ws.name !== STATE_SHEET_NAME && ws.name !== state.summarySheet && findCell(ws, state.headerRow, state.statusColumn)?.value === state.headers!.status);
}

/**
 * Remove a ledgerlint annotation: the values, formats and notes of our two columns (the cells
 * become as they were), their widths as before, exactly our conditional formats (same range and
 * formula), the summary sheet and the state sheet. Without a state: `{ cleared: false }` and
 * nothing changed; a damaged state throws `annotation-state-invalid`.
 * @example const { cleared, sheet } = clearAnnotation(workbook); // { cleared: true, sheet: '客户回访记录表' }
 */
export function clearAnnotation(workbook: ExcelJS.Workbook): { cleared: boolean; sheet?: string } {
  const state = readState(workbook);
  if (!state) return { cleared: false };
  const ws = resolveStateSheet(workbook, state);
  if (ws) {
    const styles = state.previousStyles;
    const restore = new Map<string, StyleModel>();
    for (const [col, from, to, index] of styles?.runs ?? []) for (let r = from; r <= to; r++) restore.set(`${col}:${r}`, styles!.styles[index]);
    for (let r = state.headerRow; r <= state.lastDataRow; r++) {
      const row = ws.findRow(r) as unknown as XRowInternal | undefined;
      if (!row) continue;
      for (const col of [state.statusColumn, state.nextDueColumn]) {
        // Take the cell out of the row: value, format and note go with it, as if never written.
        if (row._cells[col - 1]) row._cells[col - 1] = undefined;
        const style = restore.get(`${col}:${r}`);
        if (style) ws.getCell(r, col).style = copy(style);
      }
    }
    const widths: [number, number | null, boolean | undefined][] = [
      [state.statusColumn, state.previousWidths.status, state.previousHidden?.status],
      [state.nextDueColumn, state.previousWidths.nextDue, state.previousHidden?.nextDue],
    ];
    for (const [col, width, hidden] of widths) {
      const column = ws.getColumn(col) as unknown as XColumnInternal;
      column.width = width ?? undefined;
      if (hidden !== undefined) column.hidden = hidden;
    }
    // Exactly our conditional formats: one rule per recorded highlight, same range and formula,
    // searched from the end (ours were appended after the clerk's).
    const cfs = cfsOf(ws);
    for (const h of state.highlights) {
      for (let i = cfs.length - 1; i >= 0; i--) {
        const cf = cfs[i];
        if (cf.ref !== h.ref) continue;
        const k = cf.rules.findIndex((rule) => rule.type === 'expression' && rule.formulae?.[0] === h.formula);
        if (k < 0) continue;
        cf.rules.splice(k, 1);
        if (cf.rules.length === 0) cfs.splice(i, 1);
        break;
      }
    }
  }
  const summary = workbook.worksheets.find((w) => w.name === state.summarySheet);
  if (summary) workbook.removeWorksheet(summary.id);
  const stateSheet = stateSheetOf(workbook);
  if (stateSheet) workbook.removeWorksheet(stateSheet.id);
  // If the clerk saved with our summary sheet active, point the view at the checked sheet again.
  const sheets = workbook.worksheets;
  for (const view of (workbook.views ?? []) as { activeTab?: number; firstSheet?: number }[]) {
    if (typeof view.activeTab === 'number' && view.activeTab >= sheets.length) view.activeTab = Math.max(0, ws ? sheets.indexOf(ws) : 0);
    if (typeof view.firstSheet === 'number' && view.firstSheet >= sheets.length) view.firstSheet = 0;
  }
  return ws ? { cleared: true, sheet: ws.name } : { cleared: true };
}
