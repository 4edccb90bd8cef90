/**
 * The ledger as typed columns (records) grouped into customer timelines. Built once per check;
 * rules read typed arrays, never cells, so the hot path is integer arithmetic. Each step of the
 * build lives in its own file; buildLedger says their order.
 */
import { columnLetter, type Table } from '../table';
import { readCallbackTypes } from './callback-types';
import type { CellProblem } from './cell-problems';
import { columnReaders, type TimeColumn } from './column-readers';
import type { ColumnMap } from './columns';
import { customerOrder, gatherI32, gatherI8, gatherU8, identityOf, reorderColumns } from './customer-order';
import { CustomerKeys, groupCustomers, type Customers } from './customers';
import { FIELDS, type Field } from './fields';
import { lazyText, textAtReader } from './lazy-text';
import { settleOutcomes } from './outcomes';
import { readRows } from './read-rows';
import { ledgerShape } from './roster';
import { fillTiersFromBasis, type TierBasis } from './tier-basis';

// The pieces of a Ledger, importable from here as before the build was split.
export type { CellProblem } from './cell-problems';
export type { TimeColumn } from './column-readers';
export type { Customers } from './customers';
export { OUTCOME } from './outcomes';

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
  const fields = map.fields;
  const firstRow = table.firstRow ?? 1;
  const problems: CellProblem[] = [];
  // Capacity: every row under the header; blank rows leave the tail unused.
  const capacity = Math.max(0, table.rows.length - map.headerIndex - 1);
  const columns = columnReaders(fields, options, capacity, table.date1904 ?? false, problems);
  const { times, numbers } = columns;
  const keys = new CustomerKeys(fields, capacity, times.reportedAt, problems);
  const { size, sheetIndex } = readRows(table, map, columns, keys, problems);
  settleOutcomes(size, columns.outcome, columns.channel, times.contactAt, problems);
  const unknownType = readCallbackTypes(size, columns.rawText.callbackType, options.callbackTypes, problems);

  const row = new Int32Array(size);
  for (let i = 0; i < size; i++) row[i] = firstRow + sheetIndex[i];
  // A record with no recorded tier takes the tier its basis number gives (before tierNow is taken).
  const tierBasis = fillTiersFromBasis(columns.tier, numbers, size, options.tierBasis, options.tiers);
  const grouped = groupCustomers(keys.keys, keys.customerOf, size, times.contactAt?.minute, row, columns.tier);

  // Put the records in customer order once, so that every rule reads its columns sequentially.
  const perm = customerOrder(grouped.records, keys.customerOf, size);
  reorderColumns(perm, times, numbers, problems);
  const customers: Customers = { ...grouped, records: identityOf(grouped.records.length) };
  const { shape, latestOnly } = ledgerShape(fields.contactAt !== undefined ? map.headers[fields.contactAt] : '', times.contactAt, customers);
  const { text, textLength } = lazyText(columns.rawText, perm);

  return {
    sheet: table.sheet,
    headers: map.headers,
    columns: fields,
    headerRow: firstRow + map.headerIndex,
    firstColumn: table.firstColumn ?? 1,
    shape,
    latestOnly,
    size,
    row: gatherI32(row, perm),
    sheetRows: row,
    customerOf: gatherI32(keys.customerOf, perm),
    times,
    tier: gatherI8(columns.tier, perm),
    channel: gatherI8(columns.channel, perm),
    outcome: gatherI8(columns.outcome, perm),
    unknownType: unknownType && gatherU8(unknownType, perm),
    text,
    textLength,
    textAt: textAtReader(table.rows, fields, columns.rawText, perm, gatherI32(sheetIndex, perm)),
    numbers,
    tierBasis,
    customers,
    problems,
  };
}
