/**
 * Customers: which customer each record belongs to, met row by row, then each customer's records
 * grouped and sorted into a timeline.
 */
import { cellText, isErrorText, Precision } from './cells';
import type { CellProblem } from './cell-problems';
import type { TimeColumn } from './column-readers';
import type { ColumnMap } from './columns';
import type { Field } from './fields';

export interface Customers {
  count: number;
  key: string[];
  /** Record indices of all customers, each customer's slice sorted by contact time then row. */
  records: Int32Array;
  /** `records.slice(start[c], start[c + 1])` are customer c's records. */
  start: Int32Array;
  /** Index of the current tier (from the latest record that states one), -1 when none. */
  tierNow: Int8Array;
}

/**
 * The customer of each record, as the row pass meets them: the customer number when the ledger has
 * one, else the name. An Excel error value there (a failed VLOOKUP's #N/A) is an unreadable cell,
 * never a customer called "#N/A".
 */
export class CustomerKeys {
  /** Customer keys in order of first appearance; a customer's index is its place here. */
  readonly keys: string[] = [];
  /** Customer index per record, -1 for none. */
  readonly customerOf: Int32Array;
  private readonly index = new Map<string, number>();
  private readonly idCol: number | undefined;
  private readonly nameCol: number | undefined;
  private readonly missingKeyField: Field;

  constructor(
    fields: ColumnMap['fields'],
    capacity: number,
    /** Read before the key in each row: a report row's submission date. */
    private readonly reportedAt: TimeColumn | undefined,
    private readonly problems: CellProblem[],
  ) {
    this.idCol = fields.customerId;
    this.nameCol = fields.customerName;
    this.missingKeyField = this.idCol !== undefined ? 'customerId' : 'customerName';
    this.customerOf = new Int32Array(capacity);
  }

  /** Note the customer of record i, reporting unreadable or missing keys. */
  read(i: number, cells: readonly unknown[]): void {
    this.customerOf[i] = this.customerKey(i, cells);
  }

  /** The customer of record i (-1 for none). */
  private customerKey(i: number, cells: readonly unknown[]): number {
    // undefined: an Excel error value (already reported); null: blank.
    const id = this.idCol === undefined ? null : this.keyText(i, cells[this.idCol] ?? null, 'customerId');
    const name = this.nameCol === undefined ? null : this.keyText(i, cells[this.nameCol] ?? null, 'customerName');
    const k = id ?? name;
    if (k === null || k === undefined) {
      if (id === undefined || name === undefined) return -1;
      // A report row (a submission date and no customer) belongs to no customer by nature.
      if (this.reportedAt && this.reportedAt.precision[i] !== Precision.None) return -1;
      this.problems.push({ record: i, field: this.missingKeyField, code: 'customer-missing' });
      return -1;
    }
    let c = this.index.get(k);
    if (c === undefined) {
      c = this.keys.length;
      this.keys.push(k);
      this.index.set(k, c);
    }
    return c;
  }

  private keyText(i: number, v: unknown, field: Field): string | null | undefined {
    const t = cellText(v);
    if (t === null || !isErrorText(t)) return t;
    this.problems.push({ record: i, field, code: 'customer-error' });
    return undefined;
  }
}

/** Each customer's records, sorted by contact time then row, and each customer's current tier. */
export function groupCustomers(keys: string[], customerOf: Int32Array, size: number, contact: Float64Array | undefined, row: Int32Array, tier: Int8Array): Customers {
  const count = keys.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < size; i++) if (customerOf[i] >= 0) start[customerOf[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const fill = start.slice(0, count);
  const records = new Int32Array(start[count]);
  for (let i = 0; i < size; i++) {
    const c = customerOf[i];
    if (c >= 0) records[fill[c]++] = i;
  }
  // Sort key: contact time (rows without one first), then row. Records are already in row order.
  const key = new Float64Array(size);
  for (let i = 0; i < key.length; i++) key[i] = contact && !Number.isNaN(contact[i]) ? contact[i] : -Infinity;
  const tierNow = new Int8Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    const a = start[c];
    const b = start[c + 1];
    // Insertion sort: a customer has few records, usually already in time order.
    for (let j = a + 1; j < b; j++) {
      const r = records[j];
      const k = key[r];
      let q = j - 1;
      while (q >= a && (key[records[q]] > k || (key[records[q]] === k && row[records[q]] > row[r]))) {
        records[q + 1] = records[q];
        q--;
      }
      records[q + 1] = r;
    }
    for (let j = b - 1; j >= a; j--) {
      if (tier[records[j]] >= 0) {
        tierNow[c] = tier[records[j]];
        break;
      }
    }
  }
  return { count, key: keys, records, start, tierNow };
}
