/**
 * The work queue: what is still to do, per customer and rule, as of the check. Built from a
 * report's findings (and its customers' names, phones and performers), never from the ledger, so
 * it is the same list wherever a report is (CLI, add-in, an app). The kinds say what is owed; this
 * module only reads it.
 *
 * Which findings are about something still to do:
 * - `overdue`, `due-soon` and `open`: a due date passed and nothing done yet, one coming, or a period
 *   in progress whose quota is not met yet (its `quota` says done, required and the period);
 * - a `violation` that stands for a run of missed periods (`missed`) while the run is `ongoing`
 *   (it reaches the last period that ended before the check, and the customer still owes); it
 *   counts as `missed.periods` missed periods since `missed.since`.
 * Everything else (a run a later kept period ended, a missed period without `missed`, late,
 * record-keeping, unreadable cells, a gap missed before the customer's stage ended) is about the past.
 *
 * Imports only from below (engine types, rule types, time): nothing under engine/ imports this.
 */
import type { Report } from '../engine/evaluate';
import type { Finding, Quota } from '../rule/finding';
import { dayFromYmd, isoDate } from '../time/day';

export type ObligationState = 'overdue' | 'due-today' | 'due-soon' | 'open';

export type { Quota };

/** One thing to do: one customer (or, for a per-performer rule, one submitter) and one rule. */
export interface Obligation {
  ruleId: string;
  /** The customer's key as the findings give it; null for a whole-ledger or per-performer item. */
  customer: string | null;
  customerName: string | null;
  /** The person the ledger names on the customer's latest rows (回访人, 销售顾问, 理财经理 ...). */
  performer: string | null;
  phone: string | null;
  /** The customer's latest row (where the next callback is written), else the finding's row. */
  row: number | null;
  state: ObligationState;
  /** The earliest due date of the item: ISO date, or date-time with +08:00 for hour-based rules. */
  dueAt: string;
  /** The first missed due date of the item (the start of its run); null when nothing is missed yet. */
  since: string | null;
  /** Days overdue since `since`, as the check report counts them; 0 when nothing is missed. */
  overdueDays: number;
  /** How many due dates or periods were missed (findings collapsed into this item, or the run's own count). */
  missedPeriods: number;
  quota?: Quota;
  /** The finding the item shows: the earliest due one (its message says what is owed). */
  finding: Finding;
}

export interface ObligationOptions {
  /**
   * Days ahead within which an item is `due-soon` rather than `open`; default the report's
   * `dueSoonDays` (the profile's lead time), else 1.
   */
  dueSoonDays?: number;
  /** Leave out items due more than this many days after the check day (overdue ones always stay). */
  withinDays?: number;
}

const STATE_ORDER: Record<ObligationState, number> = { overdue: 0, 'due-today': 1, 'due-soon': 2, open: 3 };

/** Day number of the date part of an ISO date or date-time; NaN when it is not one. */
function dayOf(iso: unknown): number {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return NaN;
  return dayFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

/** Whether a finding is about something still to do (see the module's comment). */
function owed(f: Finding): boolean {
  if (!f.dueAt || Number.isNaN(dayOf(f.dueAt))) return false;
  if (f.status === 'overdue' || f.status === 'due-soon' || f.status === 'open') return true;
  return f.status === 'violation' && f.missed?.ongoing === true;
}

/** Day number of the check: the date part of the report's as-of. */
export function asOfDayOf(report: Pick<Report, 'asOf'>): number {
  return dayOf(report.asOf);
}

/**
 * The state of something due on `dueDay`, seen on `asOfDay`: overdue before, due today on, due soon
 * within `dueSoonDays` after, open later.
 */
export function obligationState(dueDay: number, asOfDay: number, dueSoonDays: number): ObligationState {
  if (dueDay < asOfDay) return 'overdue';
  if (dueDay === asOfDay) return 'due-today';
  return dueDay - asOfDay <= dueSoonDays ? 'due-soon' : 'open';
}

/** Sort order of the work queue: by due date (the oldest overdue first), then state, customer, rule. */
export function compareObligations(a: Obligation, b: Obligation): number {
  return (
    dayOf(a.dueAt) - dayOf(b.dueAt) ||
    (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0) ||
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (a.customer ?? '').localeCompare(b.customer ?? '', 'zh-CN') ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * What is still to do as of the report's check time: one item per customer and rule (the earliest
 * due; `missedPeriods` counts the missed due dates collapsed into it, `since` is the first), sorted
 * by due date, the oldest overdue first.
 * @example obligations(await evaluate(table, getProfile('002-1'), { asOf: '2025-10-15' }), { withinDays: 7 })
 */
export function obligations(report: Pick<Report, 'asOf' | 'findings' | 'customers' | 'dueSoonDays'>, options: ObligationOptions = {}): Obligation[] {
  const asOfDay = asOfDayOf(report);
  const dueSoonDays = options.dueSoonDays ?? report.dueSoonDays ?? 1;
  const customers = new Map(report.customers.map((c) => [c.key, c]));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!owed(f)) continue;
    // A whole-ledger or per-performer item is its own: keyed by its row and payer too.
    const key = f.customer !== null ? `${f.ruleId}\u0000c${f.customer}` : `${f.ruleId}\u0000r${f.row}\u0000${f.payer ?? ''}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const items: Obligation[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => dayOf(a.dueAt) - dayOf(b.dueAt) || (a.dueAt! < b.dueAt! ? -1 : a.dueAt! > b.dueAt! ? 1 : 0));
    const first = list[0];
    const dueDay = dayOf(first.dueAt);
    let missed = 0;
    let sinceDay = Infinity;
    // The engine's own count where a finding has one (an hour deadline counts a begun day), so the
    // call list and the check report say the same number.
    let counted = -1;
    for (const f of list) {
      const d = dayOf(f.dueAt);
      if (d >= asOfDay && f.status !== 'violation' && f.status !== 'overdue') continue;
      if (f.overdueDays !== undefined) counted = Math.max(counted, f.overdueDays);
      missed += f.missed?.periods ?? 1;
      sinceDay = Math.min(sinceDay, f.missed ? dayOf(f.missed.since) : d);
    }
    const customer = first.customer === null ? undefined : customers.get(first.customer);
    const state = obligationState(dueDay, asOfDay, dueSoonDays);
    if (options.withinDays !== undefined && state !== 'overdue' && dueDay - asOfDay > options.withinDays) continue;
    const quota = list.find((f) => f.quota)?.quota;
    items.push({
      ruleId: first.ruleId,
      customer: first.customer,
      customerName: customer?.name ?? null,
      performer: customer?.performer ?? (first.customer === null ? (first.payer ?? null) : null),
      phone: customer?.phone ?? null,
      row: customer?.row ?? first.row,
      state,
      dueAt: first.dueAt!,
      since: sinceDay === Infinity ? null : isoDate(sinceDay),
      overdueDays: sinceDay === Infinity ? 0 : Math.max(0, counted, asOfDay - sinceDay),
      missedPeriods: missed,
      ...(quota && { quota }),
      finding: first,
    });
  }
  return items.sort(compareObligations);
}
