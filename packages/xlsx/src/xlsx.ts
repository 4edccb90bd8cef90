/**
 * Read an .xlsx workbook with exceljs into one `Table` per worksheet: raw values (numbers stay
 * numbers, date cells become Excel serials again), each cell's number format, the 1904 flag.
 *
 * Which exceljs reader: measured with src/bench.ts on a generated 100,000-row x 12-column workbook
 * (8.7 MB, 59 MB of XML, two date-time columns, shared strings), Node 20, 2 cores shared with
 * another job (load average 2.5-3.5, so +-30%), each run in a fresh process:
 *   - exceljs in-memory `workbook.xlsx.load(buffer)`, visiting every cell: 8.2-14.5 s, peak RSS 650-830 MB
 *   - exceljs streaming `stream.xlsx.WorkbookReader`, visiting every cell: 4.5-9.6 s, 165-390 MB
 *     (on a quiet machine: load 8.7-9.3 s / 710 MB, streaming 4.5-4.6 s / 170 MB)
 *   - readXlsxBytes, streaming as below, Tables built:  4.9-8.0 s, 430-460 MB
 *   - readXlsxBytes with engine 'memory', Tables built: 8.6-11.2 s, 650-780 MB
 *   (readLedgerBytes on the same 100,000 rows as a 13 MB GBK CSV: 0.46-1.0 s, 225 MB)
 * Both give number formats and the 1904 flag, so the streaming reader is the default. As shipped
 * it is not safe for Chinese ledgers; we close its gaps or detect them and then read that file
 * with the in-memory loader:
 *   - it decodes each chunk of XML separately: a multi-byte character split across chunks turns
 *     into U+FFFD (228 of the 1.1 million cells of the file above), and unzipper under it can signal the
 *     end of the zip while parsed entries are still queued, skipping trailing parts. We verify
 *     every entry's CRC, then hand it the zip rewritten lazily as stored entries in dependency
 *     order, in chunks cut at UTF-8 boundaries, with a barrier entry at the end
 *     (repackForStreaming), and check each worksheet came after the parts it depends on;
 *   - it only names worksheets whose relationship target is relative (`worksheets/sheetN.xml`),
 *     not absolute (`/xl/worksheets/sheetN.xml`, as the OpenXML SDK writes): detected;
 *   - a formula whose cached result is an error (`=VLOOKUP(...)` -> #N/A) arrives as NaN:
 *     detected (and with either reader `cell.value` drops a falsy cached result such as 0, so we
 *     read `cell.result`);
 *   - anything it throws on.
 * Known remaining differences of the streaming path: a formula's cached boolean result (t="b")
 * arrives as 1/0, and an inline rich-text string keeps only its last run (Excel writes rich text
 * as shared strings). Neither reader finds a worksheet stored under a part name other than
 * `xl/worksheets/sheetN.xml`: that is reported as `xlsx-read-failed` rather than skipped.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import utils from 'exceljs/lib/utils/utils.js';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats.js';
import { isLedgerlintError, type CellRange, type CellValue, type Table } from '@ledgerlint/policy';
import { serialOf1970 } from '@ledgerlint/policy/ledger';
import { mib, readError } from './errors';
import { buildTable, type RowEntry } from './grid';
import { partOfTarget, readZipDirectory, repackForStreaming, verifyZip, zipKind, type ZipEntry } from './sniff';
import { exceljsNotesParts } from './exceljs-parts';

let zhCnFormatsRegistered = false;

/**
 * Teach exceljs the zh-CN codes of the East Asian built-in number formats (ids 27-36, 50-58,
 * e.g. 31 = `yyyy"年"m"月"d"日"`). Chinese Excel stores these dates by id alone, without a format
 * code; exceljs knows them only per locale and would read such cells as plain numbers without a
 * format (and an in-place rewrite would drop their date format). Mutates exceljs's shared table of
 * built-in formats, once per process; called when this module loads. Idempotent.
 * @example registerZhCnBuiltinFormats(); // then a numFmtId 31 cell reads with numFmt 'yyyy"年"m"月"d"日"'
 */
export function registerZhCnBuiltinFormats(): void {
  if (zhCnFormatsRegistered) return;
  zhCnFormatsRegistered = true;
  for (const entry of Object.values(defaultNumFormats)) {
    if (entry && entry.f === undefined && typeof entry['zh-cn'] === 'string') entry.f = entry['zh-cn'];
  }
}
registerZhCnBuiltinFormats();

