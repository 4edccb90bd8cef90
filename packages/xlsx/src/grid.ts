/**
 * Turn rows of cells (as a reader met them) into a `Table` over the used range: the smallest
 * rectangle holding every non-empty cell, with dense rows and `firstRow`/`firstColumn` saying where
 * it sits. CSV and .xlsx go through the same function, so the same content gives the same table.
 */
import { getHeapStatistics } from 'node:v8';
import { type CellValue, type Table } from '@ledgerlint/policy';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { readError } from './errors';

/**
 * The most cells a Table may span (its used range, blanks included): 32 Mi = all 1,048,576 rows of
 * a sheet at 32 columns, or all 16,384 columns for 2,048 rows. The used range is allocated densely,
 * so one stray cell at XFD1048576 in a tiny file would otherwise ask for 17 billion cells.
 */
export const MAX_TABLE_CELLS = 32 * 1024 * 1024;

/**
 * Heap a check needs per cell of the used range. Measured peak RSS of `ledgerlint check`:
 * 1,048,576 rows x 3 columns, 1.9 GB (about 600 bytes a cell, most of it fixed cost);
 * 524,288 rows x 12 columns, 3.0 GB (about 480). A sheet that would need more than Node's heap is
 * refused with the NODE_OPTIONS that gives enough, rather than dying of an out-of-memory crash.
 */
const HEAP_PER_RANGE_CELL = 450;

/** One spreadsheet row: `values[k]` is the cell in column `k + 1` (holes and undefined = empty). */
export interface RowEntry {
  /** 1-based spreadsheet row number. */
  row: number;
  values: (CellValue | undefined)[];
  formats?: (string | null | undefined)[];
}

export interface BuildOptions {
  /** Produce `formats` (xlsx) or not (CSV). */
  withFormats: boolean;
  date1904?: boolean;
  /** Refuse a used range of more cells than this (`sheet-too-large`); default {@link MAX_TABLE_CELLS}. */
  maxCells?: number;
  /** The file, for that error's message. */
  file?: string;
  /** Heap available for the check (`sheet-too-large-for-memory`); default Node's heap limit. */
  heapBytes?: number;
}

const filled = (v: CellValue | undefined) => v !== null && v !== undefined;

/** First and last index of a non-empty value, or [-1, -1]. */
function filledSpan(values: readonly (CellValue | undefined)[]): [number, number] {
  // From both ends, as far as 1,024 steps each: the common case stops at once.
  const n = values.length;
  let first = 0;
  while (first < n && first < 1024 && !filled(values[first])) first++;
  if (first === n) return [-1, -1];
  if (first < 1024) {
    let last = n - 1;
    while (last > first && n - 1 - last < 1024 && !filled(values[last])) last--;
    if (filled(values[last]) || last === first) return [first, last];
  }
  // A row with cells far apart (A and XFD) is a sparse array: visit the cells it has, not every
  // index up to 16,384.
  let lo = -1;
  let hi = -1;
  for (const key in values) {
    if (!filled(values[key as unknown as number])) continue;
    const k = Number(key);
    if (lo < 0 || k < lo) lo = k;
    if (k > hi) hi = k;
  }
  return [lo, hi];
}

/** `arr` as a dense row of `width` cells from index `offset`; reuses `arr` when it can. */
function fit<T>(arr: (T | null | undefined)[] | undefined, offset: number, width: number): (T | null)[] {
  if (!arr) return new Array<T | null>(width).fill(null);
  if (offset === 0 && arr.length <= width) {
    // Adopt the array: fill holes, pad to the width.
    const n = arr.length;
    for (let k = 0; k < n; k++) if (arr[k] === undefined) arr[k] = null;
    for (let k = n; k < width; k++) arr.push(null);
    return arr as (T | null)[];
  }
  const out = new Array<T | null>(width);
  for (let k = 0; k < width; k++) {
    const v = arr[k + offset];
    out[k] = v === undefined ? null : v;
  }
  return out;
}

