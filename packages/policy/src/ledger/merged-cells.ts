/**
 * Merged cells under the header: a blank cell inside a merged range shows the range's top-left
 * value (a customer's name merged down over their contacts), so the reader sees that value too.
 */
import type { Table } from '../table';
import { cellText } from './cells';

/** A cell inside a merged range and the range's top-left cell, whose value it shows. */
export interface MergedCell {
  col: number;
  fromRow: number;
  fromCol: number;
}

/**
 * The rows under the header that lie inside a merged range over a mapped column, with their merged
 * cells. Ranges that reach into the header are left alone: a header merged across names its
 * columns once. Undefined when there is nothing to fill.
 */
export function mergedDataCells(table: Table, headerIndex: number, columns: readonly number[]): Map<number, MergedCell[]> | undefined {
  if (!table.merges?.length) return undefined;
  const firstRow = table.firstRow ?? 1;
  const firstColumn = table.firstColumn ?? 1;
  const byRow = new Map<number, MergedCell[]>();
  for (const m of table.merges) {
    const fromRow = m.top - firstRow;
    const fromCol = m.left - firstColumn;
    if (fromRow <= headerIndex || fromCol < 0) continue;
    for (let r = fromRow; r <= m.bottom - firstRow && r < table.rows.length; r++) {
      // Only the mapped columns: a range as wide as the sheet costs no more than the table's rows.
      for (const c of columns) {
        if (c < fromCol || c > m.right - firstColumn || (r === fromRow && c === fromCol)) continue;
        let cells = byRow.get(r);
        if (!cells) byRow.set(r, (cells = []));
        cells.push({ col: c, fromRow, fromCol });
      }
    }
  }
  return byRow.size ? byRow : undefined;
}

/** A copy of a row (and its formats) whose blank merged cells hold their range's top-left value; the table is never changed. */
export function withMergedValues(
  table: Table,
  cells: readonly unknown[],
  formats: readonly (string | null | undefined)[] | undefined,
  merged: readonly MergedCell[],
): [unknown[], (string | null | undefined)[] | undefined] {
  const row = cells.slice();
  const fmt = formats?.slice();
  for (const { col, fromRow, fromCol } of merged) {
    if (cellText(row[col] ?? null) !== null) continue;
    row[col] = table.rows[fromRow]?.[fromCol] ?? null;
    if (fmt) fmt[col] = table.formats?.[fromRow]?.[fromCol];
  }
  return [row, fmt];
}