/**
 * The serials of date-formatted cells too large for a JS Date (past about 1e8, year 275760), by
 * the Invalid Date exceljs made of each. Both exceljs readers turn such a number into an Invalid
 * Date and the number is gone: the cell read as empty, so a hostile or mistyped 1e15 under a date
 * format passed unnoticed where 1e7 is an `invalid` finding. Kept here, the reader gives the number
 * (the policy library then says `date-out-of-range`), and fidelity.ts writes it back unchanged.
 */
const serialsPastDate = new WeakMap<Date, number>();
let excelToDateKept = false;

/**
 * Make exceljs's `excelToDate` remember the serial of every Date it cannot represent (shared
 * module, once per process; called when this module loads). Idempotent.
 * @example keepSerialsPastDate(); // then a 1e15 cell under yyyy-mm-dd reads as 1e15, not empty
 */
export function keepSerialsPastDate(): void {
  if (excelToDateKept) return;
  excelToDateKept = true;
  const excelToDate = utils.excelToDate;
  utils.excelToDate = (v: number, date1904?: boolean): Date => {
    const d = excelToDate(v, date1904);
    if (Number.isNaN(d.getTime()) && Number.isFinite(v)) serialsPastDate.set(d, v);
    return d;
  };
}
keepSerialsPastDate();

/**
 * The serial exceljs read into an Invalid Date (see {@link keepSerialsPastDate}), or undefined.
 * @example serialPastDate(cell.value as Date) // 1e15
 */
export function serialPastDate(d: Date): number | undefined {
  return serialsPastDate.get(d);
}

/** Which exceljs reader to use; `auto` streams and falls back to in-memory where streaming is unsafe. */
export type XlsxEngine = 'auto' | 'stream' | 'memory';

export interface XlsxReadOptions {
  engine?: XlsxEngine;
}

/** A workbook as read: one Table per worksheet in workbook order. */
export interface XlsxWorkbook {
  tables: Table[];
  /** Names of hidden (and very hidden) worksheets. */
  hiddenSheets: string[];
  /**
   * Worksheets too large to read (`sheet-too-large`), by name; each stands in `tables` with no
   * rows, and picking it throws its error (readLedger's pickTable).
   */
  refusedSheets?: Map<string, Error>;
  date1904: boolean;
  /** The exceljs reader that produced the tables. */
  engine: 'stream' | 'memory';
}

const MS_PER_DAY = 86_400_000;

/**
 * Excel serial of the wall-clock time exceljs put in a Date's UTC fields (exceljs's own inverse).
 * Computed as one division of exact integers, so the result is the double nearest the true serial.
 * @example serialFromExcelDate(new Date(Date.UTC(2025, 2, 5, 14, 30)), false) // 45721.604166666664
 */
