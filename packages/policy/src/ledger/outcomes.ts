/** The outcome column's codes, and the outcome words that change a record's channel or contact time. */
import { CHANNELS, Precision } from './cells';
import type { CellProblem } from './cell-problems';
import type { TimeColumn } from './column-readers';

/** Outcome codes (see Ledger.outcome); -1 not a known outcome. */
export const OUTCOME_CODES = { reached: 0, 'not-reached': 1, pending: 2, delivered: 3, unknown: -1 } as const;
export const OUTCOME = { REACHED: 0, NOT_REACHED: 1, PENDING: 2, DELIVERED: 3 } as const;
/** Read-time code of a visit that took place (已拜访): reached, and a visit where the channel is blank. */
export const VISITED = 4;

/**
 * Outcome words that decide more than reached or not: a visit that took place (已拜访) is reached,
 * and a visit where the channel cell is blank; a planned callback (待回访) is no contact at all, so
 * its time is cleared and an unreadable one is no error (a plan's date is not a contact's).
 */
export function settleOutcomes(size: number, outcome: Int8Array, channel: Int8Array, contactAt: TimeColumn | undefined, problems: CellProblem[]): void {
  const visit = CHANNELS.indexOf('visit');
  let pending = false;
  for (let i = 0; i < size; i++) {
    const o = outcome[i];
    if (o === VISITED) {
      outcome[i] = OUTCOME.REACHED;
      if (channel[i] === -1) channel[i] = visit;
    } else if (o === OUTCOME.PENDING && contactAt) {
      contactAt.minute[i] = NaN;
      contactAt.precision[i] = Precision.None;
      pending = true;
    }
  }
  if (!pending) return;
  let w = 0;
  for (const p of problems) if (!((p.field === 'contactAt' || p.field === 'contactClock') && outcome[p.record] === OUTCOME.PENDING)) problems[w++] = p;
  problems.length = w;
}
