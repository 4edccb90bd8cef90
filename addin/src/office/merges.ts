/**
 * Merged cells. A clerk often merges a customer's number and name down over all of that
 * customer's rows; Excel keeps the value in the top-left cell only, and the command line gives it
 * to every row of the range (`Table.merges`, read from the file). The add-in reads the same ranges
 * with `Range.getMergedAreasOrNullObject` (ExcelApi 1.13). Without that API a merged cell cannot
 * be told from an empty one, so the layout is recognised from the values and refused
 * (`continuationRows`), rather than checked into different answers.
 */
import { type CellRange, type CellValue, type Table } from '@ledgerlint/policy';
import { columnNumber, type ColumnMap } from '@ledgerlint/policy/ledger';

/**
 * `getMergedAreasOrNullObject` fails when a range holds more than 512 merged areas. It returns an
 * area when the area's top-left cell lies in the range (the area whole, not clipped to the range),
 * so bands of at most 512 cells can never hold more, and no area is found twice.
 */
export const MERGED_AREAS_PER_CALL = 512;

/**
 * The bands (1-based, inclusive) a block of rows is asked for its merged areas in: full rows of at
 * most MERGED_AREAS_PER_CALL cells each, or, on a sheet wider than that, slices of one row.
 * @example mergeBands(5, 100, 1, 16) // 4 bands of 32 rows and one of 4: rows 5–36, 37–68, 69–100
 */
export function mergeBands(top: number, bottom: number, left: number, right: number): CellRange[] {
  const cols = right - left + 1;
  const width = Math.min(cols, MERGED_AREAS_PER_CALL);
  const height = Math.max(1, Math.floor(MERGED_AREAS_PER_CALL / width));
  const bands: CellRange[] = [];
  for (let r = top; r <= bottom; r += height) {
    for (let c = left; c <= right; c += width) bands.push({ top: r, left: c, bottom: Math.min(bottom, r + height - 1), right: Math.min(right, c + width - 1) });
  }
  return bands;
}

/**
 * A range address as Excel gives it (`'客户 回访'!A5:B8`, `Sheet1!$C$3`) in rows and columns; null
 * for anything else (a whole column or row is never a merged area).
 * @example rangeOfAddress("'回访 (2)'!A5:B8") // { top: 5, left: 1, bottom: 8, right: 2 }
 */
export function rangeOfAddress(address: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.slice(address.lastIndexOf('!') + 1).trim());
  if (!m) return null;
  const a = { col: columnNumber(m[1]), row: Number(m[2]) };
  const b = m[3] ? { col: columnNumber(m[3]), row: Number(m[4]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Without ExcelApi 1.13: the rows (spreadsheet row numbers) that look like the lower rows of a
 * customer's merged cells. Such a row holds a record (a value somewhere) but no customer number
 * and no customer name, and it lies directly under a record that has one (or under another such
 * row): the rows below a merged customer cell are exactly that, and so are rows a clerk left blank
 * to mean "same as above". An ordinary blank is not: a blank in any other column, a blank row, a
 * customer missing on a row that follows a blank row or the header. A customer forgotten on one
 * row under another customer's row looks the same as a merge and cannot be told from one, so a
 * single such row is left to the check (it reports the row as having no customer, as the command
 * line does); two or more are the layout, and Check refuses (`MERGED_LAYOUT_MIN_ROWS`).
 * @example continuationRows(table, map) // [6, 7, 9]: rows under K001 in row 5 and K002 in row 8
 */
export function continuationRows(table: Pick<Table, 'rows' | 'firstRow'>, map: Pick<ColumnMap, 'headerIndex' | 'fields'>): number[] {
  const keys = [map.fields.customerId, map.fields.customerName].filter((c): c is number => c !== undefined);
  if (keys.length === 0) return [];
  const firstRow = table.firstRow ?? 1;
  const found: number[] = [];
  // True while the rows just above are a keyed record and the rows under it without a key.
  let under = false;
  for (let r = map.headerIndex + 1; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (!row || row.every(blank)) {
      under = false;
      continue;
    }
    if (keys.some((c) => !blank(row[c]))) under = true;
    else if (under) found.push(firstRow + r);
  }
  return found;
}

/** Rows of continuation at least this many: the merged layout (see `continuationRows`). */
export const MERGED_LAYOUT_MIN_ROWS = 2;

/**
 * The rows for a message: the first few as "6、7、9" and how many in all.
 * @example rowList([6, 7, 9, 10, 11, 12, 13], 5) // { rows: '6、7、9、10、11', more: 2 }
 */
export function rowList(rows: readonly number[], shown = 5): { rows: string; more: number } {
  return { rows: rows.slice(0, shown).join('、'), more: Math.max(0, rows.length - shown) };
}