export function serialFromExcelDate(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return (ms + serialOf1970(date1904) * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * `_x000D_`-style escapes in OOXML strings decoded (the in-memory loader decodes them; streaming does not).
 * @example unescapeOoxml('a_x000D_b') // 'a\rb'
 */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') === -1) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

interface ConvertContext {
  date1904: boolean;
  streaming: boolean;
  /** Set when the streaming reader lost information the in-memory loader keeps. */
  lossy: boolean;
}

/** exceljs's own test for a date format (utils.isDateFmt), so both readers agree on what a date is. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function convert(v: unknown, ctx: ConvertContext): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'string':
      if (v === '') return null;
      return ctx.streaming ? unescapeOoxml(v) : v;
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return serialFromExcelDate(v, ctx.date1904) ?? serialPastDate(v) ?? null;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    let s = '';
    for (const run of o.richText as { text?: unknown }[]) {
      if (run && typeof run.text === 'string') s += run.text;
    }
    return convert(s, ctx);
  }
  if ('error' in o) return typeof o.error === 'string' && o.error !== '' ? o.error : null;
  if ('formula' in o || 'sharedFormula' in o) return convert(o.result, ctx);
  if ('text' in o) return convert(o.text, ctx); // hyperlink: its display text
  return null;
}

const FORMULA = ExcelJS.ValueType.Formula as number;
const MERGE = ExcelJS.ValueType.Merge as number;

/**
 * The raw value of one exceljs cell. Formula cells are read through `cell.result`: `cell.value`
 * drops falsy cached results (a formula that computed 0 or FALSE would read as empty).
 */
function cellValue(cell: XCell, ctx: ConvertContext): CellValue {
  if (cell.type !== FORMULA) return convert(cell.value, ctx);
  const result = cell.result;
  if (typeof result === 'number') {
    // Streaming: a cached error result arrives as NaN (its text is lost) ...
    if (Number.isNaN(result)) {
      ctx.lossy = true;
      return null;
    }
    // ... and a date result as the raw serial; round it to the millisecond exactly as exceljs
    // does for date cells, so both readers give the same double.
    if (ctx.streaming && isDateFormat(cell.numFmt)) {
      return serialFromExcelDate(new Date(Math.round((result - serialOf1970(ctx.date1904)) * MS_PER_DAY)), ctx.date1904) ?? result;
    }
  }
  return convert(result, ctx);
}

function sanitizeReason(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const line = raw.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * A LedgerlintError for whatever exceljs threw: `xlsx-read-failed`. A damaged zip never gets
 * here: checkXlsxZip verified every entry first (`corrupt-xlsx`).
 */
function classify(e: unknown, file: string): Error {
  return readError('xlsx-read-failed', { file, reason: sanitizeReason(e) });
}

const STREAM_SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/* Minimal shapes of the exceljs objects we touch (its typings do not cover the streaming reader). */
export interface XCell {
  value: unknown;
  result?: unknown;
  numFmt?: string;
  type: number;
}
export interface XRow {
  number: number;
  eachCell(iteratee: (cell: XCell, col: number) => void): void;
}
interface XWorksheetReader extends AsyncIterable<XRow> {
  name?: string;
  state?: string;
}
interface XWorkbookReader extends AsyncIterable<XWorksheetReader> {
  properties?: { model?: { date1904?: boolean } };
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string; Type: string }[];
}

class NeedsFallback extends Error {}

/** A sheet's table, or an empty stand-in with the LedgerlintError noted when it is too large. */
function tableOrRefusal(refused: Map<string, Error>, name: string, build: () => Table): Table {
  try {
    return build();
  } catch (e) {
    if (!isLedgerlintError(e)) throw e;
    refused.set(name, e);
    return { sheet: name, rows: [] };
  }
}

async function readStreaming(input: Iterable<Uint8Array>, parts: ReadonlySet<string>, file: string, merges: ReadonlyMap<string, CellRange[]>): Promise<XlsxWorkbook> {
  const ReaderCtor = (ExcelJS as unknown as { stream: { xlsx: { WorkbookReader: new (input: unknown, options: unknown) => XWorkbookReader } } })
    .stream.xlsx.WorkbookReader;
  const reader = new ReaderCtor(Readable.from(input, { objectMode: false }), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // Which parts the reader has taken in; a worksheet must come after everything it depends on.
  const seen = new Set<string>();
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type?: string }) => {
    if (entry && typeof entry.type === 'string') seen.add(entry.type);
  });
  const ready = () =>
    seen.has('workbook') &&
    (seen.has('styles') || !parts.has('xl/styles.xml')) &&
    (seen.has('shared-strings') || !parts.has('xl/sharedStrings.xml'));
  const ctx: ConvertContext = { date1904: false, streaming: true, lossy: false };
  const read = new Map<string, Table>();
  const refusedSheets = new Map<string, Error>();
  for await (const ws of reader) {
    const name = ws.name;
    if (typeof name !== 'string' || read.has(name) || !ready()) throw new NeedsFallback();
    ctx.date1904 = reader.properties?.model?.date1904 === true;
    const entries: RowEntry[] = [];
    for await (const row of ws) {
      const r = row.number;
      if (!Number.isInteger(r) || r < 1) throw new NeedsFallback();
      const values: CellValue[] = [];
      const formats: (string | null)[] = [];
      row.eachCell((cell, col) => {
        values[col - 1] = cellValue(cell, ctx);
        formats[col - 1] = cell.numFmt ?? null;
      });
      entries.push({ row: r, values, formats });
    }
    if (ctx.lossy) throw new NeedsFallback();
    read.set(name, tableOrRefusal(refusedSheets, name, () => buildTable(name, entries, { withFormats: true, date1904: ctx.date1904, file })));
  }
  const date1904 = reader.properties?.model?.date1904 === true;
  // Workbook order, and no declared worksheet missed.
  const tables: Table[] = [];
  const hiddenSheets: string[] = [];
  const rels = reader.workbookRels ?? [];
  for (const sheet of reader.model?.sheets ?? []) {
    const table = read.get(sheet.name);
    if (!table) {
      const rel = rels.find((x) => x.Id === sheet.rId);
      if (rel && /\/worksheet$/.test(rel.Type)) throw new NeedsFallback();
      continue; // a chart sheet or dialog sheet: no cells
    }
    const rel = rels.find((x) => x.Id === sheet.rId);
    const merged = rel ? merges.get(partOfTarget(rel.Target, 'xl')) : undefined;
    if (merged?.length) table.merges = merged;
    tables.push(table);
    read.delete(sheet.name);
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') hiddenSheets.push(sheet.name);
  }
  if (read.size > 0) throw new NeedsFallback();
  return { tables, hiddenSheets, date1904, engine: 'stream', ...(refusedSheets.size ? { refusedSheets } : {}) };
}

