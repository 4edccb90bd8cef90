/**
 * The ledger as typed columns (records) grouped into customer timelines. Built once per check;
 * rules read typed arrays, never cells, so the hot path is integer arithmetic.
 */
import { columnLetter, type Table } from '../table';
import { MINUTES_PER_DAY } from '../time/day';
import { cellText, CHANNELS, Precision, readChannel, readNumber, readOutcome, readTier, readTimeCell, type TimeCell } from './cells';
import type { ColumnMap } from './columns';
import { FIELDS, type Field } from './fields';

export interface TimeColumn {
  /** Minute stamp in Shanghai wall time; NaN when empty or unreadable. */
  minute: Float64Array;
  /** A `Precision` value per record. */
  precision: Uint8Array;
}

/** A cell the reader could not use: becomes an `invalid` finding. */
export interface CellProblem {
  record: number;
  field: Field;
  code: string;
  /** What was expected, for the message (`H/A/B/C`, `日期` ...). */
  expected?: string;
}

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

export interface Ledger {
  sheet: string;
  headers: string[];
  columns: ColumnMap['fields'];
  /** Spreadsheet row of the header. */
  headerRow: number;
  firstColumn: number;
  /** A roster keeps one row per customer with the latest contact; a log keeps every contact. */
  shape: 'roster' | 'log';
  size: number;
  /** Spreadsheet row number per record. */
  row: Int32Array;
  customerOf: Int32Array;
  times: Partial<Record<Field, TimeColumn>>;
  /** Tier index per record (-1 blank, -2 unreadable). */
  tier: Int8Array;
  /** Index into CHANNELS per record (-1 blank, -2 unreadable). */
  channel: Int8Array;
  /** 0 reached, 1 not reached, -1 blank, -2 unreadable. */
  outcome: Int8Array;
  text: Partial<Record<Field, (string | null)[]>>;
  numbers: Partial<Record<Field, Float64Array>>;
  customers: Customers;
  problems: CellProblem[];
}

export interface LedgerOptions {
  tiers: readonly string[];
  tierSynonyms?: Record<string, string>;
}

const TIME_TYPES = new Set(['datetime', 'date']);
const TEXT_TYPES = new Set(['text', 'key']);

/** The header text and sheet letter of a field's column. */
export function columnOf(ledger: Ledger, field: Field): { header: string; letter: string } | undefined {
  const col = ledger.columns[field];
  if (col === undefined) return undefined;
  return { header: ledger.headers[col] || FIELDS[field].zh, letter: columnLetter(ledger.firstColumn + col) };
}

/**
 * Read a table's data rows into typed columns and customer timelines.
 * @example buildLedger(table, proposeColumnMap(table), { tiers: ['H', 'A', 'B', 'C'] }).customers.count
 */
