/**
 * CSV/TSV text: decoding the bytes (UTF-8 with or without BOM, GBK/GB18030 as Excel on zh-CN
 * Windows writes, UTF-16LE "Unicode text") and one hand-written RFC 4180 scanner.
 */
import iconv from 'iconv-lite';
import type { CellValue, Table } from '@ledgerlint/policy';
import { readError } from './errors';
import { buildTable, type RowEntry } from './grid';

/** The encodings {@link decodeCsvBytes} recognises. `gbk` is decoded as GB18030, its superset. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le';

/** Field separators the scanner understands. */
export type CsvDelimiter = ',' | '\t' | ';';

const SAMPLE = 64 * 1024;

/** Control bytes no text file has (everything below 0x20 but TAB, LF, VT, FF, CR, SUB/EOF, ESC). */
function countControl(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1a && b !== 0x1b) n++;
  }
  return n;
}

function tooManyControls(count: number, length: number): boolean {
  return count > 2 + length * 0.01;
}

/**
 * Decode CSV bytes: UTF-8 (with or without BOM) when they are valid UTF-8, UTF-16LE when they
 * start with its BOM, otherwise GBK/GB18030. Binary data (NUL bytes, many control characters)
 * throws `binary-file`.
 * @example decodeCsvBytes(iconv.encode('客户编号\n', 'gbk')) // { text: '客户编号\n', encoding: 'gbk' }
 */
export function decodeCsvBytes(bytes: Uint8Array, options: { name?: string } = {}): { text: string; encoding: CsvEncoding } {
  const file = options.name ?? '';
  // UTF-16LE with BOM: Excel's "Unicode text" (tab-separated).
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    let control = 0;
    const end = Math.min(text.length, SAMPLE);
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a && c !== 0x1b)) control++;
    }
    if (text.indexOf('\u0000') !== -1 || tooManyControls(control, end)) throw readError('binary-file', { file });
    return { text, encoding: 'utf-16le' };
  }
  if (bytes.indexOf(0) !== -1) throw readError('binary-file', { file });
  const sampleEnd = Math.min(bytes.length, SAMPLE);
  if (tooManyControls(countControl(bytes, 0, sampleEnd), sampleEnd)) throw readError('binary-file', { file });

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    if (bom) {
      // A BOM promises UTF-8; keep the promise and mark the bad bytes with U+FFFD.
      return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding: 'utf-8-bom' };
    }
  }
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gbk' };
}

/**
 * The separator of a CSV text: TAB when the first line has tabs and no commas, `;` when it has
 * semicolons and neither, else a comma. An Excel `sep=X` first line names it outright.
 * @example detectDelimiter('客户编号\t客户名称\n') // '\t'
 */
export function detectDelimiter(text: string): { delimiter: CsvDelimiter; skip: number } {
  let end = 0;
  const n = Math.min(text.length, SAMPLE);
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  const first = text.slice(0, end);
  const sep = /^sep=([,;\t])$/.exec(first);
  if (sep) {
    let skip = end;
    if (text.charCodeAt(skip) === 13) skip++;
    if (text.charCodeAt(skip) === 10) skip++;
    return { delimiter: sep[1] as CsvDelimiter, skip };
  }
  const hasComma = first.includes(',');
  const hasTab = first.includes('\t');
  if (hasTab && !hasComma) return { delimiter: '\t', skip: 0 };
  if (!hasTab && !hasComma && first.includes(';')) return { delimiter: ';', skip: 0 };
  return { delimiter: ',', skip: 0 };
}

/** What the scanner found: the records, and where an unclosed quote opened (-1 if none). */
export interface CsvScan {
  rows: (string | null)[][];
  delimiter: CsvDelimiter;
  /** 1-based physical line of an unclosed opening quote, or 0. */
  unterminatedLine: number;
  /** 1-based physical line of a record of more than {@link MAX_CSV_FIELDS} fields (scanning stops there), or 0. */
  tooWideLine: number;
}

