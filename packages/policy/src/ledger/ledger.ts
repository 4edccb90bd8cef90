/**
 * The ledger as typed columns (records) grouped into customer timelines. Built once per check;
 * rules read typed arrays, never cells, so the hot path is integer arithmetic.
 */
import { columnLetter, type Table } from '../table';
import { MINUTES_PER_DAY } from '../time/day';
import { cellText, CHANNEL_VOCABULARY, CHANNELS, isDateFormat, isErrorText, isPlainEnd, nearestWord, normalizeLabel, OUTCOME_VOCABULARY, outcomeChannel, Precision, quickMinute, readChannel, readNumber, readOutcome, readTier, readTimeCell, serialMinute, type TimeCell } from './cells';
import type { ColumnMap } from './columns';
import { FIELDS, type Field } from './fields';
import { tierFromBasis, type TierBasis } from './tier-basis';

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
  /** The known word the cell most likely meant (电活: 电话), when one is close and clear. */
  suggestion?: string;
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
  /**
   * The contact column's header says it holds the latest contact only (最近回访时间): a roster by
   * its own word, not just because no customer has two contacts yet.
   */
  latestOnly: boolean;
  size: number;
  /** Spreadsheet row number per record. */
  row: Int32Array;
  /** Spreadsheet rows of all records in sheet order (top to bottom). */
  sheetRows: Int32Array;
  customerOf: Int32Array;
  times: Partial<Record<Field, TimeColumn>>;
  /** Tier index per record (-1 blank, -2 unreadable). */
  tier: Int8Array;
  /** Index into CHANNELS per record (-1 blank, -2 unreadable). */
  channel: Int8Array;
  /**
   * 0 reached, 1 not reached, 2 planned (待回访: the row is no contact, its time is cleared), 3 a
   * message delivered (已发送, 已读), -1 blank, -2 unreadable.
   */
  outcome: Int8Array;
  /**
   * Per record, 1 when the callback-type cell holds a word the profile's list of types does not
   * know (新签回访): which rule the row serves cannot be told. Undefined when the profile has no
   * list (回访类型 is free text there) or the ledger no such column.
   */
  unknownType?: Uint8Array;
  /** Text columns, read on first use. */
  text: Partial<Record<Field, (string | null)[]>>;
  /** UTF-16 length of each text cell (-1 when blank), read with the text column. */
  textLength: Partial<Record<Field, Int32Array>>;
  /** One text cell, read straight from the table (for rules that stop at the first filled cell). */
  textAt(field: Field, record: number): string | null;
  numbers: Partial<Record<Field, Float64Array>>;
  /** The number column tiers were derived from where no tier is recorded (年销量), when it exists. */
  tierBasis?: Field;
  customers: Customers;
  problems: CellProblem[];
}

export interface LedgerOptions {
  tiers: readonly string[];
  tierSynonyms?: Record<string, string>;
  /** The callback types the regulation names (新签约回访, 持续回访 ...): 回访类型 becomes a controlled column. */
  callbackTypes?: readonly string[];
  /** Derive the tier of a record with no recorded tier from this number column. */
  tierBasis?: TierBasis;
}

