/** Roster or log: whether the ledger keeps one row per customer (the latest contact) or every contact. */
import type { TimeColumn } from './column-readers';
import type { Customers } from './customers';

/** A header that says the column holds the latest contact only (最近回访时间). */
const LATEST_ONLY = /最近|最后|上次|末次|latest|last/i;

/**
 * A roster by its contact header's own word, or because no customer has two contact times; a log
 * as soon as one customer has.
 */
export function ledgerShape(contactHeader: string, contactAt: TimeColumn | undefined, customers: Customers): { shape: 'roster' | 'log'; latestOnly: boolean } {
  let shape: 'roster' | 'log' = 'roster';
  const latestOnly = LATEST_ONLY.test(contactHeader);
  if (!latestOnly && contactAt) {
    const m = contactAt.minute;
    for (let c = 0; c < customers.count && shape === 'roster'; c++) {
      let found = 0;
      for (let j = customers.start[c]; j < customers.start[c + 1]; j++) if (!Number.isNaN(m[customers.records[j]])) found++;
      if (found > 1) shape = 'log';
    }
  }
  return { shape, latestOnly };
}
