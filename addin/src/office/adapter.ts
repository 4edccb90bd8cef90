/**
 * The Office.js adapter: the only code that touches Excel. Each command is one `Excel.run` with a
 * small, fixed number of `context.sync()` calls, never one per row or per sheet (the tests count
 * them):
 *
 * - Check: 1 for the active sheet's shape, the sheet list and the settings; 1 per chunk of rows
 *   (each chunk also reads the merged areas that start in it, where ExcelApi 1.13 allows; the
 *   first chunk also reads the annotation record, so our own cells are left out of the check).
 * - Annotate: as Check (the first chunk also reads, when there is a prior annotation, each other
 *   sheet's extent, title and conditional formats, else the widths where our columns will go);
 *   then, only after a prior annotation, 1 for what it left (the header rows of the other sheets,
 *   small sheets whole, the summary sheet, the widths where our columns go) and 1 per chunk of our
 *   columns below the header rows of big other sheets; then the writes, as few syncs as the 5 MB
 *   payload limit allows (1 for an ordinary ledger).
 * - Clear: 1 for the sheet list and the settings; 1 for the record and each sheet's extent, title
 *   and conditional formats; 1 for the header rows (small sheets whole) and the summary sheet; 1
 *   per chunk of our columns below the header rows of big sheets; then the writes.
 *
 * What it writes: two columns right of everything the clerk has used (values or formats), their
 * header, status and next-due cells, formats and notes on those cells, conditional formats over
 * the data rows, a summary sheet, and the record of all that in the very hidden sheet
 * `ledgerlint_state` (the same record the command line keeps, `@ledgerlint/policy`'s
 * annotate/record.ts). Never a cell of the clerk's. A prior annotation is found again by what it
 * is (prior.ts), so Clear and a new Annotate remove only what is certainly ours.
 */
import {
  ANNOTATION_COLORS,
  columnLetter,
  evaluate,
  fitCellText,
  HEADER_SEARCH_ROWS,
  isLedgerlintError,
  LedgerlintError,
  planAnnotation,
  proposeColumnMap,
  RECORD_SHEET_NAME,
  recordCells,
  recordOfPlan,
  type AnnotationPlan,
  type AnnotationRecord,
  type CellColors,
  type FoundColumns,
  type CellRange,
  type CellValue,
  type ColumnMap,
  type Field,
  type Profile,
  type Report,
  type Table,
  tableWidth,
} from '@ledgerlint/policy';
import { capabilities, MINIMUM_EXCEL_API, type Capabilities } from './capabilities';
import { DATE_PROBE_ROWS, detectDateSystem, isoToSerial } from './dates';
import type { ExcelHost, XConditionalFormat, XContext, XRange, XRangeAreas, XWorksheet } from './excel-slice';
import { continuationRows, mergeBands, MERGED_LAYOUT_MIN_ROWS, rangeOfAddress, rowList } from './merges';
import { addinError } from './messages';
import { findColumns, needsRange, ourFormats, ownedCells, previousWidth, recordFrom, SheetCells, summaryCandidate, summaryIntact, type Owned } from './prior';
import { parseState, serializeState, SETTINGS_KEY, emptyState, type SheetSettings, type StoredState } from './state';

export { DATE_PROBE_ROWS, detectDateSystem, isoToSerial } from './dates';

/** Sizes that keep each request well under Excel on the web's 5 MB cap. */
export interface Limits {
  /** Bytes (UTF-8 JSON, estimated) per request. */
  payloadBudget: number;
  /** Cells in the first read chunk (later chunks are sized from what the first one weighed). */
  firstChunkCells: number;
  /** Rows per read chunk at most. */
  maxChunkRows: number;
  /** Cells in the used range at most (every platform caps a read at 5,000,000 cells). */
  maxCells: number;
}

export const DEFAULT_LIMITS: Limits = { payloadBudget: 2_000_000, firstChunkCells: 40_000, maxChunkRows: 5_000, maxCells: 5_000_000 };

export interface Progress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export interface CommandOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  limits?: Partial<Limits>;
}

export interface CheckOptions extends CommandOptions {
  profile: Profile;
  asOf?: string;
  /** Field -> header the clerk chose; default: the mapping remembered for this sheet. */
  columns?: Partial<Record<Field, string>>;
}

export interface SheetRef {
  id: string;
  name: string;
}

export interface CheckResult {
  sheet: SheetRef;
  /** The report, or null when the ledger cannot be checked (see `error`). */
  report: Report | null;
  error: LedgerlintError | null;
  /** Headers of the header row (as the mapping editor shows them), when one was found. */
  headers: string[];
  /** The mapping used or proposed: field -> column index into `headers`. */
  fields: Partial<Record<Field, number>>;
  via: ColumnMap['via'];
  /** The mapping remembered for this sheet, when there is one. */
  saved: SheetSettings | undefined;
  /** First column (1 = A) of the table, to turn `fields` into letters. */
  firstColumn: number;
  capabilities: Capabilities;
  stats: { rows: number; columns: number; chunks: number; syncs: number };
  /** The workbook's date system and how it was known (see `detectDateSystem`). */
  dateSystem: DateSystem;
  /** Milliseconds: reading the sheet (all syncs up to the last chunk), and the library's evaluate(). */
  timings: { readMs: number; evaluateMs: number };
}

/**
 * The workbook's date system. `api`: `workbook.use1904DateSystem` (a preview Office.js API, used
 * when the Office.js in the page exposes it); `text`: the displayed text of date cells, which
 * Excel formats in the workbook's own system, matched against both readings of their serials
 * (works on every requirement set); `default`: no date cell to tell by, so 1900 is assumed.
 */
export interface DateSystem {
  date1904: boolean;
  source: 'api' | 'text' | 'default';
}

/** What removing a prior annotation left alone, for the pane to say. */
export interface Removal {
  /** Every sheet our cells, widths or conditional formats were taken off (a deleted summary sheet is not listed). */
  sheets: string[];
  /** The clerk's cells found in our columns (typed there after we wrote), kept as they are: A1 addresses per sheet. */
  kept: { sheet: string; cells: string[] }[];
  /** Summary sheets of ours the clerk edited since: kept. */
  keptSummary: string[];
  /**
   * Headers of our columns found on no sheet (deleted or retyped by the clerk): such a column is
   * left as it is; when both are missing, only our formats, summary and record went.
   */
  missingColumns: string[];
}

export interface AnnotateResult extends CheckResult {
  plan: { rows: number; notes: number; highlights: number; statusColumn: string; nextDueColumn: string; summarySheet: string };
  /** What this Excel could not do, and what was done instead (codes; the UI words them). */
  degraded: ('no-notes' | 'no-conditional-formats' | 'no-workbook-settings' | 'no-undo-group')[];
  /** What the removal of the prior annotation kept, or null when there was none. */
  prior: Removal | null;
}

export interface ClearResult extends Removal {
  /** The first sheet our columns were taken off, or null when none was found. */
  sheet: string | null;
  syncs: number;
}

/* ------------------------------------------------------------------------------------------------
 * Small helpers.
 */

/** Bytes of a string as UTF-8, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** JSON weight of a 2-D array of cells, estimated from the UTF-8 length of each cell. */
function weight(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += (typeof v === 'string' ? utf8Length(v) + 2 : v === null ? 4 : String(v).length) + 1;
  }
  return n;
}

/**
 * Our text as Excel will keep it: never a formula (a leading = + - @ gets Excel's text prefix),
 * and within a cell's limit with that prefix counted.
 */
