/**
 * The Office.js adapter: the only code that touches Excel. Each command is one `Excel.run`:
 * one sync for the sheet's shape and the add-in's state, one sync per chunk of rows read, the pure
 * library work (evaluate, planAnnotation), then the writes in as few syncs as the 5 MB payload
 * limit allows. Never `context.sync()` per row.
 *
 * What it writes: two columns right of everything the clerk has used (values or formats), their
 * header, status and next-due cells, formats and notes on those cells, conditional formats over
 * the data rows, a summary sheet, and its state. Never a cell of the clerk's.
 */
import {
  ANNOTATION_COLORS,
  columnLetter,
  evaluate,
  fitCellText,
  isDateFormat,
  isLedgerlintError,
  LedgerlintError,
  planAnnotation,
  proposeColumnMap,
  type AnnotationPlan,
  type CellColors,
  type CellValue,
  type ColumnMap,
  type Field,
  type Profile,
  type Report,
  type Table,
  SUMMARY_SHEET_NAME,
  tableWidth,
} from '@ledgerlint/policy';
import { capabilities, MINIMUM_EXCEL_API, type Capabilities } from './capabilities';
import type { ExcelHost, XContext, XRange, XWorksheet, XConditionalFormatCollection } from './excel-slice';
import { addinError } from './messages';
import { emptyState, parseState, SETTINGS_KEY, type AddinState, type AnnotationRecord, type SheetSettings } from './state';

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

export interface AnnotateResult extends CheckResult {
  plan: { rows: number; notes: number; highlights: number; statusColumn: string; nextDueColumn: string; summarySheet: string };
  /** What this Excel could not do, and what was done instead (codes; the UI words them). */
  degraded: ('no-notes' | 'no-conditional-formats' | 'no-workbook-settings' | 'no-undo-group')[];
}

export interface ClearResult {
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
export function cellText(s: string): string {
  return fitCellText(/^[=+\-@]/.test(s) ? `'${s}` : s);
}

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

/** Days between the 1900 and 1904 systems' day zero. */
const OFFSET_1904 = 1462;

/** Date serial of an ISO date, in the 1900 system or (date1904) the 1904 system. */
export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number);
  const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return date1904 ? serial - OFFSET_1904 : serial;
}

/** Rows at the top of the used range whose displayed text is read to tell the date system. */
export const DATE_PROBE_ROWS = 64;

