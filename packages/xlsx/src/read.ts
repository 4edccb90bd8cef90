/**
 * One entry point for ledger files: look at the bytes (not only the extension), read an .xlsx
 * workbook or a CSV/TSV text, and pick the sheet to check.
 */
import { basename, extname } from 'node:path';
import { type Table } from '@ledgerlint/policy';
import { ColumnMapError, proposeColumnMap } from '@ledgerlint/policy/ledger';
import { checkedRows, csvToTable, decodeCsvBytes, scanCsv, type CsvEncoding } from './csv';
import { mib, readError } from './errors';
import { MAX_TEXT_BYTES, readLedgerFile } from './read-file';
import { isEncryptedOffice, sniffBytes } from './sniff';
// The .xlsx reader (and exceljs, ~0.4 s to load) is imported only when an .xlsx file is read:
// checking a CSV never pays for it.
import type { XlsxEngine } from './xlsx';

export interface ReadLedgerOptions {
  /** The worksheet to check; default: the first visible worksheet that has data. Ignored for CSV. */
  sheet?: string;
  /** exceljs reader (see xlsx.ts); `auto` by default. */
  engine?: XlsxEngine;
  /** Does a sheet hold the ledger (for the default choice)? Default {@link looksLikeLedger}. */
  isLedger?: (table: Table) => boolean;
}

export interface LedgerFile {
  /** Every worksheet in workbook order (a CSV gives one). */
  tables: Table[];
  /** The table to check: `options.sheet`, else the first worksheet with data. */
  table: Table;
  format: 'xlsx' | 'csv';
  /** The text encoding a CSV was decoded from. */
  encoding?: CsvEncoding;
}

export { MAX_TEXT_BYTES };

/** Extensions under which a text file is only accepted if it really holds a table. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls', '.xlsb', '.et', '.ods']);

function markupKind(text: string): string | null {
  const head = text.slice(0, 4096).replace(/^[\uFEFF\s]+/, '');
  if (!head.startsWith('<')) return null;
  if (/^<\?xml/i.test(head)) return /<html[\s>]/i.test(head) ? 'HTML' : 'XML';
  if (/^<(!doctype\s+html|html|head|body|table|meta|title|style|script|div|!--)/i.test(head)) return 'HTML';
  return null;
}

/** Does a text that arrived under a workbook extension hold a table (at least two columns)? */
function looksTabular(rows: readonly (readonly (string | null)[])[]): boolean {
  let nonEmpty = 0;
  let wide = 0;
  for (const row of rows) {
    let filled = 0;
    for (const v of row) if (v !== null) filled++;
    if (filled === 0) continue;
    nonEmpty++;
    if (row.length >= 2) wide++;
  }
  return nonEmpty > 0 && wide * 2 >= nonEmpty;
}

function sheetNameOf(name: string): string {
  const base = basename(name, extname(name));
  return base === '' ? 'Sheet1' : base;
}

/** How {@link pickTable} tells a ledger sheet, and which sheets could not be read. */
export interface PickOptions {
  /** Sheets too large to read, with their errors: they count as ledgers, and picking one throws. */
  refused?: ReadonlyMap<string, Error>;
  /** Does a sheet hold a ledger? Default {@link looksLikeLedger}. */
  isLedger?: (table: Table) => boolean;
}

/**
 * True when a header row of known column names is found in the table's first rows (or the
 * header is there but ambiguous: that error is then the user's to see).
 * @example looksLikeLedger({ sheet: '说明', rows: [['本表由销售部填写']] }) // false
 */
export function looksLikeLedger(table: Table): boolean {
  try {
    proposeColumnMap(table);
    return true;
  } catch (e) {
    return !(e instanceof ColumnMapError && e.code === 'no-header');
  }
}

/**
 * The table to check: `sheet` by name (exactly, else ignoring case and surrounding spaces), or the
 * first worksheet with data that holds a ledger (`isLedger`), visible ones before hidden ones: a
 * cover or notes sheet before the ledger is passed over. When none holds a ledger, the first
 * visible worksheet with data (the check then says what it misses). A sheet in `refused` (too
 * large to read) counts as a ledger; picking it throws its error.
 * @example pickTable(tables, ['隐藏'], undefined, '回访.xlsx').sheet // '客户回访记录表'
 */
export function pickTable(tables: Table[], hidden: readonly string[], sheet: string | undefined, file: string, options: PickOptions = {}): Table {
  const chosen = pickOne(tables, hidden, sheet, file, options);
  const refusal = options.refused?.get(chosen.sheet);
  if (refusal) throw refusal;
  return chosen;
}