/** The exceljs worksheet members the readers touch. */
export interface XWorksheet {
  name: string;
  state?: string;
  eachRow(options: { includeEmpty: boolean }, iteratee: (row: XRow, rowNumber: number) => void): void;
  /** Merged ranges by their top-left address. */
  _merges?: Record<string, { model: CellRange }>;
}

/**
 * The Table of one worksheet loaded in memory by exceljs, exactly as the in-memory reader builds
 * it (worksheetTable in open-workbook.ts reads the workbook it is about to write through this same function). Throws
 * `sheet-too-large` naming `file`.
 * @example const table = worksheetToTable(workbook.getWorksheet('台账'), false, '回访.xlsx');
 */
export function worksheetToTable(ws: XWorksheet, date1904: boolean, file?: string): Table {
  const ctx: ConvertContext = { date1904, streaming: false, lossy: false };
  const entries: RowEntry[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const formats: (string | null)[] = [];
    row.eachCell((cell, col) => {
      // Inside a merged range only the master holds the value, as in Excel.
      if (cell.type === MERGE) return;
      values[col - 1] = cellValue(cell, ctx);
      formats[col - 1] = cell.numFmt ?? null;
    });
    entries.push({ row: rowNumber, values, formats });
  });
  const table = buildTable(ws.name, entries, { withFormats: true, date1904, file });
  const merges = Object.values(ws._merges ?? {}).map(({ model: { top, left, bottom, right } }) => ({ top, left, bottom, right }));
  if (merges.length) table.merges = merges;
  return table;
}

/**
 * Is a worksheet hidden or very hidden?
 * @example isHiddenSheet({ state: 'veryHidden' }) // true
 */
export function isHiddenSheet(ws: { state?: string }): boolean {
  return ws.state === 'hidden' || ws.state === 'veryHidden';
}

/**
 * The 1904 flag of a workbook exceljs loaded.
 * @example workbookDate1904(workbook) // false
 */
export function workbookDate1904(workbook: ExcelJS.Workbook): boolean {
  return (workbook.properties as { date1904?: boolean } | undefined)?.date1904 === true;
}

/**
 * Load .xlsx bytes checked by {@link checkXlsxZip} with exceljs's in-memory loader; whatever it
 * throws becomes a LedgerlintError `xlsx-read-failed`.
 * @example const workbook = await loadInMemory(bytes, '回访.xlsx');
 */
