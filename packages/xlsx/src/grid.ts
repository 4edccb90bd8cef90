/**
 * Turn rows of cells (as a reader met them) into a `Table` over the used range: the smallest
 * rectangle holding every non-empty cell, with dense rows and `firstRow`/`firstColumn` saying where
 * it sits. CSV and .xlsx go through the same function, so the same content gives the same table.
 */
import type { CellValue, Table } from '@ledgerlint/policy';

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
    const values = entry.values;
    let first = -1;
    let last = -1;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v !== null && v !== undefined) {
        if (first < 0) first = k;
        last = k;
      }
    }
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
