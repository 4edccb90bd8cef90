/**
 * Take a ledgerlint annotation off a workbook loaded with exceljs. Our cells are found again by
 * what they are (see policy annotate/record.ts), never by a remembered position alone, and only
 * those are removed, with what the clerk's cells there had before put back.
 */
import type ExcelJS from 'exceljs';
import { highlightOwner, ourSheets, RECORD_SHEET_NAME, sheetIntact, type AnnotationRecord } from '@ledgerlint/policy/annotate';
import { findOurCells, readRecord, recordSheetOf, type OursOnSheet } from './annotation-record';
import { cellValue, cfsOf, copy, findCell, type XColumnInternal, type XRowInternal } from './exceljs-cells';
import type { StyleModel } from './fidelity';
import { workbookDate1904 } from './xlsx';

/** All the values of a sheet, row by row (blank rows empty), as the summary hash reads them. */
function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = cellValue(ws, r, c);
      row.push(v instanceof Date ? v.toISOString() : v);
    }
    rows.push(row);
  }
  return rows;
}

/** Column width in characters from the record's unit (the add-in records points). */
function widthInCharacters(width: number | null, unit: AnnotationRecord['previousWidths']['unit']): number | undefined {
  if (width === null) return undefined;
  // Excel: pixels = characters x 7 + 5 (Calibri 11's digit width), points = pixels x 0.75.
  return unit === 'points' ? Math.max(0, Math.round(((width / 0.75 - 5) / 7) * 100) / 100) : width;
}

/** What `clearAnnotation` did. */
export interface ClearResult {
  /** False when the workbook carries no annotation (nothing changed). */
  cleared: boolean;
  /** The annotated sheet (as it is named now), when our columns were found on it. */
  sheet?: string;
  /** Where our two columns were on it (now empty, unless the clerk typed there: see `kept`). */
  columns?: { status: number; nextDue: number };
  /** Every sheet our cells were taken off (a copy of the annotated sheet carries them too). */
  sheets: string[];
  /** The clerk's cells found in our columns, kept: `Sheet!K7`. */
  kept: string[];
  /** The summary sheet, kept because the clerk changed it after annotating. */
  keptSummary?: string;
  /** The 待回访 sheet, kept because the clerk changed it after annotating. */
  keptCalls?: string;
  /** Our columns were nowhere (the clerk deleted them): only the formats and sheets were removed. */
  columnsMissing: boolean;
}

/**
 * Remove a ledgerlint annotation, found by what it is (policy annotate/record.ts), wherever the
 * clerk moved it: our header cells and the cells below them that hold what we wrote (value,
 * format and note go; a cell the clerk typed there stays and is listed in `kept`), the formats the
 * clerk's empty cells there had before, our columns' widths, exactly our conditional formats (by
 * formula shape), the summary and 待回访 sheets (unless the clerk changed one: then it stays,
 * `keptSummary`, `keptCalls`) and the record sheet. Without a record: `{ cleared: false }` and nothing changed; a damaged
 * record throws `annotation-state-invalid`.
 * @example const { cleared, sheet, kept } = clearAnnotation(workbook); // { cleared: true, sheet: '客户回访记录表', kept: [] , … }
 */