export function literalCellText(s: string): string {
  return fitCellText(/^[=+\-@]/.test(s) ? `'${s}` : s);
}

/** What Excel keeps of a `literalCellText`: the value without its text prefix. */
const storedText = (written: string) => (/^'[=+\-@]/.test(written) ? written.slice(1) : written);

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw addinError('cancelled');
}

/** Excel errors -> our bilingual errors; ours pass through. */
function asAddinError(e: unknown): LedgerlintError {
  if (isLedgerlintError(e)) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message.split('\n', 1)[0] : String(e);
  return addinError('excel-failed', { code: typeof code === 'string' ? code : 'Error', reason: message.slice(0, 300) });
}

const isPayloadError = (e: unknown) => {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const message = e instanceof Error ? e.message : '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code + ' ' + message);
};

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/* ------------------------------------------------------------------------------------------------
 * State: workbook.settings (ExcelApi 1.4) or the document's common settings.
 */

interface StateStore {
  /** Queue the read; the getter works after the next sync. */
  queueRead(ctx: XContext): () => unknown;
  /** Queue the write of the settings' JSON (`serializeState`). */
  write(ctx: XContext, json: string): void;
  /** Persist (common settings save asynchronously, after the batch). */
  afterRun(): Promise<void>;
}

function stateStore(host: ExcelHost, caps: Capabilities): StateStore {
  if (caps.workbookSettings) {
    return {
      queueRead(ctx) {
        const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        return () => (item.isNullObject ? undefined : item.value);
      },
      write(ctx, json) {
        ctx.workbook.settings.add(SETTINGS_KEY, json);
      },
      afterRun: async () => undefined,
    };
  }
  const settings = host.documentSettings;
  let dirty = false;
  return {
    queueRead: () => () => settings?.get(SETTINGS_KEY),
    write(_ctx, json) {
      settings?.set(SETTINGS_KEY, json);
      dirty = true;
    },
    afterRun: () =>
      new Promise<void>((resolve) => {
        if (!dirty || !settings) return resolve();
        settings.saveAsync(() => resolve());
      }),
  };
}

function storedOf(raw: unknown): StoredState {
  const parsed = parseState(raw);
  if (parsed === undefined) return { state: emptyState(), legacyAnnotation: null };
  if ('invalid' in parsed) throw addinError('state-invalid', { reason: parsed.invalid });
  return parsed;
}

/* ------------------------------------------------------------------------------------------------
 * Reading the active sheet.
 */

interface Meta {
  sheet: XWorksheet;
  ref: SheetRef;
  protected: boolean;
  /** 0-based first row / column and size of the used range (values only); null when empty. */
  used: { row: number; col: number; rows: number; cols: number; cells: number } | null;
  /** 1-based last column holding any format or value. */
  lastFormattedColumn: number;
  sheets: SheetRef[];
  stored: StoredState;
}

function rangeBox(r: XRange) {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount, cells: r.cellCount };
}

async function readMeta(ctx: XContext, caps: Capabilities, store: StateStore, counter: { syncs: number }): Promise<Meta> {
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.load('id,name');
  sheet.protection.load('protected');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name');
  const state = store.queueRead(ctx);
  const used = caps.nullObjects ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,cellCount');
  const usedAll = caps.nullObjects ? sheet.getUsedRangeOrNullObject(false) : sheet.getUsedRange(false);
  usedAll.load('columnIndex,columnCount');
  let empty = false;
  try {
    counter.syncs++;
    await ctx.sync();
  } catch (e) {
    // ExcelApi < 1.4: an empty sheet has no used range and the batch fails with ItemNotFound.
    if (caps.nullObjects || String((e as { code?: unknown })?.code) !== 'ItemNotFound') throw e;
    empty = true;
    sheet.load('id,name');
    counter.syncs++;
    await ctx.sync();
  }
  const isEmpty = empty || used.isNullObject;
  return {
    sheet,
    ref: { id: sheet.id, name: sheet.name },
    protected: !!sheet.protection.protected,
    used: isEmpty ? null : rangeBox(used),
    lastFormattedColumn: isEmpty || usedAll.isNullObject ? 0 : usedAll.columnIndex + usedAll.columnCount,
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    stored: storedOf(state()),
  };
}

interface ReadResult {
  table: Table;
  chunks: number;
  dateSystem: DateSystem;
}

/** `workbook.use1904DateSystem`, where this Office.js exposes it (a preview API; not in ExcelApi 1.x). */
function has1904Api(ctx: XContext): boolean {
  try {
    return 'use1904DateSystem' in (ctx.workbook as object);
  } catch {
    return false;
  }
}

