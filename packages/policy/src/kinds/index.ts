/**
 * The closed set of rule kinds, each listed once. A profile rule names one by its `id`; the
 * profile's rule schema, the JSON Schema and the doc pages are derived from this list.
 */
import type { z } from 'zod';
import type { Kind } from '../rule/kind';
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
export const KINDS = Object.fromEntries(KIND_LIST.map((k) => [k.id, k])) as { readonly [K in RuleKind]: Extract<AnyKind, { id: K }> };

/**
 * The kind of a rule (rules reaching the engine went through the profile schema, so it exists).
 * @example kindOf(rule).run(rule, ctx)
 */
export function kindOf(rule: Pick<RuleBase, 'kind'>): Kind {
  // Each kind's own messages and params narrow its type; the engine sees the common shape.
  return KINDS[rule.kind as RuleKind] as unknown as Kind;
}

/** A rule of the given kind, its params as that kind's schema outputs them. */
export type RuleOf<K extends AnyKind> = K extends AnyKind ? { kind: K['id']; params: z.output<K['params']> } : never;
/** A rule of the given kind as written in a profile (defaults not yet filled in). */
export type RuleInputOf<K extends AnyKind> = K extends AnyKind ? { kind: K['id']; params: z.input<K['params']> } : never;

export { channelName } from './allowed-values';
export { periodName } from './count-per-period';
