/**
 * The facts a profile declares (`definitions.facts`, profile/definitions.ts), evaluated per
 * customer. The engine knows only their shapes, never what they mean to a regulation: a switch
 * fact is one value until a dated cell of one column and another from it (002-1 calls them intent
 * and owner, the column 提车时间).
 */
import { Precision } from '../ledger/cells';
import type { Ledger } from '../ledger/ledger';
import type { SwitchFact } from '../profile/definitions';
import { MINUTES_PER_DAY } from '../time/day';

/** Where each customer stands with a switch fact as of the check. */
export interface SwitchState {
  /** Minute stamp of the switch, NaN where it has not come by the check. */
  at: Float64Array;
  /** 1 where the ledger shows the customer before the switch (or the switch has not come). */
  beforeEver: Uint8Array;
  /** 1 where the switch has come by the check: the fact's value is `after`. */
  afterNow: Uint8Array;
}

/**
 * Each customer's switch: the earliest dated cell of `switchesAt` (a date alone counts from its
 * 00:00), when its day is not after the check's; whether a `seenBefore` cell comes earlier.
 * @example switchState(ledger, { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt'] }, asOfDay).afterNow[c] // 1 once picked up
 */
export function switchState(ledger: Ledger, fact: SwitchFact, asOfDay: number): SwitchState {
  const count = ledger.customers.count;
  const out: SwitchState = { at: new Float64Array(count).fill(NaN), beforeEver: new Uint8Array(count).fill(1), afterNow: new Uint8Array(count) };
  const switching = ledger.times[fact.switchesAt];
  if (!switching) return out;
  const { records, start } = ledger.customers;
  const seen = fact.seenBefore.map((f) => ledger.times[f]);
  for (let c = 0; c < count; c++) {
    let p = NaN;
    for (let j = start[c]; j < start[c + 1]; j++) {
      const i = records[j];
      const q = switching.precision[i];
      if ((q === Precision.Day || q === Precision.Minute) && !(switching.minute[i] >= p)) p = switching.minute[i];
    }
    if (Number.isNaN(p) || Math.floor(p / MINUTES_PER_DAY) > asOfDay) continue;
    out.at[c] = p;
    out.afterNow[c] = 1;
    let before = false;
    for (let j = start[c]; j < start[c + 1] && !before; j++) {
      for (const t of seen) if (t && t.minute[records[j]] < p) before = true;
    }
    out.beforeEver[c] = before ? 1 : 0;
  }
  return out;
}
