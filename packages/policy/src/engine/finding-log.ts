/**
 * The findings of one evaluation as they are emitted. Each finding's row and sort key go into
 * typed arrays and its counts into the summary's tallies while the object is fresh, so that
 * sorting and summarising a few hundred thousand findings never walks the objects again.
 */
import type { Summary, FineTotal } from './summary';
import { SEVERITIES, STATUSES } from '../rule/common';
import type { Finding } from '../rule/finding';

const STATUS_RANK: Record<string, number> = Object.fromEntries(STATUSES.map((s, k) => [s, k]));
const SEVERITY_RANK: Record<string, number> = Object.fromEntries(SEVERITIES.map((s, k) => [s, k]));
const NS = STATUSES.length;

const fineTotal = (): FineTotal => ({ min: 0, max: 0, notConfigured: 0, currency: 'CNY' });

/**
 * Add `share` of one finding's fine to a total: a run of missed periods carries the run's fine,
 * booked a period's share in each period's month; a fine the document leaves blank counts once a period.
 */
function addFine(t: FineTotal, fine: NonNullable<Finding['fine']>, periods: number, share = periods): void {
  if ('min' in fine) {
    t.min += (fine.min * share) / periods;
    t.max += (fine.max * share) / periods;
  } else if (fine.amount === null) t.notConfigured += share;
  else {
    t.min += (fine.amount * share) / periods;
    t.max += (fine.amount * share) / periods;
  }
}

/** Sort keys at or below this many per row are ordered by insertion sort (stable, no allocation). */
const SMALL_RUN = 32;

export class FindingLog {
  private readonly list: Finding[] = [];
  private rows = new Int32Array(1024);
  private keys = new Int32Array(1024);
  private readonly ruleRank: Map<string, number>;
  private readonly ruleIds: string[];
  private readonly byStatus = new Int32Array(NS);
  private readonly bySeverity = new Int32Array(SEVERITIES.length);
  private readonly byRule: Int32Array;
  private readonly fines = fineTotal();
  private readonly byPayerMonth = new Map<string, Map<string, FineTotal>>();
  /** Indices of findings that escalate, in emission order. */
  private readonly escalating: number[] = [];

  /** @param ruleIds every rule ID of the profile (findings sort by ID within a row). */
  constructor(ruleIds: readonly string[]) {
    this.ruleIds = [...ruleIds].sort();
    this.ruleRank = new Map(this.ruleIds.map((id, k) => [id, k]));
    this.byRule = new Int32Array(this.ruleIds.length * NS);
  }

  get size(): number {
    return this.list.length;
  }

  /** Keep a finding and count it. */
  add(f: Finding): void {
    const n = this.list.length;
    if (n === this.rows.length) {
      this.rows = grow(this.rows);
      this.keys = grow(this.keys);
    }
    const rule = this.ruleRank.get(f.ruleId) ?? this.ruleIds.length;
    const status = STATUS_RANK[f.status];
    this.rows[n] = f.row ?? 0;
    this.keys[n] = rule * NS + status;
    this.list.push(f);
    this.byStatus[status]++;
    this.bySeverity[SEVERITY_RANK[f.severity]]++;
    if (rule < this.ruleIds.length) this.byRule[rule * NS + status]++;
    if (f.fine) {
      const payer = f.payer ?? '责任人';
      let months = this.byPayerMonth.get(payer);
      if (!months) this.byPayerMonth.set(payer, (months = new Map()));
      const periods = f.missed?.periods ?? 1;
      addFine(this.fines, f.fine, periods);
      for (const due of f.missed?.dues ?? [f.dueAt ?? '']) {
        const month = due.slice(0, 7) || 'unknown';
        let slot = months.get(month);
        if (!slot) months.set(month, (slot = fineTotal()));
        addFine(slot, f.fine, periods, 1);
      }
    }
    if (f.escalateTo?.length) this.escalating.push(n);
  }

  /**
   * Findings in reading order: row (whole-ledger findings first), then rule ID, then status, then
   * the order they were emitted in. A counting sort by row over the typed arrays.
   */
  sorted(): { findings: Finding[]; position: Int32Array } {
    const n = this.list.length;
    const rows = this.rows;
    const keys = this.keys;
    let maxRow = 0;
    for (let i = 0; i < n; i++) if (rows[i] > maxRow) maxRow = rows[i];
    // bounds[r]..bounds[r + 1] will be row r's slice of `order`.
    const bounds = new Int32Array(maxRow + 2);
    for (let i = 0; i < n; i++) bounds[rows[i] + 1]++;
    for (let r = 1; r < bounds.length; r++) bounds[r] += bounds[r - 1];
    const fill = bounds.slice();
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[fill[rows[i]]++] = i;
    // Within a row there are few findings: order those runs by key, keeping emission order on ties.
    for (let r = 0; r <= maxRow; r++) {
      const a = bounds[r];
      const b = bounds[r + 1];
      if (b - a < 2) continue;
      if (b - a > SMALL_RUN) {
        const run = Array.from(order.subarray(a, b)).sort((x, y) => keys[x] - keys[y] || x - y);
        order.set(run, a);
        continue;
      }
      for (let j = a + 1; j < b; j++) {
        const v = order[j];
        let q = j - 1;
        while (q >= a && keys[order[q]] > keys[v]) {
          order[q + 1] = order[q];
          q--;
        }
        order[q + 1] = v;
      }
    }
    const findings: Finding[] = new Array(n);
    const position = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      findings[k] = this.list[order[k]];
      position[order[k]] = k;
    }
    return { findings, position };
  }

  /** The summary's counts, in a fixed order: statuses and severities as listed, rules by ID, payers and months sorted. */
  tallies(sortedFindings: Finding[], position: Int32Array): Pick<Summary, 'findings' | 'byStatus' | 'bySeverity' | 'byRule' | 'fines' | 'escalations'> {
    const byStatus: Summary['byStatus'] = {};
    STATUSES.forEach((s, k) => this.byStatus[k] && (byStatus[s] = this.byStatus[k]));
    const bySeverity: Record<string, number> = {};
    SEVERITIES.forEach((s, k) => this.bySeverity[k] && (bySeverity[s] = this.bySeverity[k]));
    const byRule: Record<string, Record<string, number>> = {};
    this.ruleIds.forEach((id, r) => {
      STATUSES.forEach((s, k) => {
        const v = this.byRule[r * NS + k];
        if (v) (byRule[id] ??= {})[s] = v;
      });
    });
    // Payers are names from cells: fromEntries makes own properties even of `__proto__`.
    const byPayerMonth: Record<string, Record<string, FineTotal>> = Object.fromEntries(
      [...this.byPayerMonth.keys()].sort().map((payer) => {
        const months = this.byPayerMonth.get(payer)!;
        return [payer, Object.fromEntries([...months.keys()].sort().map((month) => [month, months.get(month)!]))];
      }),
    );
    const escalations: Summary['escalations'] = [];
    const at = this.escalating.map((i) => position[i]).sort((x, y) => x - y);
    for (const k of at) {
      const f = sortedFindings[k];
      for (const role of f.escalateTo!) escalations.push({ role, ruleId: f.ruleId, customer: f.customer, row: f.row });
    }
    return { findings: this.list.length, byStatus, bySeverity, byRule, fines: { ...this.fines, byPayerMonth }, escalations };
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
