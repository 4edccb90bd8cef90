/**
 * Apply an AnnotationPlan to a clerk's .xlsx with exceljs, and take it off again.
 *
 * The rule above all: never change or lose a cell, format or part the clerk wrote. We add two
 * columns right of the data (header, status text with a fill and a note, next due date), our own
 * conditional formats after the clerk's, a summary sheet and the very hidden record sheet of the
 * library's `AnnotationRecord` (the add-in writes the same record, so either clears the other's).
 * `clearAnnotation` finds our cells again by what they are (see policy annotate/record.ts), never
 * by a remembered position alone, and removes those and nothing else; annotating twice equals
 * annotating once. What exceljs itself cannot write back is listed by `openWorkbook` (lossy.ts)
 * so the caller can refuse to rewrite the file in place.
 */
import ExcelJS from 'exceljs';
import {
  ANNOTATION_COLORS,
  findOurColumns,
  fitCellText,
  highlightOwner,
  LedgerlintError,
  nextDueOwner,
  readRecordCells,
  RECORD_SHEET_NAME,
  recordCells,
  recordOfPlan,
  serialToIso,
  statusOwner,
  SUMMARY_TITLE,
  summaryHash,
  type AnnotationPlan,
  type AnnotationRecord,
  type Highlight,
  type RowLevel,
  type Table,
} from '@ledgerlint/policy';
import { READ_MESSAGES, readError } from './errors';
import { baseStyleOf, preserveBaseStyle, restoreDroppedNotes, type StyleModel } from './fidelity';
import { heapShortfall } from './grid';
import { findLossyParts, type LossyPart } from './lossy';
import { containerOf, pickTable } from './read';
import { entryData, partOfTarget, type ZipEntry } from './sniff';
import { checkXlsxZip, loadInMemory, tablesOfWorkbook, workbookDate1904 } from './xlsx';

export type { LossyPart } from './lossy';

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
 * The record (policy annotate/record.ts) and finding our cells again.
 */

const isInt = (v: unknown, min = 1): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

function recordSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name === RECORD_SHEET_NAME);
}

/**
 * A cell value as the text a person sees in it: rich text (LibreOffice saves a text mixing Latin
 * and Chinese as runs, one font each) joined, a hyperlink's text, a formula's cached result.
 */
function valueText(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if (typeof o.text === 'string') return o.text;
  if ('result' in o) return valueText(o.result);
  return v;
}

const cellValue = (ws: ExcelJS.Worksheet, row: number, col: number): unknown => valueText(findCell(ws, row, col)?.value);

/**
 * The annotation record a workbook carries: undefined when it has none; throws
 * `annotation-state-invalid` when the record sheet is there but does not hold a record we wrote.
 */
function readRecord(workbook: ExcelJS.Workbook): AnnotationRecord | undefined {
  const sheet = recordSheetOf(workbook);
  if (!sheet) return undefined;
  const cells: unknown[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const v = cellValue(sheet, r, 1);
    if (v === null || v === undefined || v === '') break;
    cells.push(v);
  }
  const record = readRecordCells(cells);
  if ('invalid' in record) throw annotateError(workbook, 'annotation-state-invalid', { reason: record.invalid });
  return record;
}

/** A next-due cell's date as an ISO day: exceljs gives a Date (UTC fields) for a date cell; a time of day makes it no date of ours. */
function isoOf(v: unknown, date1904: boolean): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime() % 86_400_000 === 0 ? v.toISOString().slice(0, 10) : null;
  return typeof v === 'number' ? serialToIso(v, date1904) : null;
}

/** Where our cells are on one sheet, and which cells there the clerk typed (kept). */
interface OursOnSheet {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** [column, recorded column] for each column found, status first. */
  columns: { column: number; kind: 'status' | 'nextDue' }[];
  /** Cells (row, column) that are ours. */
  cells: [number, number][];
  /** Addresses of the clerk's cells in our columns, which stay. */
  kept: string[];
}