/** Year, month and day of a date serial read in one system. */
function serialDate(serial: number, date1904: boolean): [number, number, number] {
  const d = new Date(Date.UTC(1899, 11, 30) + (Math.floor(serial) + (date1904 ? OFFSET_1904 : 0)) * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** A date format that shows the day or the year (not a time of day alone). */
function showsDate(format: unknown): boolean {
  return typeof format === 'string' && isDateFormat(format) && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** Does a cell's displayed text show this date? By the full year when it shows one, else by month and day. */
function textShows(nums: number[], [y, m, d]: [number, number, number]): boolean {
  if (nums.some((n) => n >= 1000)) return nums.includes(y);
  if (!nums.includes(m) || !nums.includes(d)) return false;
  return nums.length < 3 || nums.includes(y % 100);
}

/**
 * The date system from what Excel displays: Excel formats a date cell's serial in the workbook's
 * own system, so the text of a 1904 workbook's cell shows the 1904 reading of its serial (four
 * years and a day later than the 1900 reading). `true`/`false` when the date cells agree on one
 * system, `null` when there is none to tell by or they disagree.
 */
export function detectDateSystem(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[], texts: readonly (readonly unknown[])[]): boolean | null {
  let v1900 = 0;
  let v1904 = 0;
  for (let i = 0; i < texts.length && v1900 + v1904 < 200; i++) {
    const vr = values[i];
    const fr = formats[i];
    const tr = texts[i];
    if (!vr || !fr || !tr) continue;
    for (let j = 0; j < tr.length; j++) {
      const v = vr[j];
      const t = tr[j];
      if (typeof v !== 'number' || v < 1 || v >= 2_958_466 || typeof t !== 'string' || !t || !showsDate(fr[j])) continue;
      const nums = (t.match(/\d+/g) ?? []).map(Number);
      const a = textShows(nums, serialDate(v, false));
      const b = textShows(nums, serialDate(v, true));
      if (a && !b) v1900++;
      else if (b && !a) v1904++;
    }
  }
  if (v1904 > 0 && v1900 === 0) return true;
  if (v1900 > 0 && v1904 === 0) return false;
  return null;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/* ------------------------------------------------------------------------------------------------
 * State: workbook.settings (ExcelApi 1.4) or the document's common settings.
 */

interface StateStore {
  /** Queue the read; the getter works after the next sync. */
  queueRead(ctx: XContext): () => unknown;
  write(ctx: XContext, state: AddinState): void;
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
      write(ctx, state) {
        ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(state));
      },
      afterRun: async () => undefined,
    };
  }
  const settings = host.documentSettings;
  let dirty = false;
  return {
    queueRead: () => () => settings?.get(SETTINGS_KEY),
    write(_ctx, state) {
      settings?.set(SETTINGS_KEY, JSON.stringify(state));
      dirty = true;
    },
    afterRun: () =>
      new Promise<void>((resolve) => {
        if (!dirty || !settings) return resolve();
        settings.saveAsync(() => resolve());
      }),
  };
}

function stateOf(raw: unknown): AddinState {
  const parsed = parseState(raw);
  if (parsed === undefined) return emptyState();
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
  state: AddinState;
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
    state: stateOf(state()),
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
 * DATE_PROBE_ROWS rows, to tell the date system). The first chunk is sized by cells; the next ones
 * by what the first weighed; a payload error halves the chunk and retries it. `extra` queues more
 * loads into the first chunk's sync.
 */
async function readRows(ctx: XContext, meta: Meta, limits: Limits, options: CommandOptions, counter: { syncs: number }, extra?: () => void): Promise<ReadResult> {
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
  while (done < used.rows) {
    checkAborted(options.signal);
    const n = Math.min(chunkRows, used.rows - done);
    const top = used.row + done + 1;
    const range = meta.sheet.getRange(`${a1(firstCol, top)}:${a1(lastCol, top + n - 1)}`);
    range.load('values,numberFormat');
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
  return { table, chunks, dateSystem };
}

/** The prior annotation on this sheet, when its header cells still hold our headers. */
function priorOnSheet(meta: Meta, table: Table): AnnotationRecord | undefined {
  const a = meta.state.annotation;
  if (!a || (a.sheetId !== meta.ref.id && a.sheetName !== meta.ref.name)) return undefined;
  const r = a.headerRow - (table.firstRow ?? 1);
  const at = (col: number) => table.rows[r]?.[col - (table.firstColumn ?? 1)];
  return at(a.statusColumn) === a.headers.status && at(a.nextDueColumn) === a.headers.nextDue ? a : undefined;
}

/** Blank out our own two columns in the table read back, and give the clerk's last column. */
function withoutOurColumns(table: Table, prior: AnnotationRecord | undefined, meta: Meta): { lastColumn: number } {
  const first = table.firstColumn ?? 1;
  let last = first - 1;
  const ours = prior ? new Set([prior.statusColumn - first, prior.nextDueColumn - first]) : new Set<number>();
  for (const row of table.rows) {
    for (const j of ours) if (j >= 0 && j < row.length) row[j] = null;
    for (let j = row.length - 1; j >= 0 && first + j > last; j--) {
      if (row[j] !== null) {
        last = first + j;
        break;
      }
    }
  }
  let formatted = meta.lastFormattedColumn;
  if (prior && formatted >= prior.statusColumn && formatted <= prior.nextDueColumn) formatted = prior.statusColumn - 1;
  return { lastColumn: Math.max(last, formatted) };
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
  /** The rows read, our own columns blanked out. */
  table: Table;
  /** The previous annotation on this sheet, when its header cells still hold our headers. */
  onSheet: AnnotationRecord | undefined;
  /** The clerk's last column (1 = A), by values and formats, our own columns aside. */
  lastColumn: number;
  result: CheckResult;
}

/**
 * The steps Check and Annotate share once the sheet is open: read its rows (1 sync per chunk;
 * `extra` queues more loads into the first chunk's sync), blank out our own columns, map the
 * columns and evaluate (or, when the ledger cannot be checked, give what the mapping editor shows).
 */
async function readAndCheck(ctx: XContext, { caps, limits, counter }: Command, { meta, t0 }: OpenSheet, options: CheckOptions, extra?: () => void): Promise<Checked> {
  const { table, chunks, dateSystem } = await readRows(ctx, meta, limits, options, counter, extra);
  const onSheet = priorOnSheet(meta, table);
  const { lastColumn } = withoutOurColumns(table, onSheet, meta);
  const t1 = now();
  checkAborted(options.signal);
  options.onProgress?.({ phase: 'check', done: 0, total: 1 });
  const saved = meta.state.sheets[meta.ref.id];
  const columns = options.columns ?? (saved?.columns as Partial<Record<Field, string>> | undefined);
  const d = await decide(table, options.profile, options.asOf, columns);
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
  return { table, onSheet, lastColumn, result };
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
    return await host.run(async (ctx) => (await readAndCheck(ctx, command, await openActiveSheet(ctx, command), options)).result);
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

const normalizeFormula = (f: string) => f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();

/** What reading a prior annotation back gives: its header cells and the conditional formats to match. */
interface PriorProbe {
  record: AnnotationRecord;
  sheet: XWorksheet | null;
  header: XRange | null;
  cfs: { ref: string; formula: string; collection: XConditionalFormatCollection }[];
}

/** Queue the loads needed to remove a prior annotation (no sync here). */
function probePrior(ctx: XContext, record: AnnotationRecord, sheets: SheetRef[], caps: Capabilities): PriorProbe {
  const found = sheets.find((s) => s.id === record.sheetId) ?? sheets.find((s) => s.name === record.sheetName);
  if (!found) return { record, sheet: null, header: null, cfs: [] };
  const sheet = ctx.workbook.worksheets.getItem(found.name);
  const header = sheet.getRange(`${a1(record.statusColumn, record.headerRow)}:${a1(record.nextDueColumn, record.headerRow)}`);
  header.load('values');
  const cfs: PriorProbe['cfs'] = [];
  if (caps.conditionalFormats) {
    const byRef = new Map<string, XConditionalFormatCollection>();
    for (const h of record.highlights) {
      let collection = byRef.get(h.ref);
      if (!collection) {
        collection = sheet.getRange(h.ref).conditionalFormats;
        collection.load('items/type,items/customOrNullObject/rule/formula');
        byRef.set(h.ref, collection);
      }
      cfs.push({ ref: h.ref, formula: h.formula, collection });
    }
  }
  return { record, sheet, header, cfs };
}

function priorIntact(probe: PriorProbe): boolean {
  const v = probe.header?.values?.[0];
  return !!v && v[0] === probe.record.headers.status && v[probe.record.nextDueColumn - probe.record.statusColumn] === probe.record.headers.nextDue;
}

/** Queue the removal of a prior annotation (after its probe was synced). */
async function removePrior(batch: WriteBatch, probe: PriorProbe, ctx: XContext, sheets: SheetRef[], keepSummary = false): Promise<{ cleared: boolean }> {
  const r = probe.record;
  let cleared = false;
  if (probe.sheet && priorIntact(probe)) {
    const sheet = probe.sheet;
    await batch.add(200, () => {
      sheet.getRange(`${a1(r.statusColumn, r.headerRow)}:${a1(r.nextDueColumn, r.lastDataRow)}`).clear('All');
      sheet.getRange(`${columnLetter(r.statusColumn)}:${columnLetter(r.statusColumn)}`).format.columnWidth = r.previousWidths.status;
      sheet.getRange(`${columnLetter(r.nextDueColumn)}:${columnLetter(r.nextDueColumn)}`).format.columnWidth = r.previousWidths.nextDue;
    });
    cleared = true;
  }
  // Exactly our conditional formats: same range, same formula; each recorded one removes one.
  const deleted = new Set<unknown>();
  for (const { formula, collection } of probe.cfs) {
    const want = normalizeFormula(formula);
    const item = collection.items.find((cf) => !deleted.has(cf) && cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && normalizeFormula(cf.customOrNullObject.rule.formula) === want);
    if (!item) continue;
    deleted.add(item);
    await batch.add(60, () => item.delete());
    cleared = true;
  }
  if (!keepSummary && sheets.some((s) => s.name === r.summarySheet)) {
    await batch.add(60, () => ctx.workbook.worksheets.getItem(r.summarySheet).delete());
    cleared = true;
  }
  return { cleared };
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
 * ExcelApi 1.20 allows): 1 sync for shape and state, 1 per chunk read, then the writes chunked
 * under the payload budget. A previous annotation is replaced, so annotating twice equals once.
 */
export async function annotateActiveSheet(host: ExcelHost, options: AnnotateOptions): Promise<AnnotateResult> {
  const command = startCommand(host, options);
  const { caps, limits, store, counter } = command;
  try {
    const result = await host.run(
      async (ctx) => {
        const open = await openActiveSheet(ctx, command);
        const { meta } = open;
        if (meta.protected) throw addinError('sheet-protected', { sheet: meta.ref.name, action: '标注', actionEn: 'Annotate' });
        const prior = meta.state.annotation;
        let probe: PriorProbe | undefined;
        // Where our columns will most likely go (right of every used value and format, our own
        // previous columns aside): their widths are read with the first chunk, no extra sync.
        const mine = prior && (prior.sheetId === meta.ref.id || prior.sheetName === meta.ref.name) ? prior : undefined;
        const outside = (c: number) => (mine && c >= mine.statusColumn && c <= mine.nextDueColumn ? mine.statusColumn - 1 : c);
        const predicted = Math.max(outside(meta.used.col + meta.used.cols), outside(meta.lastFormattedColumn)) + 1;
        const widths = (col: number) => {
          const status = meta.sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format;
          const nextDue = meta.sheet.getRange(`${columnLetter(col + 1)}:${columnLetter(col + 1)}`).format;
          status.load('columnWidth');
          nextDue.load('columnWidth');
          return () => ({ status: status.columnWidth, nextDue: nextDue.columnWidth });
        };
        let predictedWidths: (() => { status: number; nextDue: number }) | undefined;
        const { table, onSheet, lastColumn, result: base } = await readAndCheck(ctx, command, open, options, () => {
          if (prior) probe = probePrior(ctx, prior, meta.sheets, caps);
          predictedWidths = widths(predicted);
        });
        const report = base.report;
        if (!report) throw base.error;
        const summaryClash = meta.sheets.find((s) => s.name.toLowerCase() === SUMMARY_SHEET_NAME.toLowerCase());
        if (summaryClash && !(prior && prior.summarySheet === summaryClash.name)) throw addinError('summary-sheet-exists', { sheet: summaryClash.name });

        const firstColumn = table.firstColumn ?? 1;
        const lastRow = (table.firstRow ?? 1) + table.rows.length - 1;
        const ledgerName = options.ledgerName ?? host.documentName ?? meta.ref.name;
        const plan = planAnnotation(report, options.profile, { firstColumn, lastColumn, lastRow }, ledgerName);
        checkAborted(options.signal);
        // From here on the workbook changes: no cancel.
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        let previousWidths: { status: number; nextDue: number };
        if (onSheet && onSheet.statusColumn === plan.statusColumn && onSheet.nextDueColumn === plan.nextDueColumn) previousWidths = onSheet.previousWidths;
        else if (plan.statusColumn === predicted && predictedWidths) previousWidths = predictedWidths();
        else {
          // The clerk's columns changed since the last annotation: one more sync for the widths.
          const read = widths(plan.statusColumn);
          counter.syncs++;
          await ctx.sync();
          previousWidths = read();
        }
        const degraded: AnnotateResult['degraded'] = [];
        if (!caps.notes) degraded.push('no-notes');
        if (!caps.conditionalFormats) degraded.push('no-conditional-formats');
        if (!caps.workbookSettings) degraded.push('no-workbook-settings');
        if (!caps.undoGroup) degraded.push('no-undo-group');

        const reuseSummary = prior?.summarySheet === plan.summary.name && meta.sheets.some((s) => s.name === plan.summary.name);
        if (probe) await removePrior(batch, probe, ctx, meta.sheets, reuseSummary);
        const written = await writePlan(ctx, batch, meta.sheet, plan, caps, reuseSummary, options, base.dateSystem.date1904);

        const record: AnnotationRecord = {
          sheetId: meta.ref.id,
          sheetName: meta.ref.name,
          statusColumn: plan.statusColumn,
          nextDueColumn: plan.nextDueColumn,
          headerRow: plan.headerRow,
          lastDataRow: Math.max(plan.lastDataRow, ...plan.rows.slice(-1).map((r) => r.row)),
          headers: { ...plan.headers },
          highlights: written.highlights,
          summarySheet: plan.summary.name,
          previousWidths,
          notes: written.notes > 0,
          profile: plan.profile,
          asOf: plan.asOf,
        };
        const state: AddinState = { ...meta.state, annotation: record };
        await batch.add(utf8Length(JSON.stringify(state)) + 50, () => store.write(ctx, state));
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


/** Queue the plan's writes through the batch. Returns what was added. */
async function writePlan(
  ctx: XContext,
  batch: WriteBatch,
  sheet: XWorksheet,
  plan: AnnotationPlan,
  caps: Capabilities,
  reuseSummary: boolean,
  options: CommandOptions,
  date1904: boolean,
): Promise<{ highlights: { ref: string; formula: string }[]; notes: number }> {
  const S = columnLetter(plan.statusColumn);
  const D = columnLetter(plan.nextDueColumn);

  // Header cells.
  await batch.add(300, () => {
    const header = sheet.getRange(`${S}${plan.headerRow}:${D}${plan.headerRow}`);
    header.numberFormat = [['@', '@']];
    header.values = [[cellText(plan.headers.status), cellText(plan.headers.nextDue)]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    sheet.getRange(`${S}:${S}`).format.columnWidth = STATUS_WIDTH;
    sheet.getRange(`${D}:${D}`).format.columnWidth = NEXT_DUE_WIDTH;
  });

  // Status and next-due cells: whole runs of rows as 2-D arrays; null leaves a cell alone.
  const rows = plan.rows;
  const noteOf = (r: (typeof rows)[number]) => (!caps.notes && r.note ? `${r.status}\n\n${r.note}` : r.status);
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
      status[at][0] = cellText(noteOf(r));
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
  const summary = reuseSummary ? ctx.workbook.worksheets.getItem(plan.summary.name) : null;
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
        row.push(v === null || v === undefined ? null : typeof v === 'number' ? v : cellText(String(v)));
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
  return { highlights, notes };
}


/* ------------------------------------------------------------------------------------------------
 * Clear.
 */

/**
 * Remove exactly what Annotate added: our two columns' cells (values, formats, notes) and widths,
 * our conditional formats (same range and formula), the summary sheet, and the annotation record
 * (the remembered column mappings stay). 3 syncs: state, probe, write.
 */
export async function clearAnnotation(host: ExcelHost, options: CommandOptions = {}): Promise<ClearResult> {
  const { caps, limits, store, counter } = startCommand(host, options);
  try {
    const result = await host.run(
      async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/id,items/name');
        const raw = store.queueRead(ctx);
        counter.syncs++;
        await ctx.sync();
        const state = stateOf(raw());
        const record = state.annotation;
        if (!record) throw addinError('not-annotated');
        const refs = sheets.items.map((s) => ({ id: s.id, name: s.name }));
        const probe = probePrior(ctx, record, refs, caps);
        if (probe.sheet) {
          probe.sheet.protection.load('protected');
        }
        counter.syncs++;
        await ctx.sync();
        if (probe.sheet?.protection.protected) throw addinError('sheet-protected', { sheet: record.sheetName, action: '清除', actionEn: 'Clear' });
        if (probe.sheet && !priorIntact(probe)) {
          const values = probe.header?.values?.[0] ?? [];
          if (values.some((v) => v !== '' && v !== null)) {
            throw addinError('annotation-moved', { sheet: record.sheetName, row: record.headerRow, cell: a1(record.statusColumn, record.headerRow), header: record.headers.status });
          }
        }
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        await removePrior(batch, probe, ctx, refs);
        const next: AddinState = { ...state, annotation: null };
        await batch.add(utf8Length(JSON.stringify(next)) + 50, () => store.write(ctx, next));
        await batch.finish();
        return { sheet: probe.sheet ? record.sheetName : null, syncs: 0 };
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
      const state = stateOf(raw());
      const next: AddinState = { ...state, sheets: { ...state.sheets, [sheet.id]: { name: sheet.name.slice(0, 31), ...settings } } };
      store.write(ctx, next);
      await ctx.sync();
    });
    await store.afterRun();
  } catch (e) {
    throw asAddinError(e);
  }
}