const TIME_TYPES = new Set(['datetime', 'date']);
const TEXT_TYPES = new Set(['text', 'key']);
/** Outcome codes (see Ledger.outcome); -1 not a known outcome. */
const OUTCOME_CODES = { reached: 0, 'not-reached': 1, pending: 2, delivered: 3, unknown: -1 } as const;
export const OUTCOME = { REACHED: 0, NOT_REACHED: 1, PENDING: 2, DELIVERED: 3 } as const;
/** Read-time code of a visit that took place (已拜访): reached, and a visit where the channel is blank. */
const VISITED = 4;
/** Distinct unknown words a column gets suggestions for: past this many it is free text, not typos. */
const MAX_SUGGESTED = 1000;

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
  const formats = table.formats;
  const problems: CellProblem[] = [];
  // Capacity: every row under the header; blank rows leave the tail unused.
  const capacity = Math.max(0, rows.length - map.headerIndex - 1);

  const times: Ledger['times'] = {};
  const numbers: Ledger['numbers'] = {};
  const tier = new Int8Array(capacity).fill(-1);
  const channel = new Int8Array(capacity).fill(-1);
  const outcome = new Int8Array(capacity).fill(-1);
  const expectedTiers = options.tiers.join('/');
  /** Text cells as written, in sheet order: copied now (no look inside), read on first use. */
  const rawText: Partial<Record<Field, unknown[]>> = {};

  // What each mapped column is read as. Uncommon cells go to a reader function; the common cases
  // (a serial date, a label already seen, text) are handled inline in the loop below.
  const TIME = 1;
  /** tier, channel, outcome: a code per label, each distinct label decoded once. */
  const LABEL = 2;
  const NUMBER = 3;
  const TEXT = 4;
  type Reader = (i: number, v: unknown, f: string | null | undefined) => void;
  const cols: number[] = [];
  const kinds: number[] = [];
  const readers: Reader[] = [];
  const minutes: Float64Array[] = [];
  const precisions: Uint8Array[] = [];
  const dateOnlys: boolean[] = [];
  const texts: unknown[][] = [];
  const labelsSeen: Map<string, number>[] = [];
  const labelCodes: Int8Array[] = [];
  const none = new Float64Array(0);
  const add = (col: number, kind: number, read: Reader, time?: TimeColumn, dateOnly = false, textOut: unknown[] = [], seen = new Map<string, number>(), codes: Int8Array = new Int8Array(0)) => {
    cols.push(col);
    kinds.push(kind);
    readers.push(read);
    minutes.push(time ? time.minute : none);
    precisions.push(time ? time.precision : new Uint8Array(0));
    dateOnlys.push(dateOnly);
    texts.push(textOut);
    labelsSeen.push(seen);
    labelCodes.push(codes);
  };
  const noRead: Reader = () => {};
  /**
   * A label column (tier, channel, outcome) read into `out`: each distinct label decoded once
   * (`decode` gives -1 for an unknown one, stored as -2 and reported with `code`).
   */
  const addLabel = (col: number, out: Int8Array, decode: (text: string) => number, field: Field, code: string, vocabulary: ReadonlyMap<string, string>, expected?: string) => {
    const seen = new Map<string, number>();
    const suggested = new Map<string, string | undefined>();
    const read: Reader = (i, v) => {
      const t = cellText(v);
      if (t === null) return;
      let k = seen.get(t);
      if (k === undefined) {
        const d = decode(t);
        seen.set(t, (k = d < 0 ? -2 : d));
        if (k < 0 && suggested.size < MAX_SUGGESTED) suggested.set(t, nearestWord(t, vocabulary));
      }
      if (typeof v === 'string') seen.set(v, k);
      out[i] = k;
      if (k < 0) problems.push(problem(i, field, code, expected, suggested.get(t)));
    };
    add(col, LABEL, read, undefined, false, undefined, seen, out);
  };
  for (const [field, col] of Object.entries(fields) as [Field, number][]) {
    const type = FIELDS[field].type;
    if (TIME_TYPES.has(type)) {
      const time: TimeColumn = { minute: new Float64Array(capacity), precision: new Uint8Array(capacity) };
      times[field] = time;
      const dateOnly = type === 'date';
      const { minute, precision } = time;
      add(
        col,
        TIME,
        (i, v, f) => {
          const t: TimeCell = readTimeCell(v, f, date1904);
          minute[i] = t.minute;
          precision[i] = t.precision;
          if (t.precision === Precision.Clock) {
            // A bare time of day cannot stand for a date.
            minute[i] = NaN;
            precision[i] = Precision.Invalid;
            problems.push({ record: i, field, code: 'time-without-date' });
          } else if (t.precision === Precision.Invalid) problems.push({ record: i, field, code: t.error ?? 'not-a-date' });
          else if (dateOnly && t.precision === Precision.Minute) {
            minute[i] = Math.floor(t.minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
            precision[i] = Precision.Day;
          }
        },
        time,
        dateOnly,
      );
    } else if (TEXT_TYPES.has(type)) {
      const out: unknown[] = new Array(capacity);
      rawText[field] = out;
      add(col, TEXT, noRead, undefined, false, out);
    } else if (type === 'number') {
      const out = new Float64Array(capacity);
      numbers[field] = out;
      add(col, NUMBER, (i, v) => {
        if (cellText(v) === null) out[i] = NaN;
        else {
          const n = readNumber(v);
          out[i] = n ?? NaN;
          if (n === undefined) problems.push({ record: i, field, code: 'not-a-number' });
        }
      });
    } else if (type === 'tier') {
      // A profile without tiers has no tier words to check a cell against: a roster's own rating
      // (★★★, VIP客户) is not an error there, just a column this profile does not use.
      if (options.tiers.length === 0) continue;
      addLabel(col, tier, (t) => readTier(t, options.tiers, options.tierSynonyms), 'tier', 'not-a-tier', tierVocabulary(options), expectedTiers);
    } else if (type === 'channel') {
      const channelCode = (t: string) => {
        const c = readChannel(t);
        return c ? CHANNELS.indexOf(c) : -1;
      };
      addLabel(col, channel, channelCode, 'channel', 'not-a-channel', CHANNEL_VOCABULARY);
    } else if (type === 'outcome') {
      addLabel(col, outcome, (t) => (outcomeChannel(t) ? VISITED : OUTCOME_CODES[readOutcome(t) ?? 'unknown']), 'outcome', 'not-an-outcome', OUTCOME_VOCABULARY);
    }
    // 'clock' columns are read in the same pass, after the date they complete.
  }
  const clockCol = times.contactAt ? fields.contactClock : undefined;
  const contactTime = times.contactAt;

  // Customers: the customer number when the ledger has one, else the name. An Excel error value
  // there (a failed VLOOKUP's #N/A) is an unreadable cell, never a customer called "#N/A".
  const idCol = fields.customerId;
  const nameCol = fields.customerName;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const customerOf = new Int32Array(capacity);
  const reportedAt = times.reportedAt;
  const missingKeyField: Field = idCol !== undefined ? 'customerId' : 'customerName';

  // One row-major pass over everything under the header: each row array is visited once, however
  // many columns are mapped (a pass per column over a million separate row arrays is dominated by
  // cache misses). Blank rows between blocks are skipped, not reported.
  const sheetIndex = new Int32Array(capacity);
  const n = cols.length;
  let size = 0;
  const merged = mergedDataCells(table, map.headerIndex, Object.values(fields) as number[]);
  for (let r = map.headerIndex + 1; r < rows.length; r++) {
    let cells: readonly unknown[] = rows[r];
    if (isBlankRow(cells)) continue;
    const i = size++;
    sheetIndex[i] = r;
    let fr = formats ? formats[r] : undefined;
    const fills = merged?.get(r);
    if (fills) [cells, fr] = withMergedValues(table, cells, fr, fills);
    for (let k = 0; k < n; k++) {
      const col = cols[k];
      const v = cells[col] ?? null;
      const kind = kinds[k];
      if (kind === TEXT) {
        texts[k][i] = v;
        continue;
      }
      if (kind === TIME) {
        // Fast path: a serial date in a date cell, or a plausible serial (>= 10000) that lost its
        // format, the common case. Smaller unformatted numbers go to readTimeCell, which rejects them.
        // Text dates (a CSV's `2025-03-05 14:30`) in the common forms are read without a regex.
        const m =
          typeof v === 'number' ? (v >= 1 && v < 100000 && (v >= 10000 || isDateFormat(fr?.[col])) ? serialMinute(v, date1904) : NaN) : typeof v === 'string' ? quickMinute(v) : NaN;
        if (!Number.isNaN(m)) {
          const d = dateOnlys[k] ? Math.floor(m / MINUTES_PER_DAY) * MINUTES_PER_DAY : m;
          minutes[k][i] = d;
          precisions[k][i] = d % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute;
          continue;
        }
      } else if (kind === LABEL && typeof v === 'string') {
        const code = labelsSeen[k].get(v);
        if (code !== undefined && code >= 0) {
          labelCodes[k][i] = code;
          continue;
        }
      }
      readers[k](i, v, fr ? fr[col] : undefined);
    }
    // A separate clock column (回访日期 + 回访时间 14:30) completes a date-only contact time.
    if (clockCol !== undefined) readClock(i, cells[clockCol] ?? null, fr?.[clockCol]);
    customerOf[i] = customerKey(i, cells);
  }

  function readClock(i: number, v: unknown, f: string | null | undefined): void {
    if (cellText(v) === null) return;
    const ct = contactTime!;
    const t = readTimeCell(v, f ?? 'h:mm', date1904);
    if (t.precision === Precision.Clock) {
      if (ct.precision[i] === Precision.Day) {
        ct.minute[i] += t.minute % MINUTES_PER_DAY;
        ct.precision[i] = t.minute % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute;
      }
    } else problems.push({ record: i, field: 'contactClock', code: 'not-a-time' });
  }

  function keyText(i: number, v: unknown, field: Field): string | null | undefined {
    const t = cellText(v);
    if (t === null || !isErrorText(t)) return t;
    problems.push({ record: i, field, code: 'customer-error' });
    return undefined;
  }

  /** The customer of record i (-1 for none), noting unreadable or missing keys. */
  function customerKey(i: number, cells: readonly unknown[]): number {
    // undefined: an Excel error value (already reported); null: blank.
    const id = idCol === undefined ? null : keyText(i, cells[idCol] ?? null, 'customerId');
    const name = nameCol === undefined ? null : keyText(i, cells[nameCol] ?? null, 'customerName');
    const k = id ?? name;
    if (k === null || k === undefined) {
      if (id === undefined || name === undefined) return -1;
      // A report row (a submission date and no customer) belongs to no customer by nature.
      if (reportedAt && reportedAt.precision[i] !== Precision.None) return -1;
      problems.push({ record: i, field: missingKeyField, code: 'customer-missing' });
      return -1;
    }
    let c = index.get(k);
    if (c === undefined) {
      c = keys.length;
      keys.push(k);
      index.set(k, c);
    }
    return c;
  }

  settleOutcomes(size, outcome, channel, times.contactAt, problems);
  const unknownType = readCallbackTypes(size, rawText.callbackType, options.callbackTypes, problems);

  const row = new Int32Array(size);
  for (let i = 0; i < size; i++) row[i] = firstRow + sheetIndex[i];
  // A record with no recorded tier takes the tier its basis number gives (before tierNow is taken).
  const basis = options.tierBasis;
  const basisValues = basis ? numbers[basis.field] : undefined;
  if (basis && basisValues) for (let i = 0; i < size; i++) if (tier[i] === -1) tier[i] = tierFromBasis(basisValues[i], basis, options.tiers);

  const grouped = groupCustomers(keys, customerOf, size, times.contactAt?.minute, row, tier);

  // Put the records in customer order once, so that every rule reads its columns sequentially.
  const perm = new Int32Array(size);
  perm.set(grouped.records);
  let tail = grouped.records.length;
  for (let i = 0; i < size; i++) if (customerOf[i] < 0) perm[tail++] = i;
  const inverse = invert(perm);
  const dataRows = gatherI32(sheetIndex, perm);
  const rowSorted = gatherI32(row, perm);
  const customerOfSorted = gatherI32(customerOf, perm);
  for (const t of Object.values(times)) {
    t.minute = gatherF64(t.minute, perm);
    t.precision = gatherU8(t.precision, perm);
  }
  for (const f of Object.keys(numbers) as Field[]) numbers[f] = gatherF64(numbers[f]!, perm);
  const tierSorted = gatherI8(tier, perm);
  const channelSorted = gatherI8(channel, perm);
  const outcomeSorted = gatherI8(outcome, perm);
  const unknownTypeSorted = unknownType && gatherU8(unknownType, perm);
  for (const p of problems) p.record = inverse[p.record];
  const customers: Customers = { ...grouped, records: identityOf(grouped.records.length) };

  // Text is read on first use, column by column: most rules need few text columns.
  const text: Ledger['text'] = {};
  const lengths: Partial<Record<Field, Int32Array>> = {};
  for (const field of Object.keys(rawText) as Field[]) {
    const raw = rawText[field]!;
    let out: (string | null)[] | undefined;
    const read = () => {
      // Place in customer order, noting each text's length (-1 when blank) so that length checks
      // need not touch the text again.
      out = new Array(size);
      const len = new Int32Array(size);
      for (let j = 0; j < size; j++) {
        const v = cellText(raw[perm[j]]);
        out[j] = v;
        len[j] = v === null ? -1 : v.length;
      }
      Object.defineProperty(lengths, field, { value: len, enumerable: true });
      return out;
    };
    Object.defineProperty(text, field, { enumerable: true, get: () => out ?? read() });
    Object.defineProperty(lengths, field, { enumerable: true, configurable: true, get: () => (read(), lengths[field]) });
  }

  let shape: Ledger['shape'] = 'roster';
  const contactHeader = fields.contactAt !== undefined ? map.headers[fields.contactAt] : '';
  const latestOnly = /最近|最后|上次|末次|latest|last/i.test(contactHeader);
  if (!latestOnly && times.contactAt) {
    const m = times.contactAt.minute;
    for (let c = 0; c < customers.count && shape === 'roster'; c++) {
      let found = 0;
      for (let j = customers.start[c]; j < customers.start[c + 1]; j++) if (!Number.isNaN(m[customers.records[j]])) found++;
      if (found > 1) shape = 'log';
    }
  }

  return {
    sheet: table.sheet,
    headers: map.headers,
    columns: fields,
    headerRow: firstRow + map.headerIndex,
    firstColumn: table.firstColumn ?? 1,
    shape,
    latestOnly,
    size,
    row: rowSorted,
    sheetRows: row,
    customerOf: customerOfSorted,
    times,
    tier: tierSorted,
    channel: channelSorted,
    outcome: outcomeSorted,
    unknownType: unknownTypeSorted,
    text,
    textLength: lengths,
    textAt: (field, record) => {
      const raw = rawText[field];
      if (raw) return cellText(raw[perm[record]]);
      const col = fields[field];
      return col === undefined ? null : cellText(rows[dataRows[record]][col]);
    },
    numbers,
    tierBasis: basisValues ? basis!.field : undefined,
    customers,
    problems,
  };
}