export function buildLedger(table: Table, map: ColumnMap, options: LedgerOptions): Ledger {
  const rows = table.rows;
  const firstRow = table.firstRow ?? 1;
  const date1904 = table.date1904 ?? false;
  const fields = map.fields;
  const problems: CellProblem[] = [];

  // Data rows: everything under the header that is not blank.
  const dataRows: number[] = [];
  for (let r = map.headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells && cells.some((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''))) dataRows.push(r);
  }
  const size = dataRows.length;
  const row = new Int32Array(size);
  for (let i = 0; i < size; i++) row[i] = firstRow + dataRows[i];

  const cell = (i: number, col: number) => rows[dataRows[i]]?.[col] ?? null;
  const format = (i: number, col: number) => table.formats?.[dataRows[i]]?.[col];

  const times: Ledger['times'] = {};
  const text: Ledger['text'] = {};
  const numbers: Ledger['numbers'] = {};
  for (const [field, col] of Object.entries(fields) as [Field, number][]) {
    const type = FIELDS[field].type;
    if (TIME_TYPES.has(type)) {
      const minute = new Float64Array(size);
      const precision = new Uint8Array(size);
      for (let i = 0; i < size; i++) {
        const t: TimeCell = readTimeCell(cell(i, col), format(i, col), date1904);
        minute[i] = t.minute;
        precision[i] = t.precision;
        if (t.precision === Precision.Clock) {
          // A bare time of day cannot stand for a date.
          minute[i] = NaN;
          precision[i] = Precision.Invalid;
          problems.push({ record: i, field, code: 'time-without-date' });
        } else if (t.precision === Precision.Invalid) problems.push({ record: i, field, code: t.error ?? 'not-a-date' });
        else if (type === 'date' && t.precision === Precision.Minute) {
          minute[i] = Math.floor(t.minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
          precision[i] = Precision.Day;
        }
      }
      times[field] = { minute, precision };
    } else if (TEXT_TYPES.has(type)) {
      const out: (string | null)[] = new Array(size);
      for (let i = 0; i < size; i++) out[i] = cellText(cell(i, col));
      text[field] = out;
    } else if (type === 'number') {
      const out = new Float64Array(size);
      for (let i = 0; i < size; i++) {
        const v = cell(i, col);
        const t = cellText(v);
        if (t === null) out[i] = NaN;
        else {
          const n = readNumber(v);
          out[i] = n ?? NaN;
          if (n === undefined) problems.push({ record: i, field, code: 'not-a-number' });
        }
      }
      numbers[field] = out;
    }
  }

  // A separate clock column (回访日期 + 回访时间 14:30) completes a date-only contact time.
  if (fields.contactClock !== undefined && times.contactAt) {
    const col = fields.contactClock;
    const ct = times.contactAt;
    for (let i = 0; i < size; i++) {
      const v = cell(i, col);
      if (cellText(v) === null) continue;
      const t = readTimeCell(v, format(i, col) ?? 'h:mm', date1904);
      if (t.precision === Precision.Clock || (t.precision === Precision.Minute && typeof v === 'number' && v < 1)) {
        if (ct.precision[i] === Precision.Day) {
          ct.minute[i] += t.minute % MINUTES_PER_DAY;
          ct.precision[i] = t.minute % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute;
        }
      } else problems.push({ record: i, field: 'contactClock', code: 'not-a-time' });
    }
  }

  const tier = new Int8Array(size).fill(-1);
  if (fields.tier !== undefined) {
    const col = fields.tier;
    const expected = options.tiers.join('/');
    for (let i = 0; i < size; i++) {
      const t = cellText(cell(i, col));
      if (t === null) continue;
      const k = readTier(t, options.tiers, options.tierSynonyms);
      tier[i] = k >= 0 ? k : -2;
      if (k < 0) problems.push({ record: i, field: 'tier', code: 'not-a-tier', expected });
    }
  }
  const channel = new Int8Array(size).fill(-1);
  if (fields.channel !== undefined) {
    const col = fields.channel;
    for (let i = 0; i < size; i++) {
      const t = cellText(cell(i, col));
      if (t === null) continue;
      const c = readChannel(t);
      channel[i] = c ? CHANNELS.indexOf(c) : -2;
      if (!c) problems.push({ record: i, field: 'channel', code: 'not-a-channel' });
    }
  }
  const outcome = new Int8Array(size).fill(-1);
  if (fields.outcome !== undefined) {
    const col = fields.outcome;
    for (let i = 0; i < size; i++) {
      const t = cellText(cell(i, col));
      if (t === null) continue;
      const o = readOutcome(t);
      outcome[i] = o === 'reached' ? 0 : o === 'not-reached' ? 1 : -2;
      if (!o) problems.push({ record: i, field: 'outcome', code: 'not-an-outcome' });
    }
  }

  // Customers: the customer number when the ledger has one, else the name.
  const keyOf = (i: number) => text.customerId?.[i] ?? text.customerName?.[i] ?? null;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const customerOf = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const k = keyOf(i);
    if (k === null) {
      customerOf[i] = -1;
      problems.push({ record: i, field: fields.customerId !== undefined ? 'customerId' : 'customerName', code: 'customer-missing' });
      continue;
    }
    let c = index.get(k);
    if (c === undefined) {
      c = keys.length;
      keys.push(k);
      index.set(k, c);
    }
    customerOf[i] = c;
  }
  const customers = groupCustomers(keys, customerOf, times.contactAt?.minute, row, tier);

  let shape: Ledger['shape'] = 'roster';
  const contactHeader = fields.contactAt !== undefined ? map.headers[fields.contactAt] : '';
  if (!/最近|最后|上次|末次|latest|last/i.test(contactHeader) && times.contactAt) {
    const m = times.contactAt.minute;
    for (let c = 0; c < customers.count && shape === 'roster'; c++) {
      let n = 0;
      for (let j = customers.start[c]; j < customers.start[c + 1]; j++) if (!Number.isNaN(m[customers.records[j]])) n++;
      if (n > 1) shape = 'log';
    }
  }

  return {
    sheet: table.sheet,
    headers: map.headers,
    columns: fields,
    headerRow: firstRow + map.headerIndex,
    firstColumn: table.firstColumn ?? 1,
    shape,
    size,
    row,
    customerOf,
    times,
    tier,
    channel,
    outcome,
    text,
    numbers,
    customers,
    problems,
  };
}

function groupCustomers(keys: string[], customerOf: Int32Array, contact: Float64Array | undefined, row: Int32Array, tier: Int8Array): Customers {
  const count = keys.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < customerOf.length; i++) if (customerOf[i] >= 0) start[customerOf[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const fill = start.slice(0, count);
  const records = new Int32Array(start[count]);
  for (let i = 0; i < customerOf.length; i++) {
    const c = customerOf[i];
    if (c >= 0) records[fill[c]++] = i;
  }
  const t = (i: number) => (contact && !Number.isNaN(contact[i]) ? contact[i] : -Infinity);
  const tierNow = new Int8Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    const a = start[c];
    const b = start[c + 1];
    if (b - a > 1) {
      const slice = Array.from(records.subarray(a, b));
      slice.sort((x, y) => t(x) - t(y) || row[x] - row[y]);
      records.set(slice, a);
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