/** Our columns and cells on every sheet that carries our header cells (a copy of the sheet too). */
function findOurCells(workbook: ExcelJS.Workbook, record: AnnotationRecord, date1904: boolean): OursOnSheet[] {
  const status = statusOwner(record);
  const nextDue = nextDueOwner(record);
  const out: OursOnSheet[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === RECORD_SHEET_NAME) continue;
    const found = findOurColumns(record, (r, c) => cellValue(ws, r, c), ws.columnCount, ws.rowCount);
    if (!found) continue;
    const on: OursOnSheet = { ws, headerRow: found.headerRow, columns: [], cells: [], kept: [] };
    const columns = [...found.status.map((column) => ({ column, kind: 'status' as const })), ...found.nextDue.map((column) => ({ column, kind: 'nextDue' as const }))];
    for (const { column, kind } of columns) {
      on.columns.push({ column, kind });
      on.cells.push([found.headerRow, column]);
      for (let r = found.headerRow + 1; r <= ws.rowCount; r++) {
        const cell = findCell(ws, r, column);
        if (!cell) continue;
        const v = valueText(cell.value);
        if (v === null || v === undefined || v === '') {
          // An empty cell we formatted (a status fill without text cannot happen; keep formats of the clerk's).
          continue;
        }
        if (kind === 'status' ? status(v) : nextDue(isoOf(v, date1904))) on.cells.push([r, column]);
        else on.kept.push(`${columnLetters(column)}${r}`);
      }
    }
    out.push(on);
  }
  return out;
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
  if ([plan.sheet, plan.summary.name].some((n) => n.toLowerCase() === RECORD_SHEET_NAME)) throw bad(`${RECORD_SHEET_NAME} is ledgerlint's own sheet`);
  if (plan.sheet.toLowerCase() === plan.summary.name.toLowerCase()) throw bad('the summary sheet is the checked sheet');
  for (const h of plan.highlights) if (typeof h.ref !== 'string' || typeof h.formula !== 'string' || !HIGHLIGHT_STYLE[h.style]) throw bad('highlight malformed');
}

/** The first of the clerk's cells our columns would cover, or undefined when they are free. */
function findConflict(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number) {
  const rowCount = ws.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    for (const col of [plan.statusColumn, plan.nextDueColumn]) {
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
 * Apply an annotation plan to the workbook in memory (write it with writeWorkbookAtomic). A
 * previous annotation is cleared first (`clearAnnotation`), so annotating twice equals annotating
 * once. Throws LedgerlintError: `annotation-target-not-empty` when one of the clerk's cells (a
 * value, a note or a merged range) sits in our two columns, `annotation-sheet-exists` when a sheet
 * of the clerk's has the summary sheet's name, `annotation-plan-invalid`,
 * `annotation-state-invalid`, `sheet-not-found`. When it throws, the in-memory workbook may have
 * lost the previous annotation but nothing of the clerk's; nothing is written.
 * @example applyPlan(workbook, planAnnotation(report, profile, shape, '回访.xlsx'));
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  checkPlan(workbook, plan);
  if (recordSheetOf(workbook)) clearAnnotation(workbook);
  const ws = workbook.getWorksheet(plan.sheet);
  if (!ws || ws.name === RECORD_SHEET_NAME) {
    throw readError('sheet-not-found', { file: fileOf(workbook), sheet: plan.sheet, sheets: workbook.worksheets.map((w) => w.name).join(', ') });
  }
  let lastRow = Math.max(plan.lastDataRow, plan.headerRow);
  for (const r of plan.rows) if (r.row > lastRow) lastRow = r.row;

  const conflict = findConflict(ws, plan, lastRow);
  if (conflict) throw annotateError(workbook, 'annotation-target-not-empty', { sheet: ws.name, ...conflict });
  const clash = workbook.worksheets.find((w) => w.name.toLowerCase() === plan.summary.name.toLowerCase());
  if (clash) throw annotateError(workbook, 'annotation-sheet-exists', { sheet: clash.name });

  const statusColumn = ws.getColumn(plan.statusColumn) as unknown as XColumnInternal;
  const nextDueColumn = ws.getColumn(plan.nextDueColumn) as unknown as XColumnInternal;
  const previousWidths = { unit: 'characters' as const, status: statusColumn.width ?? null, nextDue: nextDueColumn.width ?? null };
  const previousHidden = statusColumn.hidden || nextDueColumn.hidden ? { status: !!statusColumn.hidden, nextDue: !!nextDueColumn.hidden } : undefined;
  const record = recordOfPlan(
    { ...plan, sheet: ws.name, lastDataRow: lastRow },
    { writer: 'cli', previousWidths, previousHidden, previousStyles: previousStyles(ws, plan, lastRow), notes: plan.rows.some((r) => !!r.note) },
  );

  // The two columns.
  for (const [col, text] of [
    [plan.statusColumn, plan.headers.status],
    [plan.nextDueColumn, plan.headers.nextDue],
  ] as const) {
    const cell = ws.getCell(plan.headerRow, col);
    cell.value = fitCellText(String(text));
    cell.style = headerStyle(workbook);
  }
  for (const row of plan.rows) {
    const status = ws.getCell(row.row, plan.statusColumn);
    // A string value is written as text, never as a formula, even when it starts with = + - @.
    status.value = fitCellText(String(row.status));
    status.style = levelStyle(workbook, row.level);
    if (row.note) status.note = fitCellText(String(row.note));
    if (row.nextDue) {
      const [y, m, d] = row.nextDue.split('-').map(Number);
      const due = ws.getCell(row.row, plan.nextDueColumn);
      due.value = new Date(Date.UTC(y, m - 1, d));
      due.style = { numFmt: DATE_FORMAT };
    }
  }
  statusColumn.width = STATUS_WIDTH;
  nextDueColumn.width = NEXT_DUE_WIDTH;
  if (previousHidden) {
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
  writeRecord(workbook, record);
}

/** The formats of the clerk's empty cells in our columns and rows, as runs down each column. */
function previousStyles(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number): NonNullable<AnnotationRecord['previousStyles']> {
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
  return { styles: styles as Record<string, unknown>[], runs };
}

function writeSummary(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  const ws = workbook.addWorksheet(plan.summary.name);
  let afterBlank = true; // the first row is a heading too
  plan.summary.rows.forEach((values, i) => {
    const blank = !values || values.every((v) => v === null || v === undefined || v === '');
    (values ?? []).forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = typeof v === 'number' ? v : fitCellText(String(v));
      if (afterBlank) cell.font = fontOf(workbook, { bold: true });
    });
    afterBlank = blank;
  });
  plan.summary.widths.forEach((w, j) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) ws.getColumn(j + 1).width = w;
  });
}

