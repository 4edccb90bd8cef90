/**
 * Which column tells customers apart, and a check that it does: a column of ratings or categories
 * taken for the customer makes 20 companies 3 "customers", and every rule then compares different
 * companies' dates. The column map avoids the known cases (fields.ts isRatingHeader); this check
 * catches the rest by counting, and says so instead of guessing.
 */
import { columnLetter, type Table } from '../table';
import { cellText } from './cells';
import type { ColumnMap } from './columns';
import { isCompanyNameHeader, isRatingHeader, normalizeHeader, type Field } from './fields';
import type { Ledger } from './ledger';

/** The field whose column keys the customers: the customer number when mapped, else the name. */
export function customerKeyField(fields: ColumnMap['fields']): 'customerId' | 'customerName' | undefined {
  return fields.customerId !== undefined ? 'customerId' : fields.customerName !== undefined ? 'customerName' : undefined;
}

/** Another column that would tell more customers apart than the chosen key does. */
export interface KeyDoubt {
  field: 'customerId' | 'customerName';
  /** Header and letter of the column taken as the customer. */
  column: string;
  letter: string;
  customers: number;
  rows: number;
  /** Header and letter of the name-like column with (nearly) one value per row. */
  other: string;
  otherLetter: string;
  otherCount: number;
}

/** Fields a name-like column may already be read as and still be the customer (a company's 单位名称 read as an employer). */
const NAME_FIELDS: ReadonlySet<Field> = new Set(['customerId', 'customerName', 'employer', 'contactPerson']);
const NAME_LIKE = /名称|姓名|名字|户名|店名|单位|公司|企业|编号|代码|账号|id$|name/;

/** Tables this small say too little about how many customers they hold. */
const MIN_ROWS = 6;

/**
 * A doubt about the customer column, or undefined: the chosen key gives at most half as many
 * customers as there are rows (as in a roster keyed by its ★ ratings), while another name-like
 * column (企(事)业单位名称, 联系人 ...) holds a different value on at least three rows of four.
 * A log ledger keyed right has other name columns repeating with the key, and no doubt. A column
 * the user chose, or a customer-number column found by its header, is not second-guessed.
 * @example customerKeyDoubt(table, map, ledger)?.other // '企(事)业单位名称'
 */
export function customerKeyDoubt(table: Table, map: ColumnMap, ledger: Ledger): KeyDoubt | undefined {
  const field = customerKeyField(map.fields);
  // A column the user chose, or one headed as the customer's number (客户编号: a log repeats it on
  // every contact, and the contact persons beside it may change from call to call), is kept.
  if (!field || map.via[field] === 'override' || (field === 'customerId' && map.via[field] === 'header')) return undefined;
  const keyCol = map.fields[field]!;
  let rows = 0;
  for (let i = 0; i < ledger.size; i++) if (ledger.customerOf[i] >= 0) rows++;
  const customers = ledger.customers.count;
  if (rows < MIN_ROWS || customers * 2 > rows) return undefined;
  const taken = new Map<number, Field>();
  for (const [f, c] of Object.entries(map.fields) as [Field, number][]) taken.set(c, f);
  const firstRow = table.firstRow ?? 1;
  let best: { col: number; count: number; person: boolean } | undefined;
  map.headers.forEach((h, col) => {
    if (col === keyCol || h === '') return;
    const k = normalizeHeader(h);
    const f = taken.get(col);
    if ((f !== undefined && !NAME_FIELDS.has(f)) || isRatingHeader(k) || !(NAME_LIKE.test(k) || isCompanyNameHeader(k) || f !== undefined)) return;
    const need = Math.max(customers * 2, Math.ceil((rows * 3) / 4));
    const count = distinctUpTo(table, ledger, col, firstRow, need);
    if (count < need) return;
    // A company's name before a person at it: the person (联系人) is the weaker candidate.
    const person = f === 'contactPerson';
    if (!best || (best.person && !person) || (best.person === person && count > best.count)) best = { col, count, person };
  });
  if (!best) return undefined;
  const first = ledger.firstColumn;
  return {
    field,
    column: map.headers[keyCol],
    letter: columnLetter(first + keyCol),
    customers,
    rows,
    other: map.headers[best.col],
    otherLetter: columnLetter(first + best.col),
    otherCount: best.count,
  };
}

/**
 * Distinct non-blank values of a column over the ledger's records, or fewer than `need` as soon as
 * `need` can no longer be reached (a log with a few customers stops after about a quarter of its rows).
 */
function distinctUpTo(table: Table, ledger: Ledger, col: number, firstRow: number, need: number): number {
  const seen = new Set<string>();
  const n = ledger.size;
  for (let i = 0; i < n; i++) {
    if (seen.size + (n - i) < need) break;
    const v = cellText(table.rows[ledger.sheetRows[i] - firstRow]?.[col] ?? null);
    if (v !== null) seen.add(v);
  }
  return seen.size;
}
