/** Findings as data, like zod issues: which rule, what state, where, by when. Words are rendered from them per locale (report/). */
import type { Citation, Severity, Status } from './common';

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
  /** Where a count rule stands in its period: on an `open` or `due-soon` finding of a quota in progress. */
  quota?: Quota;
  /** A run of consecutive missed periods this one finding stands for (its `dueAt` is the first missed due date). */
  missed?: MissedRun;
}

/** Where a count rule stands in the period in progress (本月已回访 1 次，至少 2 次，10-31 前). */
export interface Quota {
  done: number;
  required: number;
  /** What `done` and `required` count: contact days (two calls on one day are one) or contacts. */
  unit: 'day' | 'contact';
  /** ISO dates, both inclusive. */
  periodStart: string;
  periodEnd: string;
}

/**
 * Consecutive periods of one rule one customer missed, as one finding: "自 2025-08-25 那周起 7 周没有
 * 成功回访". The fine is the per-period fine times `periods`, each booked in its own due month.
 */
export interface MissedRun {
  /** How many periods in a row were missed (at least 1). */
  periods: number;
  /** The first missed period's due date (ISO), the finding's `dueAt`. */
  since: string;
  /** Each missed period's due date (ISO), in order. */
  dues: string[];
  /** The run reaches the last period that ended before the check: the customer still owes. */
  ongoing: boolean;
}

export type FineAmount = { amount: number; currency: 'CNY' } | { min: number; max: number; currency: 'CNY' } | { amount: null; currency: 'CNY'; status: 'not-configured' };