function writeRecord(workbook: ExcelJS.Workbook, record: AnnotationRecord): void {
  const ws = workbook.addWorksheet(RECORD_SHEET_NAME, { state: 'veryHidden' });
  recordCells(record).forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
}

/** All the values of a sheet, row by row (blank rows empty), as the summary hash reads them. */
function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = cellValue(ws, r, c);
      row.push(v instanceof Date ? v.toISOString() : v);
    }
    rows.push(row);
  }
  return rows;
}

/** Column width in characters from the record's unit (the add-in records points). */
function widthInCharacters(width: number | null, unit: AnnotationRecord['previousWidths']['unit']): number | undefined {
  if (width === null) return undefined;
  // Excel: pixels = characters x 7 + 5 (Calibri 11's digit width), points = pixels x 0.75.
  return unit === 'points' ? Math.max(0, Math.round(((width / 0.75 - 5) / 7) * 100) / 100) : width;
}

/** What `clearAnnotation` did. */
export interface ClearResult {
  /** False when the workbook carries no annotation (nothing changed). */
  cleared: boolean;
  /** The annotated sheet (as it is named now), when our columns were found on it. */
  sheet?: string;
  /** Where our two columns were on it (now empty, unless the clerk typed there: see `kept`). */
  columns?: { status: number; nextDue: number };
  /** Every sheet our cells were taken off (a copy of the annotated sheet carries them too). */
  sheets: string[];
  /** The clerk's cells found in our columns, kept: `Sheet!K7`. */
  kept: string[];
  /** The summary sheet, kept because the clerk changed it after annotating. */
  keptSummary?: string;
  /** Our columns were nowhere (the clerk deleted them): only the formats and sheets were removed. */
  columnsMissing: boolean;
}

/**
 * Remove a ledgerlint annotation, found by what it is (policy annotate/record.ts), wherever the
 * clerk moved it: our header cells and the cells below them that hold what we wrote (value,
 * format and note go; a cell the clerk typed there stays and is listed in `kept`), the formats the
 * clerk's empty cells there had before, our columns' widths, exactly our conditional formats (by
 * formula shape), the summary sheet (unless the clerk changed it: then it stays, `keptSummary`)
 * and the record sheet. Without a record: `{ cleared: false }` and nothing changed; a damaged
 * record throws `annotation-state-invalid`.
 * @example const { cleared, sheet, kept } = clearAnnotation(workbook); // { cleared: true, sheet: '客户回访记录表', kept: [] , … }
 */
