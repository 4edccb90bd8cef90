/** The report's summary: counts by status, severity and rule, fines, escalations. */
import type { WorkCalendar } from '../calendar';
import type { Field } from '../ledger/fields';
import type { Severity, Status } from '../rule/common';
import type { Ledger } from '../ledger/ledger';

export interface FineTotal {
  /** Sum of fixed amounts plus range minimums. */
  min: number;
  /** Sum of fixed amounts plus range maximums. */
  max: number;
  /** Breaches whose fine the document leaves blank. */
  notConfigured: number;
  currency: 'CNY';
}

export interface Summary {
  sheet: string;
  shape: 'roster' | 'log';
  records: number;
  customers: number;
  headerRow: number;
  columns: Partial<Record<Field, string>>;
  findings: number;
  /** Findings by status (statuses with none left out). */
  byStatus: Partial<Record<Status, number>>;
  /** Findings by severity (severities with none left out). */
  bySeverity: Partial<Record<Severity, number>>;
  byRule: Record<string, Record<string, number>>;
  fines: FineTotal & { byPayerMonth: Record<string, Record<string, FineTotal>> };
  escalations: { role: string; ruleId: string; customer: string | null; row: number | null }[];
  calendar: { firstYear: number; lastYear: number };
}

/**
 * The summary of a check: the ledger's shape and columns, with the findings' counts, fines and
 * escalations as the engine tallied them (see FindingLog).
 */
export function summarize(ledger: Ledger, calendar: WorkCalendar, tallies: Pick<Summary, 'findings' | 'byStatus' | 'bySeverity' | 'byRule' | 'fines' | 'escalations'>): Summary {
  const columns: Summary['columns'] = {};
  for (const [field, col] of Object.entries(ledger.columns) as [Field, number][]) columns[field] = ledger.headers[col];
  return {
    sheet: ledger.sheet,
    shape: ledger.shape,
    records: ledger.size,
    customers: ledger.customers.count,
    headerRow: ledger.headerRow,
    columns,
    ...tallies,
    calendar: { firstYear: calendar.firstYear, lastYear: calendar.lastYear },
  };
}
