/**
 * Apply an AnnotationPlan to a clerk's .xlsx loaded with exceljs.
 *
 * The rule above all: never change or lose a cell, format or part the clerk wrote. We add two
 * columns right of the data (header, status text with a fill and a note, next due date), our own
 * conditional formats after the clerk's, a summary sheet and the very hidden record sheet of the
 * library's `AnnotationRecord` (the add-in writes the same record, so either clears the other's).
 * A previous annotation is taken off first (clear-annotation.ts), so annotating twice equals
 * annotating once.
 */
import type ExcelJS from 'exceljs';
import { type AnnotationPlan, type CallsSheet, type SummarySheet } from '@ledgerlint/policy';
import { fitCellText, internalLinkFormula, RECORD_SHEET_NAME, recordOfPlan, type AnnotationRecord } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { readError } from './errors';
import { cfsOf, copy, findCell, MERGE_TYPE, NULL_TYPE, type XColumnInternal } from './exceljs-cells';
import type { StyleModel } from './fidelity';
import { recordSheetOf, writeRecord } from './annotation-record';
import { DATE_FORMAT, fontOf, headerStyle, HIGHLIGHT_STYLE, levelStyle, LINK_COLOR, NEXT_DUE_WIDTH, STATUS_WIDTH } from './annotation-styles';
import { clearAnnotation } from './clear-annotation';
import { annotateError, fileOf } from './open-workbook';

const isInt = (v: unknown, min = 1): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;

function checkPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  const bad = (reason: string) => annotateError(workbook, 'annotation-plan-invalid', { reason });
  if (!plan || typeof plan !== 'object') throw bad('no plan');
  // The clerk's data reaches the last column (XFD): there is no blank column to its right.
  if (isInt(plan.statusColumn) && isInt(plan.nextDueColumn) && Math.max(plan.statusColumn, plan.nextDueColumn) > 16384 && typeof plan.sheet === 'string') {
    throw annotateError(workbook, 'annotation-no-room', { sheet: plan.sheet });
  }
  if (!isInt(plan.statusColumn) || !isInt(plan.nextDueColumn) || plan.statusColumn > 16384 || plan.nextDueColumn > 16384) throw bad('columns out of range');
  if (plan.statusColumn === plan.nextDueColumn) throw bad('the two columns are the same');
  if (!isInt(plan.headerRow) || !isInt(plan.lastDataRow) || plan.lastDataRow > 1048576 || plan.lastDataRow < plan.headerRow) throw bad('rows out of range');
  for (const r of plan.rows) {
    if (!isInt(r.row) || r.row <= plan.headerRow || r.row > 1048576) throw bad(`row ${String(r.row)} out of range`);
    if (r.nextDue !== null && !/^\d{4}-\d{2}-\d{2}$/.test(r.nextDue)) throw bad(`next due date ${String(r.nextDue)} is not YYYY-MM-DD`);
  }
  const sheetNames = [plan.summary?.name, plan.calls?.name, plan.sheet];
  if (sheetNames.some((n) => typeof n !== 'string' || n.trim() === '' || n.length > 31 || /[:\\/?*[\]]/.test(n))) throw bad('sheet name not allowed');
  if ([plan.sheet, plan.summary.name, plan.calls.name].some((n) => n.toLowerCase() === RECORD_SHEET_NAME)) throw bad(`${RECORD_SHEET_NAME} is ledgerlint's own sheet`);
  if (new Set(sheetNames.map((n) => n.toLowerCase())).size < 3) throw bad('the summary, call list and checked sheets must differ');
  if (plan.calls.links.length !== plan.calls.rows.length) throw bad('call list links malformed');
  for (const h of plan.highlights) if (typeof h.ref !== 'string' || typeof h.formula !== 'string' || !HIGHLIGHT_STYLE[h.style]) throw bad('highlight malformed');
}