export async function loadInMemory(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Notes other programs file under other names (openpyxl) get the names exceljs reads.
    const entries = readZipDirectory(bytes)?.entries;
    const load = (entries && (await exceljsNotesParts(bytes, entries))) ?? bytes;
    await workbook.xlsx.load(Buffer.from(load.buffer, load.byteOffset, load.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw classify(e, file);
  }
  return workbook;
}

/**
 * The Tables of a workbook exceljs loaded in memory, in workbook order; a worksheet too large to
 * read stands in with no rows and its error in `refusedSheets`.
 * @example const { tables, hiddenSheets, refusedSheets } = tablesOfWorkbook(workbook, '回访.xlsx');
 */
export function tablesOfWorkbook(workbook: ExcelJS.Workbook, file: string): XlsxWorkbook {
  const date1904 = workbookDate1904(workbook);
  const tables: Table[] = [];
  const hiddenSheets: string[] = [];
  const refusedSheets = new Map<string, Error>();
  for (const ws of workbook.worksheets as unknown as XWorksheet[]) {
    tables.push(tableOrRefusal(refusedSheets, ws.name, () => worksheetToTable(ws, date1904, file)));
    if (isHiddenSheet(ws)) hiddenSheets.push(ws.name);
  }
  return { tables, hiddenSheets, date1904, engine: 'memory', ...(refusedSheets.size ? { refusedSheets } : {}) };
}

/**
 * A zip checked to hold an .xlsx workbook both exceljs readers can find every worksheet of, every
 * entry's size and CRC verified.
 */
export interface CheckedXlsxZip {
  entries: ZipEntry[];
  names: string[];
}

/**
 * The most an .xlsx may inflate to, all its parts together: 1 GiB. A full-height ledger
 * (1,048,576 rows x 12 columns) is about 420 MB of XML; a "zip bomb" is a file of kilobytes
 * that inflates to gigabytes. Checked on the declared sizes before anything is inflated, and
 * inflation stops at each part's declared size (verifyZip), so lying headers gain nothing.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 1024 ** 3;


/**
 * Check that bytes are an intact .xlsx zip within the size limit, throwing the reader's
 * LedgerlintErrors: `corrupt-xlsx` (also a part that inflates past its declared size),
 * `xlsx-too-large` (parts declaring more than `maxUncompressed` bytes in all),
 * `unsupported-workbook` (.xlsb, .ods, ZIP64), `not-a-spreadsheet` (another zip),
 * `xlsx-read-failed` (a worksheet part exceljs cannot find).
 * @example const { entries } = checkXlsxZip(bytes, '回访.xlsx');
 */
export function checkXlsxZip(bytes: Uint8Array, file: string, maxUncompressed = MAX_XLSX_UNCOMPRESSED_BYTES): CheckedXlsxZip {
  const directory = readZipDirectory(bytes);
  if (!directory) throw readError('corrupt-xlsx', { file });
  // ZIP64 (over 65,535 parts or 4 GB) is the one layout whose sizes we do not read: the zip
  // library would inflate it unchecked. No spreadsheet program writes it for a ledger.
  const zip64 = directory.zip64 || directory.entries.some((e) => e.size === 0xffffffff || e.compressedSize === 0xffffffff || e.offset === 0xffffffff);
  if (zip64) throw readError('unsupported-workbook', { file, format: 'ZIP64' });
  let total = 0;
  for (const e of directory.entries) total += e.size;
  if (total > maxUncompressed) throw readError('xlsx-too-large', { file, size: mib(total), limit: mib(maxUncompressed) });
  const names = directory.entries.map((e) => e.name);
  const kind = zipKind(names, bytes);
  if (kind === 'xlsb') throw readError('unsupported-workbook', { file, format: 'Excel Binary (.xlsb)' });
  if (kind === 'ods') throw readError('unsupported-workbook', { file, format: 'OpenDocument (.ods)' });
  if (kind === 'document') throw readError('not-a-spreadsheet', { file, detected: 'Word (.docx/.odt)' });
  if (kind === 'presentation') throw readError('not-a-spreadsheet', { file, detected: 'PowerPoint (.pptx/.odp)' });
  if (kind === 'zip') throw readError('not-a-spreadsheet', { file, detected: 'ZIP' });
  // Both exceljs readers find worksheets only as xl/worksheets/sheetN.xml and would silently skip
  // any other part; say so rather than lose a sheet.
  const oddPart = names.find(
    (n) => n.startsWith('xl/worksheets/') && !n.startsWith('xl/worksheets/_rels/') && n.endsWith('.xml') && !STREAM_SHEET.test(n),
  );
  if (oddPart) throw readError('xlsx-read-failed', { file, reason: `worksheet part ${oddPart} is not named sheetN.xml` });
  // Damaged data can make the streaming reader wait forever, and the in-memory one does not check
  // CRCs: verify every entry first (0.3 s for 59 MB of XML).
  if (!verifyZip(bytes, directory.entries)) throw readError('corrupt-xlsx', { file });
  return { entries: directory.entries, names };
}

/**
 * Read .xlsx bytes into one Table per worksheet, in workbook order (empty sheets included, with no
 * rows). `name` is only used in error messages. Throws LedgerlintError: those of
 * {@link checkXlsxZip} and `xlsx-read-failed`. A worksheet whose used range is too large
 * (`sheet-too-large`) is not thrown here: it stands in `tables` without rows, its error in
 * `refusedSheets`, so that the other sheets stay readable.
 * @example const { tables } = await readXlsxBytes(await readFile('回访.xlsx'), '回访.xlsx');
 */
export async function readXlsxBytes(bytes: Uint8Array, name: string, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
  const file = name;
  const { entries, names } = checkXlsxZip(bytes, file);
  const engine = options.engine ?? 'auto';
  if (engine !== 'memory') {
    try {
      const merges = new Map<string, CellRange[]>();
      return await readStreaming(repackForStreaming(bytes, entries, undefined, merges), new Set(names), file, merges);
    } catch (e) {
      // Our own refusals (a used range too large) hold for either reader.
      if (isLedgerlintError(e)) throw e;
      if (engine === 'stream' && !(e instanceof NeedsFallback)) throw classify(e, file);
      // Fall through: the in-memory loader either reads it faithfully or says what is wrong.
    }
  }
  const workbook = await loadInMemory(bytes, file);
  try {
    return tablesOfWorkbook(workbook, file);
  } catch (e) {
    throw isLedgerlintError(e) ? e : classify(e, file);
  }
}
