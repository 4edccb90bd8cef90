/**
 * The annotation record (policy annotate/record.ts) in a workbook loaded with exceljs: the very
 * hidden record sheet, read and written, and our cells found again by what they are.
 */
import type ExcelJS from 'exceljs';
import {
  findOurColumns,
  nextDueOwner,
  readRecordCells,
  RECORD_SHEET_NAME,
  recordCells,
  statusOwner,
  type AnnotationRecord,
} from '@ledgerlint/policy/annotate';
import { columnLetter, serialToIso } from '@ledgerlint/policy/ledger';
import { cellValue, findCell, valueText } from './exceljs-cells';
import { annotateError } from './open-workbook';

export function recordSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name === RECORD_SHEET_NAME);
}

/**
 * The annotation record a workbook carries: undefined when it has none; throws
 * `annotation-state-invalid` when the record sheet is there but does not hold a record we wrote.
 */
export function readRecord(workbook: ExcelJS.Workbook): AnnotationRecord | undefined {
  const sheet = recordSheetOf(workbook);
  if (!sheet) return undefined;
  const cells: unknown[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const v = cellValue(sheet, r, 1);
    if (v === null || v === undefined || v === '') break;
    cells.push(v);
  }
  const record = readRecordCells(cells);
  if ('invalid' in record) throw annotateError(workbook, 'annotation-state-invalid', { reason: record.invalid });
  return record;
}

/** A next-due cell's date as an ISO day: exceljs gives a Date (UTC fields) for a date cell; a time of day makes it no date of ours. */
function isoOf(v: unknown, date1904: boolean): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime() % 86_400_000 === 0 ? v.toISOString().slice(0, 10) : null;
  return typeof v === 'number' ? serialToIso(v, date1904) : null;
}

/** Where our cells are on one sheet, and which cells there the clerk typed (kept). */
export interface OursOnSheet {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** [column, recorded column] for each column found, status first. */
  columns: { column: number; kind: 'status' | 'nextDue' }[];
  /** Cells (row, column) that are ours. */
  cells: [number, number][];
  /** Addresses of the clerk's cells in our columns, which stay. */
  kept: string[];
}

/** Our columns and cells on every sheet that carries our header cells (a copy of the sheet too). */
export function findOurCells(workbook: ExcelJS.Workbook, record: AnnotationRecord, date1904: boolean): OursOnSheet[] {
  const status = statusOwner(record);
  const nextDue = nextDueOwner(record);
  const out: OursOnSheet[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === RECORD_SHEET_NAME) continue;
    const found = findOurColumns(record, (r, c) => cellValue(ws, r, c), ws.columnCount, ws.rowCount);
    if (!found) continue;
    const on: OursOnSheet = { ws, headerRow: found.headerRow, columns: [], cells: [], kept: [] };
    const columns = [...found.status.map((column) => ({ column, kind: 'status' as const })), ...found.nextDue.map((column) => ({ column, kind: 'nextDue' as const }))];
    for (const { column, kind } of columns) {
      on.columns.push({ column, kind });
      on.cells.push([found.headerRow, column]);
      for (let r = found.headerRow + 1; r <= ws.rowCount; r++) {
        const cell = findCell(ws, r, column);
        if (!cell) continue;
        const v = valueText(cell.value);
        if (v === null || v === undefined || v === '') {
          // An empty cell we formatted (a status fill without text cannot happen; keep formats of the clerk's).
          continue;
        }
        if (kind === 'status' ? status(v) : nextDue(isoOf(v, date1904))) on.cells.push([r, column]);
        else on.kept.push(`${columnLetter(column)}${r}`);
      }
    }
    out.push(on);
  }
  return out;
}

export function writeRecord(workbook: ExcelJS.Workbook, record: AnnotationRecord): void {
  const ws = workbook.addWorksheet(RECORD_SHEET_NAME, { state: 'veryHidden' });
  recordCells(record).forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
}
