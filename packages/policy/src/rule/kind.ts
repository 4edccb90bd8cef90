/**
 * A rule kind in one module: `defineKind({ id, params, messages, needs, check, validate })`. The
 * registry (kinds/index.ts) lists each kind once; the profile's rule schema, its JSON Schema and the
 * doc pages are derived from it.
 */
import type { WorkCalendar } from '../calendar';
import type { Field } from '../ledger/fields';
import type { Ledger } from '../ledger/ledger';
import type { Condition, Localized, Severity, Status } from './common';
import type { RuleBase } from './rule';
import type { GenericMessageId } from './messages';
import type { Quota } from './finding';

/** A message template per locale, with `{placeholders}` filled from the finding's data. */
export interface MessageTemplate {
  zh: string;
  en: string;
}
export type Messages = Record<string, MessageTemplate>;

/**
 * What kinds see of their profile: its tiers and settings (interface, so the kinds depend on no
 * particular schema; a parsed `Profile` is one).
 */
export interface ProfileView {
  id: string;
  tiers: readonly { code: string; label: Localized }[];
  tierSynonyms?: Record<string, string>;
  tierBasis?: { field: Field; bands: readonly { tier: string; min: number }[] };
  tiersFor?: Condition;
  headers?: Partial<Record<Field, readonly string[]>>;
  columnNames: 'common' | 'profile';
  workWeek: readonly number[];
  /** Days before a due date at which an open item is reported as due soon. */
  dueSoonDays: number;
}

/** What a kind reports for one finding; the engine adds the rule's citation, fine, escalation and row. */
export interface EmitInput<MessageId extends string = string> {
  status: Status;
  customer: number | null;
  /** Record index (not row number), or -1 for none. */
  record: number;
  field?: Field;
  dueAt?: string;
  overdueDays?: number;
  /** A key of the kind's messages, or one of the messages every kind shares. */
  messageId: MessageId | GenericMessageId;
  data?: Record<string, string | number>;
  explain?: Record<string, unknown>;
  severity?: Severity;
  /** A quota in progress (count rules), for the work queue. */
  quota?: Quota;
  /**
   * The finding stands for a run of missed periods: each one's due day (day numbers, in order; the
   * first is `dueAt`) and whether the run is still going at the check. The engine books the fine
   * once per period.
   */
  missed?: { dues: readonly number[]; ongoing: boolean };
}

/** A profile problem found by a kind's `validate`, at a path inside the rule's params. */
export interface ParamsIssue {
  /** Path inside `params`, e.g. `['limits', 0, 'tier']`. */
  path: (string | number)[];
  /** What is wrong, in English. */
  message: string;
  /** The same in Chinese (each line of a message is wholly one language). */
  zh: string;
}

export interface RuleContext<MessageId extends string = string> {
  ledger: Ledger;
  profile: ProfileView;
  calendar: WorkCalendar;
  /** The as-of instant, minute stamp in Shanghai wall time. */
  asOf: number;
  asOfDay: number;
  /** Per record: 1 when the record is a qualifying (successful) contact, 2 when it might be. */
  qualifies: Uint8Array;
  /**
   * Per record, the rule's `records` filter: FILTER.PASSES, FAILS or UNKNOWN (a blank or unreadable
   * cell the filter reads); all PASSES without a filter. Undefined when the filter cannot run (a
   * column it reads is missing, reported once): the rule then has nothing to say. Computed once.
   */
  records(rule: RuleBase): Uint8Array | undefined;
  /** Per customer, 1 when the rule applies (its `when` condition holds). */
  applicable(rule: RuleBase): Uint8Array;
  /**
   * For a rule whose condition names the stage, in a kind that judges part of a customer's time
   * (`stageSpans`): per customer the minute stamps [from, until) the rule judges (before the
   * pickup for an intent rule, after it for an owner rule). Undefined: all of every customer's time.
   */
  stageSpan(rule: RuleBase): { from: Float64Array; until: Float64Array } | undefined;
  /** Report a finding for a rule. */
  emit(rule: RuleBase, input: EmitInput<MessageId>): void;
  /** Record the next due moment (day number) of a customer, for next-due columns. */
  noteDue(customer: number, day: number): void;
  /** Report once that a rule cannot run without a column; returns false when it is missing. */
  requireColumns(rule: RuleBase, fields: readonly Field[]): boolean;
}

/** A rule of one kind, its params typed by the kind's schema. */
export type KindRule<Id extends string, P> = Omit<RuleBase, 'kind' | 'params'> & { kind: Id; params: P };

/**
 * A kind as written in its module. Its params schema sits beside it in the same module but is not
 * part of the kind: the engine (and a browser bundle of it) carries no zod; the profile loader
 * pairs schemas with kinds (profile/kind-params.ts), and the compiler checks they agree.
 */
