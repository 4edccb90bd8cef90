/** What rule kinds see: the ledger as typed columns, customers, the calendar, and an emitter. */
import type { WorkCalendar } from '../calendar';
import type { Field } from '../ledger/fields';
import type { Ledger } from '../ledger/ledger';
import type { Citation, Fine, Severity, Status } from '../profile/common';
import type { Profile, Rule } from '../profile/schema';

/** A finding as data: which rule, what state, where, and by when. Messages are rendered from it. */
export interface Finding {
  ruleId: string;
  status: Status;
  severity: Severity;
  /** The customer's key as written: the customer number if the ledger has one, else the name. */
  customer: string | null;
  /** Spreadsheet row number as a person sees it (the header row counts). */
  row: number | null;
  /** Header of the column the finding is about, when it is about one cell or column. */
  column?: string;
  /** Column letter in the sheet. */
  columnLetter?: string;
  /** ISO date, or date-time with +08:00 for hour-based rules. */
  dueAt?: string;
  overdueDays?: number;
  fine?: FineAmount;
  /**
   * Who pays the fine: the performer written on the finding's row when the ledger has that column
   * (the person who missed it), else the role the rule names.
   */
  payer?: string;
  escalateTo?: string[];
  /** Key of the message template of the rule's kind. */
  messageId: string;
  /** Values for the message template. */
  data: Record<string, string | number>;
  citation: Citation;
  /** How the result was reached: anchor, window, days skipped, and so on. */
  explain?: Record<string, unknown>;
}

export type FineAmount = { amount: number; currency: 'CNY' } | { min: number; max: number; currency: 'CNY' } | { amount: null; currency: 'CNY'; status: 'not-configured' };

export interface EmitInput {
  status: Status;
  customer: number | null;
  /** Record index (not row number), or -1 for none. */
  record: number;
  field?: Field;
  dueAt?: string;
  overdueDays?: number;
  messageId: string;
  data?: Record<string, string | number>;
  explain?: Record<string, unknown>;
  severity?: Severity;
}

export interface RuleContext {
  ledger: Ledger;
  profile: Profile;
  calendar: WorkCalendar;
  /** The as-of instant, minute stamp in Shanghai wall time. */
  asOf: number;
  asOfDay: number;
  /** Per record: 1 when the record is a qualifying (successful) contact. */
  qualifies: Uint8Array;
  /** Per customer, 1 when the rule applies (its `when` condition holds). */
  applicable(rule: Rule): Uint8Array;
  /**
   * For a rule whose condition names the stage, in a kind that judges part of a customer's time
   * (`stageSpans`): per customer the minute stamps [from, until) the rule judges (before the
   * pickup for an intent rule, after it for an owner rule). Undefined: all of every customer's time.
   */
  stageSpan(rule: Rule): { from: Float64Array; until: Float64Array } | undefined;
  /** Report a finding for a rule. */
  emit(rule: Rule, input: EmitInput): void;
  /** Record the next due moment (day number) of a customer, for next-due columns. */
  noteDue(customer: number, day: number): void;
  /** Report once that a rule cannot run without a column; returns false when it is missing. */
  requireColumns(rule: Rule, fields: readonly Field[]): boolean;
}

export interface KindDef<P> {
  kind: string;
  /** Messages per messageId, with `{placeholders}` filled from the finding's data. */
  messages: Record<string, { zh: string; en: string }>;
  /** Columns without which the rule cannot run at all. */
  needs(params: P): Field[];
  /**
   * True when the kind judges only the part of each customer's time `ctx.stageSpan` gives: a rule
   * of it conditioned on the stage then applies to everyone who was in that stage at some time.
   * Otherwise the stage as of the check decides whether it applies at all.
   */
  stageSpans?: true;
  check(rule: Rule & { params: P }, ctx: RuleContext): void;
}
