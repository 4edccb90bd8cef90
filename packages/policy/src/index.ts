/**
 * @ledgerlint/policy: customer follow-up regulations (客户回访制度) as checkable, cited rules.
 * Pure TypeScript: no DOM, no Node API. Runs in Node, in bundlers and inside Excel's web view.
 *
 * The root holds what an app calls: evaluate a table against a profile, the profiles, obligations and
 * the work queue, the annotation plan, messages, errors and the public types. Tooling lives at subpaths:
 * `@ledgerlint/policy/calendar` (working days, day numbers, as-of), `/ledger` (columns, cell readers),
 * `/annotate` (the Excel annotation record), `/kinds` (rule kinds), `/testing` (rule testers, need vitest),
 * and each built-in profile alone at `/profiles/<id>`.
 */
export type { Table, CellValue, CellRange } from './table';
export * from './errors';
export type { Citation, Localized, Modality, Status, Severity, Fine, Condition } from './rule/common';
export { STATUSES, SEVERITIES } from './rule/common';
export type { Profile, ProfileInput, Rule, RuleInput, RuleKind } from './profile/schema';
export type { ContactCriteria, ContactDefinition, Definitions, SwitchFact } from './profile/definitions';
export { parseProfile, profileJsonSchema, PROFILE_SCHEMA_REF } from './profile/load';
export { PROFILE_IDS, getProfile, isBuiltinProfileId, type BuiltinProfileId } from './profiles';
export { PROFILE_SOURCES } from './profiles/sources';
export { evaluate, evaluateProfile, evaluatePrepared, prepareLedger, type EvaluateOptions, type PreparedLedger, type Report, type CustomerStatus } from './engine/evaluate';
export { ENGINE_ERRORS } from './engine/errors';
export { PROFILE_ERRORS } from './profile/errors';
export { TIME_ERRORS } from './time/errors';
export { ANNOTATE_ERRORS, type ErrorCode } from './annotate/errors';
export type { Finding, FineAmount } from './rule/finding';
export { renderFinding } from './report/messages';
export { obligations, obligationState, compareObligations, type Obligation, type ObligationState, type ObligationOptions, type Quota } from './report/obligations';
export { todoItems, workQueue, checkWithCalls, byPerformer, todoCounts, todoStateWords, todoDueText, workQueueProfile, WORK_QUEUE_DAYS, TODO_STATE_ZH, type TodoItem } from './report/work-queue';
export type { Summary, FineTotal } from './engine/summary';
export {
  planAnnotation,
  type AnnotationPlan,
  type PlannedRow,
  type Highlight,
  type SummarySheet,
  type CallsSheet,
  type SheetShape,
  type RowLevel,
} from './annotate/plan';