export interface KindSpec<Id extends string, P, M extends Messages> {
  /** The kind's name as profiles write it (`gap-cadence`). */
  id: Id;
  /** Every message the kind can emit, by id. */
  messages: M;
  /** Columns without which the rule cannot run at all. */
  needs(params: P): readonly Field[];
  /**
   * True when the kind judges only the part of each customer's time `ctx.stageSpan` gives: a rule
   * of it conditioned on the stage then applies to everyone who was in that stage at some time.
   * Otherwise the stage as of the check decides whether it applies at all.
   */
  stageSpans?: true | ((params: P) => boolean);
  /**
   * The message ids a rule with these params can emit, where that is fewer than all of `messages`
   * (a kind with modes): its doc page lists only those. Absent: all of them.
   */
  emits?(params: P): readonly Extract<keyof M, string>[];
  /**
   * A kind whose modes word one message differently (the id, which users see as the finding's
   * `code`, stays; a gap read from the customer's card says 按“每月一次”): the messages of a rule
   * with these params. Absent: `messages`.
   */
  messagesFor?(params: P): { readonly [K in keyof M]?: MessageTemplate };
  /** Checks against the rest of the profile (a tier the profile lacks), run when the profile is loaded. */
  validate?(params: P, profile: ProfileView): ParamsIssue[];
  check(rule: KindRule<Id, P>, ctx: RuleContext<Extract<keyof M, string>>): void;
}

/** A kind in the registry: its spec plus `run`, which the engine calls with a rule of this kind. */
export interface Kind<Id extends string = string, P = unknown, M extends Messages = Messages> extends KindSpec<Id, P, M> {
  /** `check` for a rule the registry found to be of this kind. */
  run(rule: RuleBase, ctx: RuleContext): void;
  /** `needs` of such a rule's params. */
  needsOf(rule: RuleBase): readonly Field[];
  /** Every message of such a rule, in its mode's words (`messagesFor`, else `messages`): what findings render from. */
  wordingOf(rule: RuleBase): Messages;
  /** The messages such a rule can emit, in its mode's words: `wordingOf` narrowed by `emits` (for its doc page). */
  messagesOf(rule: RuleBase): Messages;
  /** Whether such a rule judges only part of each customer's time (see `stageSpans`). */
  stageSpansOf(rule: RuleBase): boolean;
  /** `validate` of such a rule's params (no issues when the kind has no `validate`). */
  validateOf(rule: RuleBase, profile: ProfileView): ParamsIssue[];
}

/**
 * Define a rule kind with params of type `P`: its messages and check in one place. `messageId` in
 * the check is typed as the keys of `messages`. (Curried so that `P` is given and the rest inferred.)
 * @example export const retention = defineKind<RetentionParams>()({ id: 'retention', messages, needs: (p) => [p.date], check(rule, ctx) { … } })
 */
export function defineKind<P>() {
  return <const Id extends string, const M extends Messages>(spec: KindSpec<Id, P, M>): Kind<Id, P, M> => kindOfSpec(spec);
}

function kindOfSpec<Id extends string, P, M extends Messages>(spec: KindSpec<Id, P, M>): Kind<Id, P, M> {
  // The engine dispatches by the kind attached to each rule at load, and the profile's schema
  // checked the params by this kind's schema, so a rule reaching these has this kind's params: the
  // one cast of the engine.
  const own = (rule: RuleBase) => rule as unknown as KindRule<Id, P>;
  const wordingOf = (rule: RuleBase) => (spec.messagesFor?.(own(rule).params) ?? spec.messages) as Messages;
  return {
    ...spec,
    run: (rule, ctx) => spec.check(own(rule), ctx),
    needsOf: (rule) => spec.needs(own(rule).params),
    validateOf: (rule, profile) => spec.validate?.(own(rule).params, profile) ?? [],
    wordingOf,
    messagesOf(rule) {
      const table = wordingOf(rule);
      const ids = spec.emits?.(own(rule).params);
      return ids ? Object.fromEntries(ids.map((id) => [id, table[id]])) : table;
    },
    stageSpansOf: (rule) => (typeof spec.stageSpans === 'function' ? spec.stageSpans(own(rule).params) : spec.stageSpans === true),
  };
}

/** Where a loaded rule keeps its kind (a registered symbol: a profile parsed by another copy of the package works too). */
const KIND = Symbol.for('ledgerlint.kind');

/**
 * Attach its kind to a loaded rule (not enumerable: the rule stays plain JSON data). The profile
 * loader does it for every rule; a built-in profile's module for its own rules, importing only the
 * kinds it uses, so a bundle carries no other kind.
 * @example withKind(rule, gapCadence)
 */
export function withKind<R extends object>(rule: R, kind: { readonly id: string }): R {
  Object.defineProperty(rule, KIND, { value: kind, enumerable: false, configurable: true });
  return rule;
}

/**
 * The kind of a loaded rule (see {@link withKind}); undefined for a rule that was never loaded.
 * @example kindOfRule(profile.rules[0])?.id // 'gap-cadence'
 */
export function kindOfRule(rule: object): Kind | undefined {
  return (rule as { [KIND]?: Kind })[KIND];
}
