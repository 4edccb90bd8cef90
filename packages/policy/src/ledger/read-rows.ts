/**
 * The one row-major pass over everything under the header: each row array is visited once, however
 * many columns are mapped (a pass per column over a million separate row arrays is dominated by
 * cache misses). Blank rows between blocks are skipped, not reported.
 */
import type { Table } from '../table';
import { MINUTES_PER_DAY } from '../time/day';
import { cellText, isDateFormat, isPlainEnd, Precision, quickMinute, readTimeCell, serialMinute } from './cells';
import type { CellProblem } from './cell-problems';
import { LABEL, TEXT, TIME, type ColumnsRead, type TimeColumn } from './column-readers';
import type { ColumnMap } from './columns';
import type { CustomerKeys } from './customers';
import { mergedDataCells, withMergedValues } from './merged-cells';

/** The records read: how many, and the table row index (under `table.rows`) of each. */
export interface RowsRead {
  size: number;
  sheetIndex: Int32Array;
}

/** Read every non-blank row under the header into the columns' arrays and the customer keys. */
export function readRows(table: Table, map: ColumnMap, columns: ColumnsRead, customers: CustomerKeys, problems: CellProblem[]): RowsRead {
  const { rows, formats } = table;
  const date1904 = table.date1904 ?? false;
  const fields = map.fields;
  const readers = columns.readers;
  const n = readers.length;
  // A separate clock column (回访日期 + 回访时间 14:30) completes a date-only contact time.
  const contactTime = columns.times.contactAt;
  const clockCol = contactTime ? fields.contactClock : undefined;
  const sheetIndex = new Int32Array(Math.max(0, rows.length - map.headerIndex - 1));
  let size = 0;
  const merged = mergedDataCells(table, map.headerIndex, Object.values(fields) as number[]);
  for (let r = map.headerIndex + 1; r < rows.length; r++) {
    let cells: readonly unknown[] = rows[r];
    if (isBlankRow(cells)) continue;
    const i = size++;
    sheetIndex[i] = r;
    let fr = formats ? formats[r] : undefined;
    const fills = merged?.get(r);
    if (fills) [cells, fr] = withMergedValues(table, cells, fr, fills);
    for (let k = 0; k < n; k++) {
      const reader = readers[k];
      const col = reader.col;
      const v = cells[col] ?? null;
      const kind = reader.kind;
      if (kind === TEXT) {
        reader.text[i] = v;
        continue;
      }
      if (kind === TIME) {
        // Fast path: a serial date in a date cell, or a plausible serial (>= 10000) that lost its
        // format, the common case. Smaller unformatted numbers go to readTimeCell, which rejects them.
        // Text dates (a CSV's `2025-03-05 14:30`) in the common forms are read without a regex.
        const m =
          typeof v === 'number' ? (v >= 1 && v < 100000 && (v >= 10000 || isDateFormat(fr?.[col])) ? serialMinute(v, date1904) : NaN) : typeof v === 'string' ? quickMinute(v) : NaN;
        if (!Number.isNaN(m)) {
          const d = reader.dateOnly ? Math.floor(m / MINUTES_PER_DAY) * MINUTES_PER_DAY : m;
          reader.minute[i] = d;
          reader.precision[i] = d % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute;
          continue;
        }
      } else if (kind === LABEL && typeof v === 'string') {
        const code = reader.seen.get(v);
        if (code !== undefined && code >= 0) {
          reader.codes[i] = code;
          continue;
        }
      }
      reader.read(i, v, fr ? fr[col] : undefined);
    }
    if (clockCol !== undefined) readClock(contactTime!, i, cells[clockCol] ?? null, fr?.[clockCol], date1904, problems);
    customers.read(i, cells);
  }
  return { size, sheetIndex };
}

/** A time of day from the clock column, added to record i's contact date when that has no time yet. */
function readClock(contactTime: TimeColumn, i: number, v: unknown, f: string | null | undefined, date1904: boolean, problems: CellProblem[]): void {
  if (cellText(v) === null) return;
  const t = readTimeCell(v, f ?? 'h:mm', date1904);
  if (t.precision === Precision.Clock) {
    if (contactTime.precision[i] === Precision.Day) {
      contactTime.minute[i] += t.minute % MINUTES_PER_DAY;
      contactTime.precision[i] = t.minute % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute;
    }
  } else problems.push({ record: i, field: 'contactClock', code: 'not-a-time' });
}

/** True when a row has no value at all (blank rows between blocks are skipped, not reported). */
function isBlankRow(cells: readonly unknown[] | undefined): boolean {
  if (!cells) return true;
  const first = cells[0];
  // Fast path: a first cell that is a number or starts with a visible character (not NBSP or U+3000,
  // which trim() removes: a row of those is blank).
  if (typeof first === 'number' || (typeof first === 'string' && first.length > 0 && isPlainEnd(first.charCodeAt(0)))) return false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}