export function clearAnnotation(workbook: ExcelJS.Workbook): ClearResult {
  const record = readRecord(workbook);
  if (!record) return { cleared: false, sheets: [], kept: [], columnsMissing: false };
  const date1904 = workbookDate1904(workbook);
  const found = findOurCells(workbook, record, date1904);
  // The annotated sheet: by its recorded name, else (renamed) the first sheet carrying our cells.
  const main = found.find((f) => f.ws.name === record.sheet) ?? found[0];
  const result: ClearResult = { cleared: true, sheets: found.map((f) => f.ws.name), kept: [], columnsMissing: found.length === 0 };
  if (main) {
    result.sheet = main.ws.name;
    const at = (kind: 'status' | 'nextDue') => main.columns.find((c) => c.kind === kind)?.column;
    const status = at('status');
    const nextDue = at('nextDue');
    if (status !== undefined && nextDue !== undefined) result.columns = { status, nextDue };
  }

  for (const on of found) {
    for (const [r, col] of on.cells) {
      const row = on.ws.findRow(r) as unknown as XRowInternal | undefined;
      // Take the cell out of the row: value, format and note go with it, as if never written.
      if (row?._cells[col - 1]) row._cells[col - 1] = undefined;
    }
    result.kept.push(...on.kept.map((a) => `${on.ws.name}!${a}`));
  }
  if (main) restoreColumns(main, record);

  // Exactly our conditional formats, on every sheet (copies carry them, and they outlive our
  // columns when the clerk deleted those): by formula shape, since Excel rewrites references.
  const ours = highlightOwner(record);
  for (const ws of workbook.worksheets) {
    const cfs = cfsOf(ws);
    for (let i = cfs.length - 1; i >= 0; i--) {
      const cf = cfs[i];
      cf.rules = cf.rules.filter((rule) => !(rule.type === 'expression' && typeof rule.formulae?.[0] === 'string' && ours(rule.formulae[0], cf.ref)));
      if (cf.rules.length === 0) cfs.splice(i, 1);
    }
  }

  // Our sheets: by name, or (renamed) by their title in A1; removed while as we wrote them.
  for (const our of ourSheets(record)) {
    const ws = workbook.getWorksheet(our.name) ?? workbook.worksheets.find((w) => w.name !== RECORD_SHEET_NAME && cellValue(w, 1, 1) === our.title);
    if (!ws || found.some((f) => f.ws === ws)) continue;
    if (our.hash === null || sheetIntact(our, ws.name, sheetValues(ws))) workbook.removeWorksheet(ws.id);
    else if (our.role === 'summary') result.keptSummary = ws.name;
    else result.keptCalls = ws.name;
  }
  const recordSheet = recordSheetOf(workbook);
  if (recordSheet) workbook.removeWorksheet(recordSheet.id);
  // If the clerk saved with one of our sheets active, point the view at the checked sheet again.
  const sheets = workbook.worksheets;
  for (const view of (workbook.views ?? []) as { activeTab?: number; firstSheet?: number }[]) {
    if (typeof view.activeTab === 'number' && view.activeTab >= sheets.length) view.activeTab = Math.max(0, main ? sheets.indexOf(main.ws) : 0);
    if (typeof view.firstSheet === 'number' && view.firstSheet >= sheets.length) view.firstSheet = 0;
  }
  return result;
}

/**
 * Give our columns on the annotated sheet back what they had: the widths and hidden flags, and
 * the formats of the clerk's empty cells, moved as far as our columns and header row moved.
 */
function restoreColumns(on: OursOnSheet, record: AnnotationRecord): void {
  const { ws } = on;
  const dRow = on.headerRow - record.headerRow;
  const where = (kind: 'status' | 'nextDue') => on.columns.find((c) => c.kind === kind)?.column;
  const recorded = { status: record.statusColumn, nextDue: record.nextDueColumn };
  const styles = record.previousStyles;
  for (const kind of ['status', 'nextDue'] as const) {
    const col = where(kind);
    if (col === undefined) continue;
    const column = ws.getColumn(col) as unknown as XColumnInternal;
    column.width = widthInCharacters(record.previousWidths[kind], record.previousWidths.unit);
    if (record.previousHidden) column.hidden = record.previousHidden[kind];
    for (const [c, from, to, index] of styles?.runs ?? []) {
      if (c !== recorded[kind]) continue;
      for (let r = from; r <= to; r++) {
        const target = r + dRow;
        if (target < 1 || findCell(ws, target, col)) continue; // a cell there now is the clerk's
        ws.getCell(target, col).style = copy(styles!.styles[index] as StyleModel);
      }
    }
  }
}
