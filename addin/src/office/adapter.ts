/**
 * The Office.js adapter: the only code that touches Excel. Each command is one `Excel.run` with a
 * small, fixed number of `context.sync()` calls, never one per row or per sheet (the tests count
 * them):
 *
 * - Check: 1 for the active sheet's shape, the sheet list and the settings; 1 per chunk of rows
 *   (each chunk also reads the merged areas that start in it, where ExcelApi 1.13 allows; the
 *   first chunk also reads the annotation record, so our own cells are left out of the check).
 * - Annotate: as Check (the first chunk also reads, when there is a prior annotation, each other
 *   sheet's extent, title and conditional formats, else the widths where our columns will go);
 *   then, only after a prior annotation, 1 for what it left (the header rows of the other sheets,
 *   small sheets whole, the summary sheet, the widths where our columns go) and 1 per chunk of our
 *   columns below the header rows of big other sheets; then the writes, as few syncs as the 5 MB
 *   payload limit allows (1 for an ordinary ledger).
 * - Clear: 1 for the sheet list and the settings; 1 for the record and each sheet's extent, title
 *   and conditional formats; 1 for the header rows (small sheets whole) and the summary sheet; 1
 *   per chunk of our columns below the header rows of big sheets; then the writes.
 *
 * What it writes: two columns right of everything the clerk has used (values or formats), their
 * header, status and next-due cells, formats and notes on those cells, conditional formats over
 * the data rows, a summary sheet, and the record of all that in the very hidden sheet
 * `ledgerlint_state` (the same record the command line keeps, `@ledgerlint/policy`'s
 * annotate/record.ts). Never a cell of the clerk's. A prior annotation is found again by what it
 * is (prior.ts), so Clear and a new Annotate remove only what is certainly ours.
 *
 * This file is the office layer's face: the task pane imports from here only, never Excel
 * itself. The work is in command.ts (options, results, the start of a command), read-sheet.ts
 * (the chunked reader), dates.ts (the date system), check.ts, prior-probe.ts (locating a prior
 * annotation), writer.ts, annotate.ts, clear.ts and pane-commands.ts.
 */
export { annotateActiveSheet, type AnnotateOptions } from './annotate';
export { checkActiveSheet } from './check';
export { clearAnnotation } from './clear';
export {
  DEFAULT_LIMITS,
  utf8Length,
  type AnnotateResult,
  type CheckOptions,
  type CheckResult,
  type ClearResult,
  type CommandOptions,
  type DateSystem,
  type Limits,
  type Progress,
  type Removal,
  type SheetRef,
} from './command';
export { DATE_PROBE_ROWS, detectDateSystem, isoToSerial } from './dates';
export { saveSheetSettings, selectRow } from './pane-commands';
export { cellRuns, literalCellText } from './writer';
