/**
 * `@ledgerlint/policy/annotate`: what an Excel writer needs beyond `planAnnotation`: our sheets and
 * headers, the hidden annotation record (so a second run or a clear removes exactly what we wrote),
 * cell text fitting and colours.
 */
export {
  levelOfFinding,
  internalLinkFormula,
  PLAN_VERSION,
  SUMMARY_SHEET_NAME,
  CALLS_SHEET_NAME,
  CALLS_HEADER,
  STATUS_HEADER,
  NEXT_DUE_HEADER,
  SUMMARY_FINDINGS_LIMIT,
} from '../annotate/plan';
export {
  RECORD_SHEET_NAME,
  RECORD_VERSION,
  RECORD_CHUNK,
  HEADER_MARKER,
  HEADER_SEARCH_ROWS,
  SUMMARY_TITLE,
  CALLS_TITLE,
  ourSheets,
  sheetIntact,
  type OurSheet,
  INVALID_HIGHLIGHT_FORMULA,
  textHash,
  summaryHash,
  recordOfPlan,
  recordCells,
  readRecordCells,
  upgradeRecord,
  findOurColumns,
  looksLikeStatus,
  statusOwner,
  nextDueOwner,
  formulaShape,
  highlightOwner,
  type AnnotationRecord,
  type RecordExtras,
  type RecordedPlan,
  type RecordProblem,
  type FoundColumns,
} from '../annotate/record';
export { ANNOTATION_COLORS, fitCellText, type CellColors } from '../annotate/cell';
export { CELL_TEXT_LIMIT } from '../table';
export { ANNOTATE_ERRORS } from '../annotate/errors';