function pickOne(tables: Table[], hidden: readonly string[], sheet: string | undefined, file: string, { refused, isLedger = looksLikeLedger }: PickOptions): Table {
  if (sheet !== undefined) {
    let found = tables.find((t) => t.sheet === sheet);
    if (!found) {
      const want = sheet.trim().toLowerCase();
      const loose = tables.filter((t) => t.sheet.trim().toLowerCase() === want);
      if (loose.length === 1) found = loose[0];
    }
    if (!found) {
      throw readError('sheet-not-found', { file, sheet, sheets: tables.map((t) => t.sheet).join(', ') });
    }
    if (found.rows.length === 0 && !refused?.has(found.sheet)) throw readError('sheet-empty', { file, sheet: found.sheet });
    return found;
  }
  const withData = tables.filter((t) => t.rows.length > 0 || refused?.has(t.sheet));
  if (withData.length === 0) throw readError('no-data', { file });
  // Visible sheets first, in workbook order.
  const candidates = [...withData.filter((t) => !hidden.includes(t.sheet)), ...withData.filter((t) => hidden.includes(t.sheet))];
  if (candidates.length === 1) return candidates[0];
  return candidates.find((t) => refused?.has(t.sheet) || isLedger(t)) ?? candidates[0];
}

/**
 * Whether bytes are a zip (a workbook) or text; everything else is refused here, with the same
 * codes wherever a file is opened: `empty-file`, `encrypted-xlsx`, `legacy-xls`, `not-a-spreadsheet`.
 * @example containerOf(await readFile('回访.xlsx'), '回访.xlsx') // 'zip'
 */
export function containerOf(bytes: Uint8Array, file: string): 'zip' | 'text' {
  const kind = sniffBytes(bytes);
  switch (kind) {
    case 'empty':
      throw readError('empty-file', { file });
    case 'ole2':
      throw readError(isEncryptedOffice(bytes) ? 'encrypted-xlsx' : 'legacy-xls', { file });
    case 'pdf':
    case 'png':
    case 'jpeg':
    case 'gif':
    case 'rtf':
      throw readError('not-a-spreadsheet', { file, detected: kind.toUpperCase() });
    default:
      return kind;
  }
}

/**
 * Read a ledger from bytes already in memory; `name` (a file name or path) picks the CSV sheet
 * name and appears in error messages. The format is decided by content: a zip is .xlsx, an OLE2
 * file is a legacy .xls (an error), anything else is tried as CSV/TSV text.
 * @example const { table } = await readLedgerBytes(bytes, '客户回访记录表.csv');
 */
export async function readLedgerBytes(bytes: Uint8Array, name: string, options: ReadLedgerOptions = {}): Promise<LedgerFile> {
  const file = name;
  if (containerOf(bytes, file) === 'zip') {
    const { readXlsxBytes } = await import('./xlsx');
    const workbook = await readXlsxBytes(bytes, file, { engine: options.engine });
    const table = pickTable(workbook.tables, workbook.hiddenSheets, options.sheet, file, { refused: workbook.refusedSheets, isLedger: options.isLedger });
    return { tables: workbook.tables, table, format: 'xlsx' };
  }

  if (bytes.length > MAX_TEXT_BYTES) {
    throw readError('file-too-large', { file, size: mib(bytes.length), limit: mib(MAX_TEXT_BYTES) });
  }
  const { text, encoding } = decodeCsvBytes(bytes, { name: file });
  const markup = markupKind(text);
  if (markup) throw readError('not-a-spreadsheet', { file, detected: markup });
  const rows = checkedRows(scanCsv(text), file);
  if (WORKBOOK_EXTENSIONS.has(extname(file).toLowerCase()) && !looksTabular(rows)) {
    throw readError('not-a-spreadsheet', { file, detected: 'TXT' });
  }
  const table = csvToTable(rows, sheetNameOf(file), file);
  if (table.rows.length === 0) throw readError('no-data', { file });
  return { tables: [table], table, format: 'csv', encoding };
}

/**
 * Read a ledger file (.xlsx, or CSV/TSV in UTF-8, GBK or UTF-16) into Tables and pick the one to
 * check. Throws LedgerlintError (codes in READ_MESSAGES) for anything it cannot read; a FIFO,
 * device or folder (`not-a-file`) and a file over the limits are refused before reading.
 * @example const { table, format } = await readLedger('客户回访记录表.xlsx', { sheet: '2025年' });
 */
export async function readLedger(path: string, options: ReadLedgerOptions = {}): Promise<LedgerFile> {
  const { bytes } = await readLedgerFile(path);
  return readLedgerBytes(bytes, path, options);
}