/** A cell problem, with what was expected and the nearest known word when there are. */
function problem(record: number, field: Field, code: string, expected: string | undefined, suggestion: string | undefined): CellProblem {
  const p: CellProblem = { record, field, code };
  if (expected !== undefined) p.expected = expected;
  if (suggestion !== undefined) p.suggestion = suggestion;
  return p;
}

/** The tier words a profile knows (its codes and synonyms), for suggestions. */
function tierVocabulary(options: LedgerOptions): Map<string, string> {
  const out = new Map<string, string>(options.tiers.map((t) => [t, t]));
  for (const [word, code] of Object.entries(options.tierSynonyms ?? {})) out.set(normalizeLabel(word), code);
  return out;
}

/**
 * Outcome words that decide more than reached or not: a visit that took place (已拜访) is reached,
 * and a visit where the channel cell is blank; a planned callback (待回访) is no contact at all, so
 * its time is cleared and an unreadable one is no error (a plan's date is not a contact's).
 */
function settleOutcomes(size: number, outcome: Int8Array, channel: Int8Array, contactAt: TimeColumn | undefined, problems: CellProblem[]): void {
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

/**
 * The callback-type column as a controlled column, where the profile lists the types its
 * regulation names: a cell is known when it contains a type or the type's own word (新签约 for
 * 新签约回访, 重要业务 for 重要业务确认); any other word is reported (with the nearest type when
 * one is close) and flagged, so that rules asking for a type say they cannot tell for that row.
 */
function readCallbackTypes(size: number, raw: unknown[] | undefined, types: readonly string[] | undefined, problems: CellProblem[]): Uint8Array | undefined {
  if (!raw || !types?.length) return undefined;
  const stems = types.map((t) => normalizeLabel(t)).map((t) => (t.length > 3 && /(回访|确认)$/.test(t) ? t.slice(0, -2) : t));
  const vocabulary = new Map(types.map((t) => [t, t]));
  const expected = types.join('、');
  const unknown = new Uint8Array(size);
  const decided = new Map<string, string | null>();
  for (let i = 0; i < size; i++) {
    const t = cellText(raw[i]);
    if (t === null) continue;
    let verdict = decided.get(t);
    if (verdict === undefined) {
      const k = normalizeLabel(t);
      // null: known; a string: unknown, with its suggestion ('' for none).
      verdict = stems.some((s) => k.includes(s)) ? null : decided.size < MAX_SUGGESTED ? (nearestWord(t, vocabulary) ?? '') : '';
      decided.set(t, verdict);
    }
    if (verdict === null) continue;
    unknown[i] = 1;
    problems.push(problem(i, 'callbackType', 'not-a-callback-type', expected, verdict || undefined));
  }
  return unknown;
}

// Small top-level loops: V8 optimises these quickly, unlike loops inside one very large function.
function gatherF64(a: Float64Array, perm: Int32Array): Float64Array {
  const out = new Float64Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
function gatherI32(a: Int32Array, perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
function gatherI8(a: Int8Array, perm: Int32Array): Int8Array {
  const out = new Int8Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
function gatherU8(a: Uint8Array, perm: Int32Array): Uint8Array {
  const out = new Uint8Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
function invert(perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[perm[j]] = j;
  return out;
}
function identityOf(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = j;
  return out;
}

/** A cell inside a merged range and the range's top-left cell, whose value it shows. */
interface MergedCell {
  col: number;
  fromRow: number;
  fromCol: number;
}

/**
 * The rows under the header that lie inside a merged range over a mapped column, with their merged
 * cells. Ranges that reach into the header are left alone: a header merged across names its
 * columns once. Undefined when there is nothing to fill.
 */
function mergedDataCells(table: Table, headerIndex: number, columns: readonly number[]): Map<number, MergedCell[]> | undefined {
  if (!table.merges?.length) return undefined;
  const firstRow = table.firstRow ?? 1;
  const firstColumn = table.firstColumn ?? 1;
  const byRow = new Map<number, MergedCell[]>();
  for (const m of table.merges) {
    const fromRow = m.top - firstRow;
    const fromCol = m.left - firstColumn;
    if (fromRow <= headerIndex || fromCol < 0) continue;
    for (let r = fromRow; r <= m.bottom - firstRow && r < table.rows.length; r++) {
      // Only the mapped columns: a range as wide as the sheet costs no more than the table's rows.
      for (const c of columns) {
        if (c < fromCol || c > m.right - firstColumn || (r === fromRow && c === fromCol)) continue;
        let cells = byRow.get(r);
        if (!cells) byRow.set(r, (cells = []));
        cells.push({ col: c, fromRow, fromCol });
      }
    }
  }
  return byRow.size ? byRow : undefined;
}

/** A copy of a row (and its formats) whose blank merged cells hold their range's top-left value; the table is never changed. */
function withMergedValues(
  table: Table,
  cells: readonly unknown[],
  formats: readonly (string | null | undefined)[] | undefined,
  merged: readonly MergedCell[],
): [unknown[], (string | null | undefined)[] | undefined] {
  const row = cells.slice();
  const fmt = formats?.slice();
  for (const { col, fromRow, fromCol } of merged) {
    if (cellText(row[col] ?? null) !== null) continue;
    row[col] = table.rows[fromRow]?.[fromCol] ?? null;
    if (fmt) fmt[col] = table.formats?.[fromRow]?.[fromCol];
  }
  return [row, fmt];
}

/** True when a row has no value at all (blank rows between blocks are skipped, not reported). */
function isBlankRow(cells: readonly unknown[] | undefined): boolean {
  if (!cells) return true;
  const first = cells[0];
  // Fast path: a first cell that is a number or starts with a visible character (not NBSP or U+3000,
  // which trim() removes: a row of those is blank).
  if (typeof first === 'number' || (typeof first === 'string' && first.length > 0 && isPlainEnd(first.charCodeAt(0)))) return false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

function groupCustomers(keys: string[], customerOf: Int32Array, size: number, contact: Float64Array | undefined, row: Int32Array, tier: Int8Array): Customers {
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
