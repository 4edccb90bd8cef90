/**
 * A Table is a ledger exactly as an adapter read it: raw cells and their number formats, nothing
 * interpreted yet. The .xlsx/.csv reader, the Office.js adapter and apps that hold rows in memory
 * all produce this one shape.
 */

/** One raw cell: what Excel's `values` gives. Error cells arrive as their text (`#N/A`). */
export type CellValue = string | number | boolean | null;

export interface Table {
  /** The sheet's name (shown in messages), e.g. `客户回访记录表`. */
  sheet: string;
  /** Every row of the used range, top to bottom; `rows[0]` is spreadsheet row `firstRow`. */
  rows: CellValue[][];
  /**
   * Number formats parallel to `rows` (`formats[r][c]`), where known. Only needed to tell a date
   * serial from a plain number; CSV tables have none.
   */
  formats?: (string | null | undefined)[][];
  /** Spreadsheet row number of `rows[0]` (1 when the range starts at the top). */
  firstRow?: number;
  /** Spreadsheet column index (1 = A) of each `rows[r][0]`. */
  firstColumn?: number;
  /** True when the workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
  /**
   * Merged ranges, in spreadsheet rows and columns (1 = row 1, column A). A clerk merges a
   * customer's number down over all of that customer's rows; the value, held by the top-left cell
   * only, belongs to every row of the range. File readers give them; a CSV has none.
   */
  merges?: CellRange[];
}

/** A rectangle of cells in spreadsheet rows and columns, both ends inclusive (A2:A5 is 2, 1, 5, 1). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Spreadsheet column letters for a 1-based column index.
 * @example columnLetter(1) // 'A'; columnLetter(28) // 'AB'
 */
export function columnLetter(index: number): string {
  let s = '';
  let n = index;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The 1-based column index of spreadsheet column letters (the inverse of columnLetter); 0 for ''.
 * @example columnNumber('A') // 1; columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The widest row of a table, in cells (a loop, not `Math.max(...rows)`, which overflows the call
 * stack past about 130,000 rows).
 * @example tableWidth({ sheet: 'S', rows: [['a'], ['a', 'b', null]] }) // 3
 */
export function tableWidth(table: Pick<Table, 'rows'>): number {
  let width = 0;
  for (const row of table.rows) if (row.length > width) width = row.length;
  return width;
}

/**
 * Excel's limit on the characters of one cell (a note's text is held to it too): a longer text
 * cannot be written, and a file holding one is broken.
 * @example fitCellText(text).length <= CELL_TEXT_LIMIT // always
 */
export const CELL_TEXT_LIMIT = 32_767;
