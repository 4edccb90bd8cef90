/**
 * @ledgerlint/policy: customer follow-up regulations (客户回访制度) as checkable, cited rules.
 * Pure TypeScript: no DOM, no Node API. Runs in Node, in bundlers and inside Excel's web view.
 */
export * from './table';
export * from './errors';
export * from './time/day';
export { parseAsOf, formatAsOf } from './time/as-of';
export { todayInShanghai } from './time/today';
export * from './calendar';
export { FIELDS, FIELD_NAMES, normalizeHeader, type Field, type FieldSpec, type FieldType } from './ledger/fields';
export { proposeColumnMap, findColumn, ColumnMapError, type ColumnMap, type ColumnMapOptions } from './ledger/columns';
export { readTimeCell, parseTimeText, serialToTime, isoToSerial, serialToIso, serialOf1970, readChannel, readOutcome, readTier, isDateFormat, Precision, CHANNELS, type Channel, type TimeCell } from './ledger/cells';
export { buildLedger, type Ledger } from './ledger/ledger';
export type { Citation, Localized, Modality, Status, Severity, Fine, Condition } from './rule/common';
export { STATUSES, SEVERITIES, factsOf } from './rule/common';
export { profileSchema, ruleSchema, type Profile, type ProfileInput, type Rule, type RuleInput, type RuleKind } from './profile/schema';
export type { ContactCriteria, ContactDefinition, Definitions, SwitchFact } from './profile/definitions';
export { parseProfile, profileJsonSchema, PROFILE_SCHEMA_REF } from './profile/load';
export { PROFILE_IDS, getProfile, isBuiltinProfileId, type BuiltinProfileId } from './profiles';
export { PROFILE_SOURCES } from './profiles/sources';
export { KINDS, KIND_LIST, kindOf } from './kinds';
export { USAGE_ERRORS } from './errors';
export { evaluate, evaluateProfile, evaluatePrepared, prepareLedger, mapColumns, type EvaluateOptions, type PreparedLedger, type Report, type CustomerStatus } from './engine/evaluate';
export { ENGINE_ERRORS } from './engine/errors';
export { PROFILE_ERRORS, PROFILE_ISSUES, renderProfileIssue } from './profile/errors';
export { TIME_ERRORS } from './time/errors';
export { ANNOTATE_ERRORS, type ErrorCode } from './annotate/errors';
export type { Finding, FineAmount } from './rule/finding';
export { renderFinding, CELL_PROBLEMS } from './report/messages';
export { obligations, obligationState, compareObligations, type Obligation, type ObligationState, type ObligationOptions, type Quota } from './report/obligations';
export { todoItems, workQueue, checkWithCalls, byPerformer, todoCounts, todoStateWords, todoDueText, workQueueProfile, WORK_QUEUE_DAYS, TODO_STATE_ZH, type TodoItem } from './report/work-queue';
export { GENERIC_MESSAGES } from './rule/messages';
export { oursAt, paramAt } from './rule/rule';
export type { Summary, FineTotal } from './engine/summary';
export {
  planAnnotation,
  levelOfFinding,
  internalLinkFormula,
  PLAN_VERSION,
  SUMMARY_SHEET_NAME,
  CALLS_SHEET_NAME,
  CALLS_HEADER,
  STATUS_HEADER,
  NEXT_DUE_HEADER,
  SUMMARY_FINDINGS_LIMIT,
  type AnnotationPlan,
  type PlannedRow,
  type Highlight,
  type SummarySheet,
  type CallsSheet,
  type SheetShape,
  type RowLevel,
} from './annotate/plan';
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
} from './annotate/record';
export { ANNOTATION_COLORS, fitCellText, type CellColors } from './annotate/cell';
export { CELL_TEXT_LIMIT } from './table';
