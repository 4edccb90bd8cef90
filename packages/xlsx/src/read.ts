/**
 * One entry point for ledger files: look at the bytes (not only the extension), read an .xlsx
 * workbook or a CSV/TSV text, and pick the sheet to check.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Table } from '@ledgerlint/policy';
import { csvToTable, decodeCsvBytes, scanCsv, type CsvEncoding } from './csv';
import { readError } from './errors';
import { isEncryptedOffice, sniffBytes } from './sniff';
import { readXlsxBytes, type XlsxEngine } from './xlsx';

export interface ReadLedgerOptions {
  /** The worksheet to check; default: the first visible worksheet that has data. Ignored for CSV. */
  sheet?: string;
  /** exceljs reader (see xlsx.ts); `auto` by default. */
  engine?: XlsxEngine;
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

/**
 * The table to check: `sheet` by name (exactly, else ignoring case and surrounding spaces), or the
 * first visible worksheet with data (a hidden one only when nothing else has data).
 * @example pickTable(tables, ['隐藏'], undefined, '回访.xlsx').sheet // '客户回访记录表'
 */
export function pickTable(tables: Table[], hidden: readonly string[], sheet: string | undefined, file: string): Table {
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
    if (found.rows.length === 0) throw readError('sheet-empty', { file, sheet: found.sheet });
    return found;
  }
  const withData = tables.filter((t) => t.rows.length > 0);
  const visible = withData.find((t) => !hidden.includes(t.sheet));
  const chosen = visible ?? withData[0];
  if (!chosen) throw readError('no-data', { file });
  return chosen;
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
    const workbook = await readXlsxBytes(bytes, file, { engine: options.engine });
    const table = pickTable(workbook.tables, workbook.hiddenSheets, options.sheet, file);
    return { tables: workbook.tables, table, format: 'xlsx' };
  }

  const { text, encoding } = decodeCsvBytes(bytes, { name: file });
  const markup = markupKind(text);
  if (markup) throw readError('not-a-spreadsheet', { file, detected: markup });
  const scan = scanCsv(text);
  if (scan.unterminatedLine) throw readError('csv-unterminated-quote', { file, line: scan.unterminatedLine });
  if (WORKBOOK_EXTENSIONS.has(extname(file).toLowerCase()) && !looksTabular(scan.rows)) {
    throw readError('not-a-spreadsheet', { file, detected: 'TXT' });
  }
  const table = csvToTable(scan.rows, sheetNameOf(file));
  if (table.rows.length === 0) throw readError('no-data', { file });
  return { tables: [table], table, format: 'csv', encoding };
}

/**
 * Read a ledger file (.xlsx, or CSV/TSV in UTF-8, GBK or UTF-16) into Tables and pick the one to
 * check. Throws LedgerlintError (codes in READ_MESSAGES) for anything it cannot read.
 * @example const { table, format } = await readLedger('客户回访记录表.xlsx', { sheet: '2025年' });
 */
export async function readLedger(path: string, options: ReadLedgerOptions = {}): Promise<LedgerFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw readError('file-not-found', { file: path });
    throw readError('file-unreadable', { file: path, reason: code ?? 'EIO' });
  }
  return readLedgerBytes(bytes, path, options);
}
