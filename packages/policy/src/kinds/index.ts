/**
 * The closed set of rule kinds, each listed once. A profile rule names one by its `id`; the
 * profile's rule schema, the JSON Schema and the doc pages are derived from this list.
 */
import type { z } from 'zod';
import type { Kind } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import { countPerPeriod } from './count-per-period';
import { gapCadence } from './gap-cadence';
import { callWindow } from './call-window';
import { completionRate } from './completion-rate';
import { fieldsDiffer } from './fields-differ';
import { markedBreach } from './marked-breach';
import { minValue } from './min-value';
import { retry } from './retry';
import { eventChannel, eventWindow } from './event-window';
import { openQuestion, qualifyingContact, quietHours, requiredFields, timePrecision } from './records';
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
import { schedule } from './schedule';
import { tierBasis } from './tier-basis';
import { contactChannel } from './contact-channel';
import { leadTime } from './lead-time';
import { valueCap } from './value-cap';
import { holidayGreeting } from './holiday-greeting';
import { fieldsMatch } from './fields-match';
import { minRatio } from './min-ratio';
import { evaluationForm } from './evaluation-form';


/** Every kind, in the order the JSON Schema and the docs list them. */
export const KIND_LIST = [
  eventWindow,
  eventChannel,
  gapCadence,
  countPerPeriod,
  timePrecision,
  requiredFields,
  quietHours,
  openQuestion,
  qualifyingContact,
  reportSchedule,
  cutoff,
  duplicateClaim,
  fieldDeadline,
  anniversary,
  retention,
  allowedValues,
  schedule,
  tierBasis,
  precondition,
  handover,
  firstResponder,
  staffCount,
  remindersIgnored,
  callWindow,
  retry,
  fieldsDiffer,
  minValue,
  completionRate,
  markedBreach,
  contactChannel,
  leadTime,
  valueCap,
  holidayGreeting,
  fieldsMatch,
  minRatio,
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
  return KINDS[rule.kind as RuleKind] as Kind;
}

/** A rule of the given kind, its params as that kind's schema outputs them. */
export type RuleOf<K extends AnyKind> = K extends AnyKind ? { kind: K['id']; params: z.output<K['params']> } : never;
/** A rule of the given kind as written in a profile (defaults not yet filled in). */
export type RuleInputOf<K extends AnyKind> = K extends AnyKind ? { kind: K['id']; params: z.input<K['params']> } : never;

export { qualifyingContacts } from './records';
export { channelName } from './event-window';
export { periodName } from './count-per-period';