/** The first of the clerk's cells our columns would cover, or undefined when they are free. */
function findConflict(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number) {
  const rowCount = ws.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    for (const col of [plan.statusColumn, plan.nextDueColumn]) {
      const cell = findCell(ws, r, col);
      if (!cell) continue;
      const inOurRows = r >= plan.headerRow && r <= lastRow;
      const address = `${columnLetter(col)}${r}`;
      // A merged range only matters where we write; outside our rows it just spans our column.
      if (cell.type === MERGE_TYPE || cell.isMerged) {
        if (inOurRows) return { cell: address, what: '合并单元格', whatEn: 'a merged range' };
        continue;
      }
      if (cell.type !== NULL_TYPE) return { cell: address, what: '内容', whatEn: 'a value' };
      if (cell.note !== undefined) return { cell: address, what: '批注', whatEn: 'a note' };
    }
  }
  return undefined;
}

/**
 * Apply an annotation plan to the workbook in memory (write it with writeWorkbookAtomic). A
 * previous annotation is cleared first (`clearAnnotation`), so annotating twice equals annotating
 * once. Throws LedgerlintError: `annotation-target-not-empty` when one of the clerk's cells (a
 * value, a note or a merged range) sits in our two columns, `annotation-sheet-exists` when a sheet
 * of the clerk's has the summary sheet's name, `annotation-plan-invalid`,
 * `annotation-state-invalid`, `sheet-not-found`. When it throws, the in-memory workbook may have
 * lost the previous annotation but nothing of the clerk's; nothing is written.
 * @example applyPlan(workbook, planAnnotation(report, profile, shape, '回访.xlsx'));
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  checkPlan(workbook, plan);
  if (recordSheetOf(workbook)) clearAnnotation(workbook);
  const ws = workbook.getWorksheet(plan.sheet);
  if (!ws || ws.name === RECORD_SHEET_NAME) {
    throw readError('sheet-not-found', { file: fileOf(workbook), sheet: plan.sheet, sheets: workbook.worksheets.map((w) => w.name).join(', ') });
  }
  let lastRow = Math.max(plan.lastDataRow, plan.headerRow);
  for (const r of plan.rows) if (r.row > lastRow) lastRow = r.row;

  const conflict = findConflict(ws, plan, lastRow);
  if (conflict) throw annotateError(workbook, 'annotation-target-not-empty', { sheet: ws.name, ...conflict });
  const ours = [plan.summary.name, plan.calls.name].map((n) => n.toLowerCase());
  const clash = workbook.worksheets.find((w) => ours.includes(w.name.toLowerCase()));
  if (clash) throw annotateError(workbook, 'annotation-sheet-exists', { sheet: clash.name });

  const statusColumn = ws.getColumn(plan.statusColumn) as unknown as XColumnInternal;
  const nextDueColumn = ws.getColumn(plan.nextDueColumn) as unknown as XColumnInternal;
  const previousWidths = { unit: 'characters' as const, status: statusColumn.width ?? null, nextDue: nextDueColumn.width ?? null };
  const previousHidden = statusColumn.hidden || nextDueColumn.hidden ? { status: !!statusColumn.hidden, nextDue: !!nextDueColumn.hidden } : undefined;
  const record = recordOfPlan(
    { ...plan, sheet: ws.name, lastDataRow: lastRow },
    { writer: 'cli', previousWidths, previousHidden, previousStyles: previousStyles(ws, plan, lastRow), notes: plan.rows.some((r) => !!r.note) },
  );

  // The two columns.
  for (const [col, text] of [
    [plan.statusColumn, plan.headers.status],
    [plan.nextDueColumn, plan.headers.nextDue],
  ] as const) {
    const cell = ws.getCell(plan.headerRow, col);
    cell.value = fitCellText(String(text));
    cell.style = headerStyle(workbook);
  }
  for (const row of plan.rows) {
    const status = ws.getCell(row.row, plan.statusColumn);
    // A string value is written as text, never as a formula, even when it starts with = + - @.
    status.value = fitCellText(String(row.status));
    status.style = levelStyle(workbook, row.level);
    if (row.note) status.note = fitCellText(String(row.note));
    if (row.nextDue) {
      const [y, m, d] = row.nextDue.split('-').map(Number);
      const due = ws.getCell(row.row, plan.nextDueColumn);
      due.value = new Date(Date.UTC(y, m - 1, d));
      due.style = { numFmt: DATE_FORMAT };
    }
  }
  statusColumn.width = STATUS_WIDTH;
  nextDueColumn.width = NEXT_DUE_WIDTH;
  if (previousHidden) {
    statusColumn.hidden = false;
    nextDueColumn.hidden = false;
  }

  // Our conditional formats come after all of the clerk's (a larger priority number is a lower
  // precedence), so theirs win wherever both apply. Rules without a number get one first, in order.
  const cfs = cfsOf(ws);
  let top = 0;
  for (const cf of cfs) for (const rule of cf.rules) if (typeof rule.priority === 'number' && rule.priority > top) top = rule.priority;
  for (const cf of cfs) for (const rule of cf.rules) if (typeof rule.priority !== 'number' || rule.priority < 1) rule.priority = ++top;
  for (const h of plan.highlights) {
    cfs.push({ ref: h.ref, rules: [{ type: 'expression', formulae: [h.formula], style: copy(HIGHLIGHT_STYLE[h.style]), priority: ++top }] });
  }

  writeSheet(workbook, plan.summary);
  writeSheet(workbook, plan.calls);
  writeRecord(workbook, record);
}

/** The formats of the clerk's empty cells in our columns and rows, as runs down each column. */
function previousStyles(ws: ExcelJS.Worksheet, plan: AnnotationPlan, lastRow: number): NonNullable<AnnotationRecord['previousStyles']> {
  const styles: StyleModel[] = [];
  const keys = new Map<string, number>();
  const runs: [number, number, number, number][] = [];
  for (const col of [plan.statusColumn, plan.nextDueColumn]) {
    for (let r = plan.headerRow; r <= lastRow; r++) {
      const cell = findCell(ws, r, col);
      if (!cell || !cell.style || Object.keys(cell.style).length === 0) continue;
      const key = JSON.stringify(cell.style);
      let index = keys.get(key);
      if (index === undefined) {
        index = styles.push(copy(cell.style)) - 1;
        keys.set(key, index);
      }
      const last = runs[runs.length - 1];
      if (last && last[0] === col && last[2] === r - 1 && last[3] === index) last[2] = r;
      else runs.push([col, r, r, index]);
    }
  }
  return { styles: styles as Record<string, unknown>[], runs };
}

/**
 * One of our sheets from its rows: headings (the first row and each after a blank one) bold; on
 * the 待回访 sheet, each line's link cell a HYPERLINK formula to its row of the ledger.
 */
function writeSheet(workbook: ExcelJS.Workbook, sheet: SummarySheet | CallsSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  const links = 'links' in sheet ? sheet : undefined;
  let afterBlank = true; // the first row is a heading too
  sheet.rows.forEach((values, i) => {
    const blank = !values || values.every((v) => v === null || v === undefined || v === '');
    (values ?? []).forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      const value = typeof v === 'number' ? v : fitCellText(String(v));
      const target = links && j + 1 === links.linkColumn ? links.links[i] : null;
      if (target !== null && typeof value === 'string') {
        cell.value = { formula: internalLinkFormula(links!.target.sheet, links!.target.column, target, value), result: value } as ExcelJS.CellFormulaValue;
        cell.font = fontOf(workbook, { color: { argb: `FF${LINK_COLOR}` }, underline: true });
        return;
      }
      cell.value = value;
      if (afterBlank) cell.font = fontOf(workbook, { bold: true });
    });
    afterBlank = blank;
  });
  sheet.widths.forEach((w, j) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) ws.getColumn(j + 1).width = w;
  });
}