/**
 * Build a Table from row entries (row numbers ascending or not; one entry per row); empty rows
 * and columns around the data are trimmed. Takes ownership of the entries' arrays.
 * @example buildTable('s', [{ row: 3, values: [null, 'a'] }], { withFormats: false })
 *   // { sheet: 's', rows: [['a']], firstRow: 3, firstColumn: 2 }
 */
export function buildTable(sheet: string, entries: readonly RowEntry[], options: BuildOptions): Table {
  const { withFormats } = options;
  let minRow = Infinity;
  let maxRow = -Infinity;
  let minCol = Infinity;
  let maxCol = -Infinity;
  for (const entry of entries) {
    const [first, last] = filledSpan(entry.values);
    if (first < 0) continue;
    if (entry.row < minRow) minRow = entry.row;
    if (entry.row > maxRow) maxRow = entry.row;
    if (first + 1 < minCol) minCol = first + 1;
    if (last + 1 > maxCol) maxCol = last + 1;
  }

  const table: Table = { sheet, rows: [] };
  if (withFormats) table.formats = [];
  if (options.date1904 !== undefined) table.date1904 = options.date1904;
  if (minRow === Infinity) {
    table.firstRow = 1;
    table.firstColumn = 1;
    return table;
  }
  table.firstRow = minRow;
  table.firstColumn = minCol;

  const width = maxCol - minCol + 1;
  const height = maxRow - minRow + 1;
  const maxCells = options.maxCells ?? MAX_TABLE_CELLS;
  if (width * height > maxCells) {
    throw readError('sheet-too-large', {
      file: options.file ?? '',
      sheet,
      range: `${columnLetter(minCol)}${minRow}:${columnLetter(maxCol)}${maxRow}`,
      rows: height.toLocaleString('en-US'),
      columns: width.toLocaleString('en-US'),
      cells: (width * height).toLocaleString('en-US'),
      limit: maxCells.toLocaleString('en-US'),
    });
  }
  const short = heapShortfall(width * height * HEAP_PER_RANGE_CELL, options.heapBytes);
  if (short) {
    throw readError('sheet-too-large-for-memory', {
      file: options.file ?? '',
      sheet,
      rows: height.toLocaleString('en-US'),
      columns: width.toLocaleString('en-US'),
      ...short,
    });
  }
  const rows: CellValue[][] = new Array(height);
  const formats: (string | null)[][] | undefined = withFormats ? new Array(height) : undefined;
  const offset = minCol - 1; // array index of the range's first column
  for (const entry of entries) {
    if (entry.row < minRow || entry.row > maxRow) continue;
    const r = entry.row - minRow;
    rows[r] = fit<CellValue>(entry.values, offset, width);
    if (formats) formats[r] = fit<string>(entry.formats, offset, width);
  }
  for (let r = 0; r < height; r++) {
    if (!rows[r]) rows[r] = new Array<CellValue>(width).fill(null);
    if (formats && !formats[r]) formats[r] = new Array<string | null>(width).fill(null);
  }
  table.rows = rows;
  if (formats) table.formats = formats;
  return table;
}

/**
 * When `need` bytes would not fit in Node's heap (with a tenth kept free): the message
 * parameters naming what is needed, what there is, and the `--max-old-space-size` (MB) that
 * would do. Undefined when it fits.
 * @example heapShortfall(6 * 2 ** 30, 4 * 2 ** 30) // { need: '6.0 GB', have: '4.0 GB', mb: 7168 }
 */
export function heapShortfall(need: number, heap = getHeapStatistics().heap_size_limit): { need: string; have: string; mb: number } | undefined {
  if (need <= heap * 0.9) return undefined;
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GB`;
  return { need: gib(need), have: gib(heap), mb: Math.ceil(need / 2 ** 20 / 1024 / 0.9) * 1024 };
}
