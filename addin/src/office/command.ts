/**
 * What every command of the office layer shares: its options and results (the pane's types),
 * the request sizes, the start of a command (capabilities, limits, state store, sync counter),
 * cancelling, Excel's errors as ours, and payload weights.
 */
import { isLedgerlintError, type LedgerlintError, type Profile, type Report, type TodoItem } from '@ledgerlint/policy';
import { columnLetter, type ColumnMap, type Field } from '@ledgerlint/policy/ledger';
import { capabilities, MINIMUM_EXCEL_API, type Capabilities } from './capabilities';
import type { ExcelHost } from './excel-slice';
import { addinError } from './messages';
import { stateStore } from './settings-store';
import type { SheetSettings } from './state';

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
  /** The call list as of the check (overdue, due today, due within a week): `ledgerlint todo`'s items; empty without a report. */
  todo: TodoItem[];
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
  /** 待回访 sheets of ours the clerk edited since: kept. */
  keptCalls: string[];
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
export function weight(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += (typeof v === 'string' ? utf8Length(v) + 2 : v === null ? 4 : String(v).length) + 1;
  }
  return n;
}

export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw addinError('cancelled');
}

/** Excel errors -> our bilingual errors; ours pass through. */
export function asAddinError(e: unknown): LedgerlintError {
  if (isLedgerlintError(e)) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message.split('\n', 1)[0] : String(e);
  return addinError('excel-failed', { code: typeof code === 'string' ? code : 'Error', reason: message.slice(0, 300) });
}

export const isPayloadError = (e: unknown) => {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const message = e instanceof Error ? e.message : '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code + ' ' + message);
};

export const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function a1(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

export function requireMinimum(caps: Capabilities): void {
  if (!caps.minimum) throw addinError('no-excel', { minimum: MINIMUM_EXCEL_API });
}

/** What every command starts with: the host's capabilities (refused below the minimum), limits, state, a sync counter. */
export function startCommand(host: ExcelHost, options: CommandOptions) {
  const caps = capabilities(host);
  requireMinimum(caps);
  return { caps, limits: { ...DEFAULT_LIMITS, ...options.limits }, store: stateStore(host, caps), counter: { syncs: 0 } };
}

export type Command = ReturnType<typeof startCommand>;