/** Excel's last column: a record with more fields is no ledger (and would be scanned into one huge row). */
export const MAX_CSV_FIELDS = 16_384;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13) {
      line++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return line;
}

/**
 * Scan CSV text without throwing (see {@link parseCsv} for the rules).
 * @example scanCsv('a,"b,c"\n').rows // [['a', 'b,c']]
 */
export function scanCsv(input: string, delimiter?: CsvDelimiter): CsvScan {
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let i = 0;
  let d: CsvDelimiter;
  if (delimiter) d = delimiter;
  else {
    const detected = detectDelimiter(text);
    d = detected.delimiter;
    i = detected.skip;
  }
  const D = d.charCodeAt(0);
  const n = text.length;
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let unterminatedLine = 0;
  let tooWideLine = 0;

  while (i < n) {
    let value: string | null;
    if (text.charCodeAt(i) === 34) {
      // Quoted field: runs to the next lone quote; "" inside is one quote.
      const open = i;
      i++;
      let start = i;
      let acc = '';
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          acc += text.slice(start);
          i = n;
          unterminatedLine = lineOf(text, open);
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          acc += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        acc += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Lenient like Excel: text between the closing quote and the separator is kept.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === D || c === 10 || c === 13) break;
        j++;
      }
      if (j > i) {
        acc += text.slice(i, j);
        i = j;
      }
      value = acc === '' ? null : acc;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === D || c === 10 || c === 13) break;
        j++;
      }
      value = j > i ? text.slice(i, j) : null;
      i = j;
    }
    row.push(value);
    if (row.length > MAX_CSV_FIELDS) {
      tooWideLine = lineOf(text, i);
      break;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === D) {
      i++;
      if (i >= n) row.push(null); // "a,b," at the very end: a last empty field
      continue;
    }
    // End of record: CRLF, LF or a lone CR.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { rows, delimiter: d, unterminatedLine, tooWideLine };
}

/**
 * Parse CSV/TSV text (RFC 4180, leniently): quoted fields with doubled quotes, separators and
 * line breaks inside quotes, CRLF/LF/CR line ends, an optional trailing newline, TAB-separated
 * when the first line has tabs and no commas. Cells stay strings; empty cells are null. An
 * unclosed quote throws `csv-unterminated-quote` (it would swallow the rest of the file).
 * @example parseCsv('客户编号,回访内容\r\nC001,"说明,含逗号"\r\n') // [['客户编号', '回访内容'], ['C001', '说明,含逗号']]
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter; name?: string } = {}): (string | null)[][] {
  return checkedRows(scanCsv(text, options.delimiter), options.name ?? '');
}

/** A scan's records, or the error its first problem calls for (an unclosed quote, a record too wide). */
export function checkedRows(scan: CsvScan, file: string): (string | null)[][] {
  if (scan.unterminatedLine) throw readError('csv-unterminated-quote', { file, line: scan.unterminatedLine });
  if (scan.tooWideLine) throw readError('csv-too-wide', { file, line: scan.tooWideLine, limit: MAX_CSV_FIELDS.toLocaleString('en-US') });
  return scan.rows;
}

/**
 * A Table from parsed CSV records: the used range (blank rows and columns around the data
 * trimmed), record i at spreadsheet row i + 1 as Excel would show it. No formats.
 * @example csvToTable([['客户编号'], ['C001']], '回访记录') // { sheet: '回访记录', rows: [['客户编号'], ['C001']], firstRow: 1, firstColumn: 1 }
 */
export function csvToTable(records: readonly (readonly (string | null)[])[], sheet: string, file?: string): Table {
  const entries: RowEntry[] = new Array(records.length);
  for (let r = 0; r < records.length; r++) entries[r] = { row: r + 1, values: records[r].slice() as CellValue[] };
  return buildTable(sheet, entries, { withFormats: false, file });
}