export function clearAnnotation(workbook: ExcelJS.Workbook): ClearResult {
  const record = readRecord(workbook);
  if (!record) return { cleared: false, sheets: [], kept: [], columnsMissing: false };
  const date1904 = workbookDate1904(workbook);
  const found = findOurCells(workbook, record, date1904);
  // The annotated sheet: by its recorded name, else (renamed) the first sheet carrying our cells.
  const main = found.find((f) => f.ws.name === record.sheet) ?? found[0];
  const result: ClearResult = { cleared: true, sheets: found.map((f) => f.ws.name), kept: [], columnsMissing: found.length === 0 };
  if (main) {
    result.sheet = main.ws.name;
    const at = (kind: 'status' | 'nextDue') => main.columns.find((c) => c.kind === kind)?.column;
    const status = at('status');
    const nextDue = at('nextDue');
    if (status !== undefined && nextDue !== undefined) result.columns = { status, nextDue };
  }

  for (const on of found) {
    for (const [r, col] of on.cells) {
      const row = on.ws.findRow(r) as unknown as XRowInternal | undefined;
      // Take the cell out of the row: value, format and note go with it, as if never written.
      if (row?._cells[col - 1]) row._cells[col - 1] = undefined;
    }
    result.kept.push(...on.kept.map((a) => `${on.ws.name}!${a}`));
  }
  if (main) restoreColumns(main, record);

  // Exactly our conditional formats, on every sheet (copies carry them, and they outlive our
  // columns when the clerk deleted those): by formula shape, since Excel rewrites references.
  const ours = highlightOwner(record);
  for (const ws of workbook.worksheets) {
    const cfs = cfsOf(ws);
    for (let i = cfs.length - 1; i >= 0; i--) {
      const cf = cfs[i];
      cf.rules = cf.rules.filter((rule) => !(rule.type === 'expression' && typeof rule.formulae?.[0] === 'string' && ours(rule.formulae[0], cf.ref)));
      if (cf.rules.length === 0) cfs.splice(i, 1);
    }
  }

  const summary = workbook.getWorksheet(record.summary.name) ?? workbook.worksheets.find((w) => w.name !== RECORD_SHEET_NAME && cellValue(w, 1, 1) === SUMMARY_TITLE);
  if (summary && found.every((f) => f.ws !== summary)) {
    if (record.summary.hash === null || summaryHash(sheetValues(summary)) === record.summary.hash) workbook.removeWorksheet(summary.id);
    else result.keptSummary = summary.name;
  }
  const recordSheet = recordSheetOf(workbook);
  if (recordSheet) workbook.removeWorksheet(recordSheet.id);
  // If the clerk saved with one of our sheets active, point the view at the checked sheet again.
  const sheets = workbook.worksheets;
  for (const view of (workbook.views ?? []) as { activeTab?: number; firstSheet?: number }[]) {
    if (typeof view.activeTab === 'number' && view.activeTab >= sheets.length) view.activeTab = Math.max(0, main ? sheets.indexOf(main.ws) : 0);
    if (typeof view.firstSheet === 'number' && view.firstSheet >= sheets.length) view.firstSheet = 0;
  }
  return result;
}

/**
 * Give our columns on the annotated sheet back what they had: the widths and hidden flags, and
 * the formats of the clerk's empty cells, moved as far as our columns and header row moved.
 */
function restoreColumns(on: OursOnSheet, record: AnnotationRecord): void {
  const { ws } = on;
  const dRow = on.headerRow - record.headerRow;
  const where = (kind: 'status' | 'nextDue') => on.columns.find((c) => c.kind === kind)?.column;
  const recorded = { status: record.statusColumn, nextDue: record.nextDueColumn };
  const styles = record.previousStyles;
  for (const kind of ['status', 'nextDue'] as const) {
    const col = where(kind);
    if (col === undefined) continue;
    const column = ws.getColumn(col) as unknown as XColumnInternal;
    column.width = widthInCharacters(record.previousWidths[kind], record.previousWidths.unit);
    if (record.previousHidden) column.hidden = record.previousHidden[kind];
    for (const [c, from, to, index] of styles?.runs ?? []) {
      if (c !== recorded[kind]) continue;
      for (let r = from; r <= to; r++) {
        const target = r + dRow;
        if (target < 1 || findCell(ws, target, col)) continue; // a cell there now is the clerk's
        ws.getCell(target, col).style = copy(styles!.styles[index] as StyleModel);
      }
    }
  }
}
