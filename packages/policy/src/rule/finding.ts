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
}

export type FineAmount = { amount: number; currency: 'CNY' } | { min: number; max: number; currency: 'CNY' } | { amount: null; currency: 'CNY'; status: 'not-configured' };