function a1(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * Read the used range in chunks of rows: values and number formats (`text` only for the top
 * DATE_PROBE_ROWS rows, to tell the date system) and, where ExcelApi 1.13 allows, the merged areas
 * that start in the chunk (into `table.merges`, as the command line reads them from the file). The
 * first chunk is sized by cells; the next ones by what the first weighed; a payload error halves
 * the chunk and retries it. `extra` queues more loads into the first chunk's sync.
 */
async function readRows(ctx: XContext, meta: Meta, caps: Capabilities, limits: Limits, options: CommandOptions, counter: { syncs: number }, extra?: () => void): Promise<ReadResult> {
  const used = meta.used!;
  if (used.cells > limits.maxCells) throw addinError('range-too-big', { sheet: meta.ref.name, cells: used.cells.toLocaleString('en-US'), limit: limits.maxCells.toLocaleString('en-US') });
  const firstCol = used.col + 1;
  const lastCol = used.col + used.cols;
  const rows: CellValue[][] = new Array(used.rows);
  const formats: (string | null)[][] = new Array(used.rows);
  let chunkRows = Math.max(1, Math.min(limits.maxChunkRows, Math.floor(limits.firstChunkCells / used.cols)));
  let done = 0;
  let chunks = 0;
  // The date system: read with the first chunk, no sync of its own. The API where Office.js has
  // it (dropped if the host refuses it), else the displayed text of the top rows' cells.
  let useApi = has1904Api(ctx);
  let dateSystem: DateSystem = { date1904: false, source: 'default' };
  const merges: CellRange[] = [];
  while (done < used.rows) {
    checkAborted(options.signal);
    const n = Math.min(chunkRows, used.rows - done);
    const top = used.row + done + 1;
    const range = meta.sheet.getRange(`${a1(firstCol, top)}:${a1(lastCol, top + n - 1)}`);
    range.load('values,numberFormat');
    // Merged areas (ExcelApi 1.13) in the same sync as the chunk's cells: bands small enough
    // that none can hold more areas than one call may give (merges.ts).
    const mergeReads: XRangeAreas[] = [];
    if (caps.mergedAreas) {
      for (const b of mergeBands(top, top + n - 1, firstCol, lastCol)) {
        const areas = meta.sheet.getRange(`${a1(b.left, b.top)}:${a1(b.right, b.bottom)}`).getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        mergeReads.push(areas);
      }
    }
    let probe: XRange | undefined;
    const api = chunks === 0 && useApi;
    if (chunks === 0) {
      extra?.();
      if (api) ctx.workbook.load('use1904DateSystem');
      probe = meta.sheet.getRange(`${a1(firstCol, top)}:${a1(lastCol, top + Math.min(n, DATE_PROBE_ROWS) - 1)}`);
      probe.load('text');
    }
    try {
      counter.syncs++;
      await ctx.sync();
    } catch (e) {
      if (api && !isPayloadError(e)) {
        // This Excel does not know the property after all: read the text instead.
        useApi = false;
        continue;
      }
      if (!isPayloadError(e) || n === 1) throw e;
      chunkRows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    chunks++;
    for (const areas of mergeReads) {
      if (areas.isNullObject) continue;
      for (const area of areas.areas.items) {
        const m = rangeOfAddress(area.address);
        if (m && (m.bottom > m.top || m.right > m.left)) merges.push(m);
      }
    }
    const values = range.values;
    const fmts = range.numberFormat;
    const flag = api ? (ctx.workbook as unknown as { use1904DateSystem?: unknown }).use1904DateSystem : undefined;
    if (typeof flag === 'boolean') dateSystem = { date1904: flag, source: 'api' };
    else if (probe) {
      const found = detectDateSystem(values, fmts, probe.text);
      if (found !== null) dateSystem = { date1904: found, source: 'text' };
    }
    let bytes = 0;
    if (chunks === 1) bytes = weight(values) + weight(fmts);
    // The arrays Excel gave are ours: blank cells become null in place, no copy per row.
    for (let i = 0; i < n; i++) {
      const row = values[i] as CellValue[];
      for (let j = 0; j < row.length; j++) if (row[j] === '' || row[j] === undefined) row[j] = null;
      rows[done + i] = row;
      formats[done + i] = fmts[i] as (string | null)[];
    }
    done += n;
    if (chunks === 1 && bytes > 0) {
      // Size the next chunks to about half the budget each, from what this one weighed.
      chunkRows = Math.max(1, Math.min(limits.maxChunkRows, Math.floor((n * limits.payloadBudget) / 2 / bytes)));
    }
    options.onProgress?.({ phase: 'read', done, total: used.rows });
  }
  const table: Table = { sheet: meta.ref.name, rows, formats, firstRow: used.row + 1, firstColumn: firstCol };
  if (dateSystem.date1904) table.date1904 = true;
  if (merges.length) table.merges = merges;
  return { table, chunks, dateSystem };
}

/* ------------------------------------------------------------------------------------------------
 * A prior annotation: its record, and every sheet it may have left something on.
 */

/** The used range of a sheet without failing on an empty one: values only where ExcelApi 1.4 gives a null object, else values and formats (never throws). */
function usedRangeOf(ws: XWorksheet, caps: Capabilities): XRange {
  return caps.nullObjects ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(false);
}

/** The record sheet, when the workbook has one (sheet names are unique regardless of case). */
const recordSheetOf = (sheets: readonly SheetRef[]) => sheets.find((s) => s.name.toLowerCase() === RECORD_SHEET_NAME);

/** Queue the read of the record sheet's column A; the getter gives it from A1 after the next sync. */
function queueRecord(ctx: XContext, ref: SheetRef, caps: Capabilities): () => unknown[] {
  const used = usedRangeOf(ctx.workbook.worksheets.getItem(ref.name), caps);
  used.load('values,rowIndex,columnIndex');
  return () => (used.isNullObject || used.columnIndex !== 0 ? [] : [...new Array<unknown>(used.rowIndex).fill(null), ...used.values.map((r) => r[0])]);
}

/** A sheet's used range in sheet rows and columns (1-based, inclusive). */
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet while a prior annotation is looked for on it; filled in sync by sync. */
interface SheetProbe {
  ref: SheetRef;
  ws: XWorksheet;
  /** The active sheet of Annotate: its cells are the rows read for the check. */
  active: boolean;
  isProtected: () => boolean;
  /** Loaded in the first probe sync (other sheets only): extent and A1 (a renamed summary's title). */
  used?: XRange;
  a1?: XRange;
  /** The sheet's whole collection of conditional formats (ExcelApi 1.6). */
  cfs?: { items: XConditionalFormat[] };
  box: Box | null;
  /** The header rows read (small sheets: the whole used range), and the date probe's text. */
  band?: { range: XRange; text: XRange | null; top: number; left: number; bottom: number };
  /** A summary sheet of ours, maybe: its values from A1. */
  summary?: XRange;
  summaryIntact?: boolean;
  /** Ranges of conditional formats that are ours only on their recorded range, by item index. */
  cfRanges: Map<number, XRange>;
  cells?: SheetCells;
  owned?: Owned;
}

/** A prior annotation while it is located. */
interface Prior {
  record: AnnotationRecord;
  probes: SheetProbe[];
}

/**
 * Queue, for every sheet but the record sheet, what can be read before the record is known: its
 * extent, A1 and protection (the active sheet's are known already) and its conditional formats.
 */
function queueProbes(ctx: XContext, sheets: readonly SheetRef[], active: { ref: SheetRef; ws: XWorksheet } | null, caps: Capabilities): SheetProbe[] {
  return sheets
    .filter((ref) => ref !== recordSheetOf(sheets))
    .map((ref) => {
      const isActive = !!active && ref.id === active.ref.id;
      const ws = isActive ? active!.ws : ctx.workbook.worksheets.getItem(ref.name);
      const probe: SheetProbe = { ref, ws, active: isActive, isProtected: () => false, box: null, cfRanges: new Map() };
      if (!isActive) {
        ws.protection.load('protected');
        probe.isProtected = () => !!ws.protection.protected;
        probe.used = usedRangeOf(ws, caps);
        probe.used.load('rowIndex,columnIndex,rowCount,columnCount');
        probe.a1 = ws.getRange('A1');
        probe.a1.load('values');
      }
      if (caps.conditionalFormats) {
        const cfs = ws.getRange().conditionalFormats;
        cfs.load('items/type,items/customOrNullObject/rule/formula');
        probe.cfs = cfs;
      }
      return probe;
    });
}

/** The custom formula of a conditional format read back, or null for another type. */
const formulaOf = (cf: XConditionalFormat) => (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject ? cf.customOrNullObject.rule.formula : null);

/** Sheets of at most this many used cells are read whole with their header rows (no sync of their own for our columns). */
const WHOLE_SHEET_CELLS = 20_000;

/**
 * Locate what a prior annotation left on the sheets other than the active one: 1 sync for their
 * header rows (small sheets whole), the summary sheet and the ranges of old-style conditional
 * formats (`extra` queues more), then 1 per chunk of our columns below the header rows of big
 * sheets. `date1904`: the workbook's date system, or 'detect' to tell it from the rows read.
 */
async function locate(ctx: XContext, prior: Prior, { limits, counter }: Command, date1904: boolean | null | 'detect', extra?: () => void): Promise<void> {
  const { record } = prior;
  for (const p of prior.probes) {
    p.cfs?.items.forEach((cf, i) => {
      if (!needsRange(record, formulaOf(cf))) return;
      const range = cf.getRangeOrNullObject();
      range.load('address');
      p.cfRanges.set(i, range);
    });
    if (p.active || !p.used || p.used.isNullObject) continue;
    const box = (p.box = { top: p.used.rowIndex + 1, left: p.used.columnIndex + 1, bottom: p.used.rowIndex + p.used.rowCount, right: p.used.columnIndex + p.used.columnCount });
    if (summaryCandidate(record, p.ref.name, p.a1?.values[0]?.[0])) {
      p.summary = p.ws.getRange(`A1:${a1(box.right, box.bottom)}`);
      p.summary.load('values');
      continue;
    }
    const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    const bottom = cells <= WHOLE_SHEET_CELLS ? box.bottom : Math.min(box.bottom, record.headerRow + HEADER_SEARCH_ROWS);
    if (bottom < box.top) continue;
    if ((bottom - box.top + 1) * (box.right - box.left + 1) > limits.maxCells) throw addinError('range-too-big', { sheet: p.ref.name, cells: cells.toLocaleString('en-US'), limit: limits.maxCells.toLocaleString('en-US') });
    const range = p.ws.getRange(`${a1(box.left, box.top)}:${a1(box.right, bottom)}`);
    range.load('values,numberFormat');
    let text: XRange | null = null;
    if (date1904 === 'detect') {
      text = p.ws.getRange(`${a1(box.left, box.top)}:${a1(box.right, Math.min(bottom, box.top + DATE_PROBE_ROWS - 1))}`);
      text.load('text');
    }
    p.band = { range, text, top: box.top, left: box.left, bottom };
  }
  extra?.();
  counter.syncs++;
  await ctx.sync();

  let system = date1904 === 'detect' ? null : date1904;
  const strips: Strip[] = [];
  const founds = new Map<SheetProbe, FoundColumns>();
  for (const p of prior.probes) {
    if (p.summary) p.summaryIntact = summaryIntact(record, p.ref.name, p.summary.values);
    if (!p.band || !p.box) continue;
    const { range, text, top, left, bottom } = p.band;
    p.cells = new SheetCells(p.box.bottom, p.box.right);
    p.cells.pieces.push({ top, left, values: range.values, formats: range.numberFormat });
    if (text && system === null) system = detectDateSystem(range.values, range.numberFormat, text.text);
    const found = findColumns(record, p.cells);
    if (found) founds.set(p, found);
    if (found && bottom < p.box.bottom) {
      for (const col of found.status) strips.push({ probe: p, col, dates: false, from: bottom + 1, to: p.box.bottom });
      for (const col of found.nextDue) strips.push({ probe: p, col, dates: true, from: bottom + 1, to: p.box.bottom });
    }
  }
  await readStrips(ctx, strips, limits, counter);
  for (const [p, found] of founds) p.owned = ownedCells(record, p.cells!, found, system);
}

/** Rows of one of our columns still to read on a big sheet (number formats only for dates). */
interface Strip {
  probe: SheetProbe;
  col: number;
  dates: boolean;
  from: number;
  to: number;
}

/**
 * Read column strips, several per sync: the first sync `firstChunkCells` rows in all, the next
 * ones sized from what it weighed to about half the payload budget; a payload error halves them
 * and retries.
 */
async function readStrips(ctx: XContext, strips: Strip[], limits: Limits, counter: { syncs: number }): Promise<void> {
  let rows = Math.max(1, Math.min(limits.maxChunkRows, limits.firstChunkCells));
  let sized = false;
  let i = 0;
  let at = strips[0]?.from ?? 0;
  while (i < strips.length) {
    const reads: { strip: Strip; top: number; range: XRange }[] = [];
    let room = rows;
    let j = i;
    let pos = at;
    while (j < strips.length && room > 0) {
      const strip = strips[j];
      const n = Math.min(room, strip.to - pos + 1);
      const range = strip.probe.ws.getRange(`${a1(strip.col, pos)}:${a1(strip.col, pos + n - 1)}`);
      range.load(strip.dates ? 'values,numberFormat' : 'values');
      reads.push({ strip, top: pos, range });
      room -= n;
      pos += n;
      if (pos > strip.to) pos = strips[++j]?.from ?? 0;
    }
    try {
      counter.syncs++;
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || rows === 1) throw e;
      rows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    let bytes = 0;
    for (const { strip, top, range } of reads) {
      strip.probe.cells!.pieces.push({ top, left: strip.col, values: range.values, formats: strip.dates ? range.numberFormat : undefined });
      if (!sized) bytes += weight(range.values) + (strip.dates ? weight(range.numberFormat) : 0);
    }
    if (!sized && bytes > 0) rows = Math.max(1, Math.min(limits.maxChunkRows * 4, Math.floor((rows - room) * limits.payloadBudget / 2 / bytes)));
    sized = true;
    i = j;
    at = pos;
  }
}

/**
 * Blank our own cells in the rows read (what the clerk typed in our columns stays: it is theirs),
 * and give the clerk's last column: by values, and by formats outside our columns.
 */
function blankOurCells(table: Table, owned: Owned | undefined, lastFormattedColumn: number): { lastColumn: number } {
  const top = table.firstRow ?? 1;
  const first = table.firstColumn ?? 1;
  for (const run of owned?.runs ?? []) {
    for (let r = run.from; r <= run.to; r++) {
      const row = table.rows[r - top];
      if (row && run.col - first < row.length) row[run.col - first] = null;
    }
  }
  let last = first - 1;
  for (const row of table.rows) {
    for (let j = row.length - 1; j >= 0 && first + j > last; j--) {
      if (row[j] !== null) {
        last = first + j;
        break;
      }
    }
  }
  const ours = new Set([...(owned?.found.status ?? []), ...(owned?.found.nextDue ?? [])]);
  let formatted = lastFormattedColumn;
  while (formatted > 0 && ours.has(formatted)) formatted--;
  return { lastColumn: Math.max(last, formatted) };
}

/** Column widths (points) of two adjacent columns, queued; the getter works after the next sync. */
function queueWidths(ws: XWorksheet, col: number): () => { status: number; nextDue: number } {
  const status = ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format;
  const nextDue = ws.getRange(`${columnLetter(col + 1)}:${columnLetter(col + 1)}`).format;
  status.load('columnWidth');
  nextDue.load('columnWidth');
  return () => ({ status: status.columnWidth, nextDue: nextDue.columnWidth });
}

/** Evaluate, and when the ledger cannot be checked still give the headers for the mapping editor. */
async function decide(table: Table, profile: Profile, asOf: string | undefined, columns: Partial<Record<Field, string>> | undefined) {
  try {
    const report = await evaluate(table, profile, { asOf, columns: columns as never });
    return { report, error: null, headers: report.columnMap.headers, fields: report.columnMap.fields, via: report.columnMap.via };
  } catch (e) {
    if (!isLedgerlintError(e)) throw e;
    let map: ColumnMap | undefined;
    try {
      map = proposeColumnMap(table, { synonyms: profile.headers, overrides: columns as never });
    } catch {
      try {
        map = proposeColumnMap(table, { synonyms: profile.headers });
      } catch {
        map = undefined;
      }
    }
    return { report: null, error: e, headers: map?.headers ?? [], fields: map?.fields ?? {}, via: map?.via ?? {} };
  }
}

/**
 * Without ExcelApi 1.13 the merged cells were read as blanks: when the rows look like a customer's
 * merged cells (merges.ts), give no report rather than one that differs from the command line's.
 */
function refuseUnreadMerges<D extends Awaited<ReturnType<typeof decide>>>(d: D, table: Table, sheet: string, caps: Capabilities): D | (Omit<D, 'report' | 'error'> & { report: null; error: LedgerlintError }) {
  if (caps.mergedAreas || !d.report) return d;
  const rows = continuationRows(table, d.report.columnMap);
  if (rows.length < MERGED_LAYOUT_MIN_ROWS) return d;
  const shown = rowList(rows);
  return { ...d, report: null, error: addinError('merged-cells-unreadable', { sheet, rows: shown.rows, rowsEn: shown.rows.replace(/、/g, ', '), count: rows.length }) };
}

function requireMinimum(caps: Capabilities): void {
  if (!caps.minimum) throw addinError('no-excel', { minimum: MINIMUM_EXCEL_API });
}

/** What every command starts with: the host's capabilities (refused below the minimum), limits, state, a sync counter. */
function startCommand(host: ExcelHost, options: CommandOptions) {
  const caps = capabilities(host);
  requireMinimum(caps);
  return { caps, limits: { ...DEFAULT_LIMITS, ...options.limits }, store: stateStore(host, caps), counter: { syncs: 0 } };
}

type Command = ReturnType<typeof startCommand>;

/** The active sheet, opened for Check or Annotate. */
interface OpenSheet {
  meta: Meta & { used: NonNullable<Meta['used']> };
  /** When the command began reading (`timings.readMs` counts from here). */
  t0: number;
}

/** Open the active sheet: its shape and the add-in's state in 1 sync; an empty sheet is refused. */
async function openActiveSheet(ctx: XContext, { caps, store, counter }: Command): Promise<OpenSheet> {
  const t0 = now();
  const meta = await readMeta(ctx, caps, store, counter);
  if (!meta.used) throw addinError('empty-sheet', { sheet: meta.ref.name });
  return { meta: { ...meta, used: meta.used }, t0 };
}

/** What reading and checking an open sheet gives. */
interface Checked {
  /** The rows read, our own cells blanked out. */
  table: Table;
  /** The prior annotation (its record, and the sheets probed for it when `probe` asked), or undefined. */
  prior: Prior | undefined;
  /** What of ours is on the active sheet, found in the rows read. */
  owned: Owned | undefined;
  /** The clerk's last column (1 = A), by values and formats, our own columns aside. */
  lastColumn: number;
  result: CheckResult;
}

/**
 * The steps Check and Annotate share once the sheet is open: read its rows (1 sync per chunk; the
 * first chunk also reads the record and, with `probe`, each other sheet's extent and conditional
 * formats; `extra` queues more), blank out our own cells, map the columns and evaluate (or, when
 * the ledger cannot be checked, give what the mapping editor shows).
 */
async function readAndCheck(ctx: XContext, command: Command, { meta, t0 }: OpenSheet, options: CheckOptions, probe: boolean, extra?: () => void): Promise<Checked> {
  const { caps, limits, counter } = command;
  const recordSheet = recordSheetOf(meta.sheets);
  let recordValues: (() => unknown[]) | undefined;
  let probes: SheetProbe[] = [];
  const { table, chunks, dateSystem } = await readRows(ctx, meta, caps, limits, options, counter, () => {
    if (recordSheet) recordValues = queueRecord(ctx, recordSheet, caps);
    if (probe && (recordSheet || meta.stored.legacyAnnotation !== null)) probes = queueProbes(ctx, meta.sheets, { ref: meta.ref, ws: meta.sheet }, caps);
    extra?.();
  });
  const record = recordFrom(recordValues?.(), meta.stored.legacyAnnotation);
  let owned: Owned | undefined;
  if (record) {
    const cells = new SheetCells((table.firstRow ?? 1) + table.rows.length - 1, (table.firstColumn ?? 1) + tableWidth(table) - 1);
    cells.pieces.push({ top: table.firstRow ?? 1, left: table.firstColumn ?? 1, values: table.rows, formats: table.formats });
    const found = findColumns(record, cells);
    // Our own dates were read with the rest: their displayed text told the date system (else either reading).
    if (found) owned = ownedCells(record, cells, found, dateSystem.source === 'default' ? null : dateSystem.date1904);
    const active = probes.find((p) => p.active);
    if (active) active.owned = owned;
  }
  const { lastColumn } = blankOurCells(table, owned, meta.lastFormattedColumn);
  const t1 = now();
  checkAborted(options.signal);
  options.onProgress?.({ phase: 'check', done: 0, total: 1 });
  const saved = meta.stored.state.sheets[meta.ref.id];
  const columns = options.columns ?? (saved?.columns as Partial<Record<Field, string>> | undefined);
  const d = refuseUnreadMerges(await decide(table, options.profile, options.asOf, columns), table, meta.ref.name, caps);
  const result: CheckResult = {
    sheet: meta.ref,
    ...d,
    saved,
    firstColumn: table.firstColumn ?? 1,
    capabilities: caps,
    stats: { rows: table.rows.length, columns: tableWidth(table), chunks, syncs: counter.syncs },
    dateSystem,
    timings: { readMs: t1 - t0, evaluateMs: now() - t1 },
  };
  return { table, prior: record ? { record, probes } : undefined, owned, lastColumn, result };
}

/* ------------------------------------------------------------------------------------------------
 * Check.
 */

/**
 * Read the active sheet and check it: 1 sync for its shape and state, 1 per chunk of rows.
 * Writes nothing.
 */
export async function checkActiveSheet(host: ExcelHost, options: CheckOptions): Promise<CheckResult> {
  const command = startCommand(host, options);
  try {
    return await host.run(async (ctx) => (await readAndCheck(ctx, command, await openActiveSheet(ctx, command), options, false)).result);
  } catch (e) {
    throw asAddinError(e);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Writing: a batch that syncs when the queued payload would pass the budget.
 */

class WriteBatch {
  private bytes = 0;
  constructor(
    private readonly ctx: XContext,
    readonly budget: number,
    private readonly counter: { syncs: number },
  ) {}

  async add(bytes: number, op: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    op();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.counter.syncs++;
    await this.ctx.sync();
    this.bytes = 0;
  }

  /** The last sync, even when nothing is pending (state writes are tiny). */
  async finish(): Promise<void> {
    this.counter.syncs++;
    await this.ctx.sync();
    this.bytes = 0;
  }
}

/** Our colours (the library's, shared with the command line's exceljs writer) as Office.js takes them: '#RRGGBB'. */
const officeStyle = (c: CellColors) => ({ fill: `#${c.fill}`, font: c.font === undefined ? undefined : `#${c.font}` });
const HEADER_FILL = officeStyle(ANNOTATION_COLORS.header).fill;
const LEVEL_STYLE: Record<string, { fill: string; font?: string } | undefined> = {
  bad: officeStyle(ANNOTATION_COLORS.bad),
  'due-soon': officeStyle(ANNOTATION_COLORS['due-soon']),
  unknown: officeStyle(ANNOTATION_COLORS.unknown),
};
const HIGHLIGHT_STYLE: Record<string, { fill: string; font?: string }> = {
  bad: officeStyle(ANNOTATION_COLORS.bad),
  'due-soon': officeStyle(ANNOTATION_COLORS['due-soon']),
  invalid: officeStyle(ANNOTATION_COLORS.invalid),
};
/** Column widths in points (the CLI's 30 and 14 characters). */
const STATUS_WIDTH = 170;
const NEXT_DUE_WIDTH = 80;
const DATE_FORMAT = 'yyyy-mm-dd';

/** A space-separated list of single cells -> runs down each column ("E5:E7"). */
export function cellRuns(ref: string): string[] {
  const cells = ref
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => /^([A-Z]+)(\d+)$/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ col: m[1], row: Number(m[2]) }))
    .sort((a, b) => (a.col === b.col ? a.row - b.row : a.col.length - b.col.length || (a.col < b.col ? -1 : 1)));
  const runs: string[] = [];
  let start: { col: string; row: number } | undefined;
  let prev: { col: string; row: number } | undefined;
  const close = () => start && prev && runs.push(start.row === prev.row ? `${start.col}${start.row}` : `${start.col}${start.row}:${prev.col}${prev.row}`);
  for (const c of cells) {
    if (prev && c.col === prev.col && c.row === prev.row + 1) {
      prev = c;
      continue;
    }
    if (prev && c.col === prev.col && c.row === prev.row) continue;
    close();
    start = prev = c;
  }
  close();
  return runs;
}

/**
 * Queue the removal of what a located prior annotation left (after `locate`): our cells in runs
 * (the clerk's cells in our columns stay), the widths our columns had before, our conditional
 * formats, our summary sheet while it is as we wrote it (not `reuseSummary`, which Annotate
 * empties and rewrites). Refuses (`sheet-protected`) before queueing anything when a sheet to
 * change is protected. The record sheet is the caller's.
 */
async function queueRemoval(batch: WriteBatch, prior: Prior, reuseSummary: string | null, action: { zh: string; en: string }): Promise<Removal> {
  const { record, probes } = prior;
  const recorded = probes.find((p) => record.sheetId !== undefined && p.ref.id === record.sheetId) ?? probes.find((p) => p.ref.name === record.sheet);
  const work = probes.map((p) => {
    // Our formats refer to our columns: those found here, or where the record put them when the
    // clerk only retyped our headers on the annotated sheet.
    const columns = new Set([...(p.owned?.found.status ?? []), ...(p.owned?.found.nextDue ?? [])]);
    if (columns.size === 0 && p === recorded) for (const c of [record.statusColumn, record.nextDueColumn]) columns.add(c);
    const items = p === recorded || p.owned ? (p.cfs?.items ?? []) : [];
    const read = items.map((cf, i) => {
      const range = p.cfRanges.get(i);
      return { formula: formulaOf(cf), address: range && !range.isNullObject ? range.address : null };
    });
    const ours = ourFormats(record, read, columns);
    return { p, cfs: items.filter((_, i) => ours[i]) };
  });
  for (const { p, cfs } of work) {
    if ((p.owned?.runs.length || cfs.length) && p.isProtected()) throw addinError('sheet-protected', { sheet: p.ref.name, action: action.zh, actionEn: action.en });
  }
  const sheets = new Set<string>();
  const kept: Removal['kept'] = [];
  const keptSummary: string[] = [];
  for (const { p, cfs } of work) {
    const { ws, ref } = p;
    const owned = p.owned;
    if (owned) {
      for (const { col, from, to } of owned.runs) await batch.add(80, () => ws.getRange(`${a1(col, from)}:${a1(col, to)}`).clear('All'));
      for (const role of ['status', 'nextDue'] as const) {
        const width = previousWidth(record, role);
        const hidden = record.previousHidden?.[role];
        for (const col of owned.found[role]) {
          await batch.add(80, () => {
            const format = ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format;
            format.columnWidth = width;
            if (hidden) format.columnHidden = true;
          });
        }
      }
      sheets.add(ref.name);
      if (owned.kept.length) kept.push({ sheet: ref.name, cells: owned.kept.map((k) => a1(k.col, k.row)) });
    }
    for (const cf of cfs) await batch.add(60, () => cf.delete());
    if (cfs.length) sheets.add(ref.name);
    if (p.summary && ref.name !== reuseSummary) {
      if (!p.summaryIntact) keptSummary.push(ref.name);
      else await batch.add(60, () => ws.delete());
    }
  }
  const missingColumns = (['status', 'nextDue'] as const).filter((role) => !probes.some((p) => p.owned?.found[role].length)).map((role) => record.headers[role]);
  return { sheets: [...sheets], kept, keptSummary, missingColumns };
}

/* ------------------------------------------------------------------------------------------------
 * Annotate.
 */

export interface AnnotateOptions extends CheckOptions {
  /** The workbook's name for the summary sheet; default the host's document name or the sheet's. */
  ledgerName?: string;
}

/**
 * Check the active sheet and annotate it in place, in one `Excel.run` (one undo step where
 * ExcelApi 1.20 allows). Syncs: 1 for shape and settings, 1 per chunk read; after a prior
 * annotation, 1 for what it left on the other sheets (and 1 per chunk of our columns on big
 * ones); then the writes chunked under the payload budget. A prior annotation is removed first,
 * wherever it is now (what Clear removes), so annotating twice equals annotating once, and
 * annotating after the clerk's edits equals annotating the edited ledger afresh.
 */
export async function annotateActiveSheet(host: ExcelHost, options: AnnotateOptions): Promise<AnnotateResult> {
  const command = startCommand(host, options);
  const { caps, limits, store, counter } = command;
  try {
    const result = await host.run(
      async (ctx) => {
        const open = await openActiveSheet(ctx, command);
        const { meta } = open;
        const action = { zh: '标注', en: 'Annotate' };
        if (meta.protected) throw addinError('sheet-protected', { sheet: meta.ref.name, action: action.zh, actionEn: action.en });
        const recordSheet = recordSheetOf(meta.sheets);
        // Without a prior annotation our columns go right of every used value and format: their
        // widths are read with the first chunk, no sync of their own.
        const predicted = Math.max(meta.used.col + meta.used.cols, meta.lastFormattedColumn) + 1;
        let predictedWidths: (() => { status: number; nextDue: number }) | undefined;
        const checked = await readAndCheck(ctx, command, open, options, true, () => {
          if (!recordSheet && meta.stored.legacyAnnotation === null) predictedWidths = queueWidths(meta.sheet, predicted);
        });
        const { table, prior, owned, lastColumn, result: base } = checked;
        const report = base.report;
        if (!report) throw base.error;
        if (prior?.record.previousStyles) throw addinError('cli-styles', { count: styledCells(prior.record) });

        const firstColumn = table.firstColumn ?? 1;
        const lastRow = (table.firstRow ?? 1) + table.rows.length - 1;
        const ledgerName = options.ledgerName ?? host.documentName ?? meta.ref.name;
        const plan = planAnnotation(report, options.profile, { firstColumn, lastColumn, lastRow }, ledgerName);
        checkAborted(options.signal);
        let planWidths = plan.statusColumn === predicted ? predictedWidths : undefined;
        if (prior) {
          await locate(ctx, prior, command, base.dateSystem.source === 'default' ? null : base.dateSystem.date1904, () => {
            planWidths = queueWidths(meta.sheet, plan.statusColumn);
          });
        } else if (!planWidths) {
          // The prediction missed (it should not without a prior annotation): one more sync for the widths.
          planWidths = queueWidths(meta.sheet, plan.statusColumn);
          counter.syncs++;
          await ctx.sync();
        }
        // The summary sheet: ours as we wrote it is emptied and reused (deleting a sheet clears
        // the clerk's undo history); one the clerk made or edited is never overwritten.
        const clash = meta.sheets.find((s) => s.name.toLowerCase() === plan.summary.name.toLowerCase());
        const ourSummary = clash && prior?.probes.find((p) => p.ref.id === clash.id && p.summary);
        if (clash && !ourSummary) throw addinError('summary-sheet-exists', { sheet: clash.name });
        if (ourSummary && !ourSummary.summaryIntact) throw addinError('summary-edited', { sheet: clash!.name });
        const reuseSummary = clash?.name ?? null;

        // What our columns had before: where the prior annotation's column stands, what it recorded.
        const read = planWidths!();
        const before = (col: number, role: 'status' | 'nextDue') => {
          const was = owned?.found.status.includes(col) ? 'status' : owned?.found.nextDue.includes(col) ? 'nextDue' : null;
          return { width: was ? previousWidth(prior!.record, was) : read[role], hidden: was ? !!prior!.record.previousHidden?.[was] : false };
        };
        const status = before(plan.statusColumn, 'status');
        const nextDue = before(plan.nextDueColumn, 'nextDue');

        // From here on the workbook changes: no cancel.
        const degraded: AnnotateResult['degraded'] = [];
        if (!caps.notes) degraded.push('no-notes');
        if (!caps.conditionalFormats) degraded.push('no-conditional-formats');
        if (!caps.workbookSettings) degraded.push('no-workbook-settings');
        if (!caps.undoGroup) degraded.push('no-undo-group');
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        const removal = prior ? await queueRemoval(batch, prior, reuseSummary, action) : null;
        const written = await writePlan(ctx, batch, meta.sheet, plan, caps, reuseSummary, options, base.dateSystem.date1904);
        const record = recordOfPlan(plan, {
          writer: 'addin',
          sheetId: meta.ref.id,
          statusTexts: written.statusTexts,
          highlights: written.highlights,
          previousWidths: { unit: 'points', status: status.width, nextDue: nextDue.width },
          previousHidden: status.hidden || nextDue.hidden ? { status: status.hidden, nextDue: nextDue.hidden } : undefined,
          notes: written.notes > 0,
        });
        await writeRecord(ctx, batch, record, recordSheet);
        // The settings keep the column mappings only: a version-1 annotation entry is dropped now.
        if (meta.stored.legacyAnnotation !== null) await batch.add(200, () => store.write(ctx, serializeState(meta.stored.state)));
        await batch.finish();
        options.onProgress?.({ phase: 'write', done: 1, total: 1 });
        return {
          ...base,
          plan: {
            rows: plan.rows.length,
            notes: written.notes,
            highlights: written.highlights.length,
            statusColumn: columnLetter(plan.statusColumn),
            nextDueColumn: columnLetter(plan.nextDueColumn),
            summarySheet: plan.summary.name,
          },
          degraded,
          prior: removal,
        } satisfies AnnotateResult;
      },
      caps.undoGroup ? { mergeUndoGroup: true } : undefined,
    );
    await store.afterRun();
    result.stats.syncs = counter.syncs;
    return result;
  } catch (e) {
    throw asAddinError(e);
  }
}

/** Cells whose earlier formats the command line kept (`previousStyles`), which the add-in cannot restore. */
function styledCells(record: AnnotationRecord): number {
  return (record.previousStyles?.runs ?? []).reduce((n, [, from, to]) => n + to - from + 1, 0);
}

/**
 * Queue the record into the very hidden record sheet: the sheet from before is emptied and
 * rewritten (deleting it, or hiding it again, would clear the clerk's undo history), else added
 * and hidden once. Text format first, so no piece of the JSON is taken for a number or formula.
 */
async function writeRecord(ctx: XContext, batch: WriteBatch, record: AnnotationRecord, existing: SheetRef | undefined): Promise<void> {
  const cells = recordCells(record);
  await batch.add(cells.reduce((n, c) => n + utf8Length(c) + 10, 200), () => {
    let ws: XWorksheet;
    if (existing) {
      ws = ctx.workbook.worksheets.getItem(existing.name);
      ws.getRange('A:A').clear('Contents');
    } else {
      ws = ctx.workbook.worksheets.add(RECORD_SHEET_NAME);
      ws.visibility = 'VeryHidden';
    }
    const range = ws.getRange(`A1:A${cells.length}`);
    range.numberFormat = cells.map(() => ['@']);
    range.values = cells.map((c) => [literalCellText(c)]);
  });
}

/** Queue the plan's writes through the batch. Returns what was added. */
async function writePlan(
  ctx: XContext,
  batch: WriteBatch,
  sheet: XWorksheet,
  plan: AnnotationPlan,
  caps: Capabilities,
  reuseSummary: string | null,
  options: CommandOptions,
  date1904: boolean,
): Promise<{ highlights: { ref: string; formula: string }[]; notes: number; statusTexts: Set<string> }> {
  const S = columnLetter(plan.statusColumn);
  const D = columnLetter(plan.nextDueColumn);

  // Header cells.
  await batch.add(300, () => {
    const header = sheet.getRange(`${S}${plan.headerRow}:${D}${plan.headerRow}`);
    header.numberFormat = [['@', '@']];
    header.values = [[literalCellText(plan.headers.status), literalCellText(plan.headers.nextDue)]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    sheet.getRange(`${S}:${S}`).format.columnWidth = STATUS_WIDTH;
    sheet.getRange(`${D}:${D}`).format.columnWidth = NEXT_DUE_WIDTH;
  });

  // Status and next-due cells: whole runs of rows as 2-D arrays; null leaves a cell alone.
  const rows = plan.rows;
  const noteOf = (r: (typeof rows)[number]) => (!caps.notes && r.note ? `${r.status}\n\n${r.note}` : r.status);
  // The status texts as Excel keeps them (no text prefix), for the record: how our cells are told.
  const statusTexts = new Set<string>();
  const segmentBudget = Math.max(1, Math.floor(batch.budget / 2));
  let i = 0;
  let total = 0;
  while (i < rows.length) {
    const start = rows[i].row;
    let bytes = 0;
    let j = i;
    while (j < rows.length && (j === i || bytes < segmentBudget)) {
      bytes += utf8Length(noteOf(rows[j])) + 40 + (rows[j].row - (j > i ? rows[j - 1].row : start)) * 12;
      j++;
    }
    const end = rows[j - 1].row;
    const height = end - start + 1;
    const status: (string | null)[][] = Array.from({ length: height }, () => [null]);
    const statusFmt: (string | null)[][] = Array.from({ length: height }, () => [null]);
    const due: (number | null)[][] = Array.from({ length: height }, () => [null]);
    const dueFmt: (string | null)[][] = Array.from({ length: height }, () => [null]);
    for (let k = i; k < j; k++) {
      const r = rows[k];
      const at = r.row - start;
      status[at][0] = literalCellText(noteOf(r));
      statusTexts.add(storedText(status[at][0]!));
      statusFmt[at][0] = '@';
      if (r.nextDue) {
        due[at][0] = isoToSerial(r.nextDue, date1904);
        dueFmt[at][0] = DATE_FORMAT;
      }
    }
    await batch.add(bytes + height * 30, () => {
      const sr = sheet.getRange(`${S}${start}:${S}${end}`);
      sr.numberFormat = statusFmt;
      sr.values = status;
      const dr = sheet.getRange(`${D}${start}:${D}${end}`);
      dr.numberFormat = dueFmt;
      dr.values = due;
    });
    total += j - i;
    options.onProgress?.({ phase: 'write', done: total, total: rows.length });
    i = j;
  }

  // Static fills on our own cells by level, one range per run of equal levels. Without
  // conditional formats the next-due cell is filled too (the clerk's cells never are).
  const span = caps.conditionalFormats ? S : D;
  for (let k = 0; k < rows.length; ) {
    const style = LEVEL_STYLE[rows[k].level];
    let m = k + 1;
    while (m < rows.length && rows[m].level === rows[k].level && rows[m].row === rows[m - 1].row + 1) m++;
    if (style) {
      const from = rows[k].row;
      const to = rows[m - 1].row;
      await batch.add(120, () => {
        const f = sheet.getRange(`${S}${from}:${span}${to}`).format;
        f.fill.color = style.fill;
        f.font.color = style.font ?? '#000000'; // no colour of its own (unknown): plain black
      });
    }
    k = m;
  }

  // Notes (ExcelApi 1.18), one call each, batched by size.
  let notes = 0;
  if (caps.notes) {
    for (const r of rows) {
      if (!r.note) continue;
      const text = fitCellText(r.note);
      await batch.add(utf8Length(text) + 60, () => sheet.notes.add(`${S}${r.row}`, text));
      notes++;
    }
  }

  // Conditional formats (ExcelApi 1.6): stay true with TODAY(); the invalid cells' list is
  // split into runs down each column, one format per run.
  const highlights: { ref: string; formula: string }[] = [];
  if (caps.conditionalFormats) {
    for (const h of plan.highlights) {
      const refs = h.style === 'invalid' ? cellRuns(h.ref) : [h.ref];
      const style = HIGHLIGHT_STYLE[h.style];
      for (const ref of refs) {
        await batch.add(utf8Length(h.formula) + ref.length + 200, () => {
          const cf = sheet.getRange(ref).conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=${h.formula}`;
          cf.custom.format.fill.color = style.fill;
          if (style.font) cf.custom.format.font.color = style.font;
        });
        highlights.push({ ref, formula: h.formula });
      }
    }
  }

  // The summary sheet: ours from before is emptied and reused (deleting a sheet clears the
  // clerk's undo history), otherwise added.
  const summary = reuseSummary ? ctx.workbook.worksheets.getItem(reuseSummary) : null;
  let target: XWorksheet | null = summary;
  await batch.add(200, () => {
    if (summary) summary.getRange().clear('All');
    else target = ctx.workbook.worksheets.add(plan.summary.name);
  });
  const width = Math.max(1, ...plan.summary.rows.map((r) => r.length));
  const sumRows = plan.summary.rows;
  for (let a = 0; a < sumRows.length; ) {
    let bytes = 0;
    let b = a;
    while (b < sumRows.length && (b === a || bytes < segmentBudget)) {
      bytes += weight([sumRows[b]]) + width * 8;
      b++;
    }
    const values: (string | number | null)[][] = [];
    const fmts: string[][] = [];
    for (let k = a; k < b; k++) {
      const src = sumRows[k] ?? [];
      const row: (string | number | null)[] = [];
      const fmt: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = src[c];
        row.push(v === null || v === undefined ? null : typeof v === 'number' ? v : literalCellText(String(v)));
        fmt.push(typeof v === 'number' ? 'General' : '@');
      }
      values.push(row);
      fmts.push(fmt);
    }
    const from = a + 1;
    const to = b;
    await batch.add(bytes, () => {
      const r = target!.getRange(`A${from}:${columnLetter(width)}${to}`);
      r.numberFormat = fmts;
      r.values = values;
    });
    a = b;
  }
  await batch.add(200 + plan.summary.widths.length * 40, () => {
    target!.getRange(`A1:${columnLetter(width)}1`).format.font.bold = true;
    plan.summary.widths.forEach((w, k) => {
      if (w > 0) target!.getRange(`${columnLetter(k + 1)}:${columnLetter(k + 1)}`).format.columnWidth = Math.round(w * 5.6);
    });
  });
  return { highlights, notes, statusTexts };
}


/* ------------------------------------------------------------------------------------------------
 * Clear.
 */

/**
 * Remove what an annotation added, by either writer, wherever it is now: our cells (the clerk's
 * cells in our columns stay, and are reported), the widths our columns had before, our
 * conditional formats, our summary sheet while it is as we wrote it (an edited one stays, and is
 * reported), on the annotated sheet (renamed or not) and on copies of it; and the record. The
 * remembered column mappings stay. When our columns are on no sheet (the clerk deleted them) the
 * formats, summary and record still go, and the result says so.
 *
 * Syncs: 1 the sheet list and settings; 1 the record with each sheet's extent, A1 and conditional
 * formats; 1 the header rows (small sheets whole) and the summary sheet; 1 per chunk of our
 * columns below the header rows of big sheets; then the writes (1 for an ordinary ledger).
 */
export async function clearAnnotation(host: ExcelHost, options: CommandOptions = {}): Promise<ClearResult> {
  const command = startCommand(host, options);
  const { caps, limits, store, counter } = command;
  try {
    const result = await host.run(
      async (ctx) => {
        const list = ctx.workbook.worksheets;
        list.load('items/id,items/name');
        const raw = store.queueRead(ctx);
        counter.syncs++;
        await ctx.sync();
        const stored = storedOf(raw());
        const sheets = list.items.map((s) => ({ id: s.id, name: s.name }));
        const recordSheet = recordSheetOf(sheets);
        if (!recordSheet && stored.legacyAnnotation === null) throw addinError('not-annotated');

        const recordValues = recordSheet ? queueRecord(ctx, recordSheet, caps) : undefined;
        const probes = queueProbes(ctx, sheets, null, caps);
        counter.syncs++;
        await ctx.sync();
        const record = recordFrom(recordValues?.(), stored.legacyAnnotation);
        if (!record) throw addinError('not-annotated');
        if (record.previousStyles) throw addinError('cli-styles', { count: styledCells(record) });
        const prior: Prior = { record, probes };
        await locate(ctx, prior, command, 'detect');
        checkAborted(options.signal);

        // From here on the workbook changes.
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        const removal = await queueRemoval(batch, prior, null, { zh: '清除标注', en: 'Clear' });
        // Clear is an explicit removal, so the record sheet goes too, though deleting a sheet
        // clears the clerk's undo history (Annotate keeps and rewrites it instead).
        if (recordSheet) await batch.add(60, () => ctx.workbook.worksheets.getItem(recordSheet.name).delete());
        if (stored.legacyAnnotation !== null) await batch.add(200, () => store.write(ctx, serializeState(stored.state)));
        await batch.finish();
        const first = probes.find((p) => p.owned);
        return { ...removal, sheet: first?.ref.name ?? null, syncs: 0 };
      },
      caps.undoGroup ? { mergeUndoGroup: true } : undefined,
    );
    await store.afterRun();
    result.syncs = counter.syncs;
    return result;
  } catch (e) {
    throw asAddinError(e);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Small commands for the pane.
 */

/** Select a row of a sheet (clicking a finding): 1 sync. */
export async function selectRow(host: ExcelHost, sheet: SheetRef, row: number, lastColumn?: number): Promise<void> {
  try {
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet.name);
      ws.activate();
      ws.getRange(lastColumn ? `A${row}:${a1(lastColumn, row)}` : `${row}:${row}`).select();
      await ctx.sync();
    });
  } catch (e) {
    throw asAddinError(e);
  }
}

/** Remember the clerk's column mapping (and profile) for a sheet: 2 syncs. */
export async function saveSheetSettings(host: ExcelHost, sheet: SheetRef, settings: Omit<SheetSettings, 'name'>): Promise<void> {
  const caps = capabilities(host);
  requireMinimum(caps);
  const store = stateStore(host, caps);
  try {
    await host.run(async (ctx) => {
      const raw = store.queueRead(ctx);
      await ctx.sync();
      const { state, legacyAnnotation } = storedOf(raw());
      const next = { ...state, sheets: { ...state.sheets, [sheet.id]: { name: sheet.name.slice(0, 31), ...settings } } };
      store.write(ctx, serializeState(next, legacyAnnotation));
      await ctx.sync();
    });
    await store.afterRun();
  } catch (e) {
    throw asAddinError(e);
  }
}
