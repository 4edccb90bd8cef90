/**
 * The closed set of rule kinds, each listed once. A profile rule names one by its `id`; the
 * profile's rule schema, the JSON Schema and the doc pages are derived from this list.
 */
import { LedgerlintError, USAGE_ERRORS } from '../errors';
import { kindOfRule, type Kind } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import { countPerPeriod } from './count-per-period';
import { gapCadence } from './gap-cadence';
import { callHours } from './call-hours';
import { completionRate } from './completion-rate';
import { compareFields } from './compare-fields';
import { markedBreach } from './marked-breach';
import { valueLimit } from './value-limit';
import { retry } from './retry';
import { eventWindow } from './event-window';
import { eventChannel } from './event-channel';
import { timePrecision } from './time-precision';
import { requiredFields } from './required-fields';
import { openQuestion } from './open-question';
import { fieldDeadline } from './field-deadline';
import { anniversary } from './anniversary';
import { retention } from './retention';
import { allowedValues } from './allowed-values';
import { reportSchedule } from './report-schedule';
import { cutoff } from './cutoff';
import { duplicateClaim } from './duplicate-claim';
import { precondition } from './precondition';
import { handover } from './handover';
import { firstResponder } from './first-responder';
import { staffCount } from './staff-count';
import { remindersIgnored } from './reminders-ignored';
import { tierBasis } from './tier-basis';
import { holidayGreeting } from './holiday-greeting';
import { evaluationForm } from './evaluation-form';


/** Every kind, in the order the JSON Schema and the docs list them. */
export const KIND_LIST = [
  eventWindow,
  eventChannel,
  gapCadence,
  countPerPeriod,
  timePrecision,
  requiredFields,
  callHours,
  openQuestion,
  reportSchedule,
  cutoff,
  duplicateClaim,
  fieldDeadline,
  anniversary,
  retention,
  allowedValues,
  tierBasis,
  precondition,
  handover,
  firstResponder,
  staffCount,
  remindersIgnored,
  retry,
  compareFields,
  valueLimit,
  completionRate,
  markedBreach,
  holidayGreeting,
  evaluationForm,
] as const;

/** A kind of the registry. */
export type AnyKind = (typeof KIND_LIST)[number];
/** A kind's name as profiles write it (`gap-cadence`). */
export type RuleKind = AnyKind['id'];

/** The kinds by name. */
export const KINDS = /* @__PURE__ */ (() => Object.fromEntries(KIND_LIST.map((k) => [k.id, k])) as { readonly [K in RuleKind]: Extract<AnyKind, { id: K }> })();

/**
 * The kind of a loaded rule: the one its profile attached (a built-in profile's module, or
 * `parseProfile`), so the engine needs no registry and a bundle carries only the kinds its
 * profiles use. A rule that was never loaded has none: an error that says what to do.
 * @example kindOf(rule).run(rule, ctx)
 */
export function kindOf(rule: Pick<RuleBase, 'kind' | 'id'>): Kind {
  const kind = kindOfRule(rule);
  if (!kind) throw new LedgerlintError(USAGE_ERRORS, 'profile-not-loaded', { rule: rule.id });
  return kind;
}

/** The params a kind's rules have (its check's view; the profile loader's schema outputs them). */
export type ParamsOf<K extends AnyKind> = K extends { needs(params: infer P): unknown } ? P : never;

export { channelName } from './allowed-values';
export { periodName } from './count-per-period';
