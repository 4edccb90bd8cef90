/** The report's summary: counts by status, severity and rule, fines, escalations. */
import type { WorkCalendar } from '../calendar';
import type { Finding } from '../engine/types';
import type { Field } from '../ledger/fields';
import type { Ledger } from '../ledger/ledger';
import type { Profile } from '../profile/schema';

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
  byStatus: Record<string, number>;
  bySeverity: Record<string, number>;
  byRule: Record<string, Record<string, number>>;
  fines: FineTotal & { byPayerMonth: Record<string, Record<string, FineTotal>> };
  escalations: { role: string; ruleId: string; customer: string | null; row: number | null }[];
  calendar: { firstYear: number; lastYear: number };
}

/** Summarise findings. */
export function summarize(findings: Finding[], ledger: Ledger, profile: Profile, calendar: WorkCalendar): Summary {
  const byStatus: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  const byRule: Record<string, Record<string, number>> = {};
  const fines: Summary['fines'] = { min: 0, max: 0, notConfigured: 0, currency: 'CNY', byPayerMonth: {} };
  const escalations: Summary['escalations'] = [];
  for (const f of findings) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    const r = (byRule[f.ruleId] ??= {});
    r[f.status] = (r[f.status] ?? 0) + 1;
    if (f.fine) {
      const month = (f.dueAt ?? '').slice(0, 7) || 'unknown';
      const payer = f.payer ?? '责任人';
      const slot = ((fines.byPayerMonth[payer] ??= {})[month] ??= { min: 0, max: 0, notConfigured: 0, currency: 'CNY' });
      for (const t of [fines, slot]) {
        if ('min' in f.fine) {
          t.min += f.fine.min;
          t.max += f.fine.max;
        } else if (f.fine.amount === null) t.notConfigured += 1;
        else {
          t.min += f.fine.amount;
          t.max += f.fine.amount;
        }
      }
    }
    for (const role of f.escalateTo ?? []) escalations.push({ role, ruleId: f.ruleId, customer: f.customer, row: f.row });
  }
  const columns: Summary['columns'] = {};
  for (const [field, col] of Object.entries(ledger.columns) as [Field, number][]) columns[field] = ledger.headers[col];
  return {
    sheet: ledger.sheet,
    shape: ledger.shape,
    records: ledger.size,
    customers: ledger.customers.count,
    headerRow: ledger.headerRow,
    columns,
    findings: findings.length,
    byStatus,
    bySeverity,
    byRule,
    fines,
    escalations,
    calendar: { firstYear: calendar.firstYear, lastYear: calendar.lastYear },
  };
}
