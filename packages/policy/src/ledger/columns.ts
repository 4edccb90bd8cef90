/**
 * Column mapping: find the header row and map its headers to canonical fields.
 * The library proposes; the user (or a profile) can override any field by header text or letter.
 */
import { columnLetter, columnNumber, type Table } from '../table';
import { cellText, parseTimeText, Precision, readNumber } from './cells';
import { FIELDS, FIELD_NAMES, isCompanyNameHeader, isRatingHeader, normalizeHeader, type Field } from './fields';

export interface ColumnMap {
  /** Index into `table.rows` of the header row. */
  headerIndex: number;
  /** Header text of each column, as written ('' for a blank header). */
  headers: string[];
  /** Column index (into row arrays) of each mapped field. */
  fields: Partial<Record<Field, number>>;
  /** How each field was found. */
  via: Partial<Record<Field, 'header' | 'fuzzy' | 'override'>>;
}

export interface ColumnMapOptions {
  /** Extra header synonyms per field, checked before the defaults (a profile's own form headers). */
  synonyms?: Partial<Record<Field, readonly string[]>>;
  /** Field -> header text or column letter chosen by the user (`--column contactAt=跟进日期`). */
  overrides?: Partial<Record<Field, string>>;
  /** How many top rows may hold a title block above the header. */
  scanRows?: number;
}

export class ColumnMapError extends Error {
  constructor(
    readonly code: 'no-header' | 'unknown-field' | 'override-not-found' | 'duplicate-header',
    readonly detail: { field?: string; header?: string; headers?: string[]; letters?: string[] },
  ) {
    super(code);
  }
}

function synonymIndex(options: ColumnMapOptions): Map<string, Field> {
  const index = new Map<string, Field>();
  for (const field of FIELD_NAMES) {
    for (const h of options.synonyms?.[field] ?? []) {
      const k = normalizeHeader(h);
      if (!index.has(k)) index.set(k, field);
    }
  }
  for (const field of FIELD_NAMES) {
    for (const h of FIELDS[field].headers) {
      const k = normalizeHeader(h);
      if (!index.has(k)) index.set(k, field);
    }
  }
  return index;
}

/**
 * Propose the header row and the field of each column.
 * @example proposeColumnMap({ sheet: 'S', rows: [['客户编号', '回访时间'], ['C1', '2025-03-05 10:00']] }).fields
 * // { customerId: 0, contactAt: 1 }
 */
export function proposeColumnMap(table: Table, options: ColumnMapOptions = {}): ColumnMap {
  // Own properties only: `in` would take hasOwnProperty, valueOf or constructor for fields.
  for (const f of Object.keys(options.overrides ?? {})) {
    if (!Object.hasOwn(FIELDS, f)) throw new ColumnMapError('unknown-field', { field: f });
  }
  const index = synonymIndex(options);
  const scan = Math.min(table.rows.length, options.scanRows ?? 30);
  const overrideHeaders = new Set(Object.values(options.overrides ?? {}).map((h) => normalizeHeader(h ?? '')));
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < scan; r++) {
    const seen = new Set<Field>();
    let score = 0;
    for (const cell of table.rows[r] ?? []) {
      if (typeof cell !== 'string') continue;
      const k = normalizeHeader(cell);
      // A company's name (企(事)业单位名称) is a customer column too when scoring header rows.
      const f = index.get(k) ?? (isCompanyNameHeader(k) ? 'customerName' : undefined);
      if (f && !seen.has(f)) {
        seen.add(f);
        score += 1;
      } else if (overrideHeaders.has(k)) score += 1;
    }
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  if (best < 0 || bestScore < 2) {
    // Columns chosen by letter name no header text: then the first row of plain names (names the
    // library does not know, English ones say) is the header row, when the sheet has one.
    const byLetter = Object.values(options.overrides ?? {}).some((w) => w !== undefined && COLUMN_LETTER.test(w.trim()));
    const named = byLetter ? firstRowOfNames(table.rows, scan) : -1;
    if (named < 0) throw new ColumnMapError('no-header', { headers: (table.rows[0] ?? []).map((c) => cellText(c) ?? '') });
    return mapHeaderRow(table, named, index, options);
  }
  const known = (cell: unknown) => typeof cell === 'string' && (index.has(normalizeHeader(cell)) || overrideHeaders.has(normalizeHeader(cell)));
  const split = splitHeader(table.rows, best, known);
  return mapHeaderRow(table, split?.index ?? best, index, options, split?.cells);
}

const COLUMN_LETTER = /^[A-Za-z]{1,3}$/;

/**
 * The header row when no column name is known: the first row of two or more cells (a title above
 * it has one), when its cells are all text and none a date or a number (a data row has its dates
 * and numbers, in a CSV as text too); else -1.
 */
function firstRowOfNames(rows: readonly (readonly unknown[])[], scan: number): number {
  for (let r = 0; r < scan; r++) {
    let cells = 0;
    let names = 0;
    for (const cell of rows[r] ?? []) {
      const t = cellText(cell);
      if (t === null) continue;
      cells++;
      if (typeof cell === 'string' && readNumber(t) === undefined && parseTimeText(t).precision === Precision.Invalid) names++;
    }
    if (cells >= 2) return names === cells ? r : -1;
  }
  return -1;
}

/**
 * A header split over two rows, as clerks merge it: 客户编号 merged down over rows 4-5 beside
 * 回访情况 merged across, with 回访时间, 回访方式 under it in row 5 (a merged cell keeps its text
 * in its top cell only). The row next to the best header row joins it when the two name
 * different columns and the other row adds at least one known column name; a row below must hold
 * nothing but column names (a data row never joins). Returns the joined cells and the index of
 * the lower row, where the data starts below.
 */
function splitHeader(rows: readonly (readonly unknown[])[], best: number, known: (cell: unknown) => boolean): { index: number; cells: unknown[] } | undefined {
  const join = (upper: readonly unknown[] | undefined, lower: readonly unknown[] | undefined, headerRow: readonly unknown[]) => {
    if (!upper || !lower) return undefined;
    const cells: unknown[] = [];
    let added = 0;
    for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
      const u = known(upper[c]);
      const l = known(lower[c]);
      if (u && l) return undefined;
      if ((u || l) && !known(headerRow[c])) added++;
      cells.push(l ? lower[c] : u ? upper[c] : headerRow[c]);
    }
    return added > 0 ? cells : undefined;
  };
  const below = rows[best + 1];
  if (below && below.every((cell) => cellText(cell) === null || known(cell))) {
    const cells = join(rows[best], below, rows[best]);
    if (cells) return { index: best + 1, cells };
  }
  const cells = best > 0 ? join(rows[best - 1], rows[best], rows[best]) : undefined;
  return cells ? { index: best, cells } : undefined;
}

function mapHeaderRow(table: Table, headerIndex: number, index: Map<string, Field>, options: ColumnMapOptions, headerCells?: readonly unknown[]): ColumnMap {
  const headers = (headerCells ?? table.rows[headerIndex] ?? []).map((c) => cellText(c) ?? '');
  const fields: Partial<Record<Field, number>> = {};
  const via: ColumnMap['via'] = {};
  const taken = new Set<number>();

  // 1. The user's choices first.
  for (const [field, wanted] of Object.entries(options.overrides ?? {}) as [Field, string][]) {
    const col = findColumn(headers, wanted, table.firstColumn ?? 1);
    if (col < 0) throw new ColumnMapError('override-not-found', { field, header: wanted, headers });
    fields[field] = col;
    via[field] = 'override';
    taken.add(col);
  }
  // 2. Exact synonyms, left to right. The same header written twice (two 回访时间 columns) is
  // ambiguous: which one holds the contacts cannot be guessed, so it is refused unless the user
  // chose the column of that field.
  const mappedHeader = new Map<string, number>();
  headers.forEach((h, col) => {
    if (taken.has(col) || h === '') return;
    const k = normalizeHeader(h);
    const field = index.get(k);
    if (!field || (CUSTOMER_KEYS.has(field) && isRatingHeader(k))) return;
    const twin = mappedHeader.get(k);
    if (twin !== undefined && via[field] !== 'override') {
      const first = table.firstColumn ?? 1;
      throw new ColumnMapError('duplicate-header', { field, header: h, headers, letters: [columnLetter(first + twin), columnLetter(first + col)] });
    }
    mappedHeader.set(k, col);
    if (fields[field] === undefined) {
      fields[field] = col;
      via[field] = 'header';
      taken.add(col);
      return;
    }
    // 回访日期 + 回访时间 side by side: the date column is the contact time, the other its clock.
    if (field === 'contactAt' && fields.contactClock === undefined && via.contactAt === 'header') {
      const first = headers[fields.contactAt!];
      if (/日期/.test(first) && /时间|时刻/.test(h)) {
        fields.contactClock = col;
        via.contactClock = 'header';
        taken.add(col);
      } else if (/时间|时刻/.test(first) && /日期/.test(h)) {
        fields.contactClock = fields.contactAt;
        fields.contactAt = col;
        via.contactClock = 'header';
        taken.add(col);
      }
    }
  });
  // 3. A roster of companies names its customers by the company (企(事)业单位名称, 单位名称,
  // 公司名称): with no customer-name column, that column is the name, before any fuzzy match could
  // take a rating column for it. Beside a name column it stays the employer (a guest's 工作单位).
  if (fields.customerName === undefined) {
    // Free, or read as the employer by its header (单位名称), not by the user's choice.
    const free = (c: number) => !taken.has(c) || (fields.employer === c && via.employer !== 'override');
    const col = headers.findIndex((h, c) => h !== '' && free(c) && isCompanyNameHeader(normalizeHeader(h)));
    if (col >= 0) {
      if (fields.employer === col) {
        delete fields.employer;
        delete via.employer;
      }
      fields.customerName = col;
      via.customerName = 'header';
      taken.add(col);
    }
  }
  // 4. Headers that contain a synonym (`电话号码dian'huahao'ma`, `客户等级H/A/B/C`). A rating or
  // category header (客户级别, 客户类别 once the tier is taken) never becomes the customer because
  // it contains 客户: 20 companies rated ★ to ★★★ would be 3 customers.
  const entries = [...index.entries()].filter(([k]) => (/[^\x00-\x7f]/.test(k) ? k.length >= 2 : k.length >= 4));
  entries.sort((a, b) => b[0].length - a[0].length);
  headers.forEach((h, col) => {
    if (taken.has(col) || h === '') return;
    const k = normalizeHeader(h);
    const rating = isRatingHeader(k);
    for (const [syn, field] of entries) {
      if (rating && CUSTOMER_KEYS.has(field)) continue;
      if (fields[field] === undefined && k.includes(syn)) {
        fields[field] = col;
        via[field] = 'fuzzy';
        taken.add(col);
        return;
      }
    }
  });
  return { headerIndex, headers, fields, via };
}

/** The fields that identify the customer. */
const CUSTOMER_KEYS: ReadonlySet<Field> = new Set(['customerId', 'customerName']);

/** Column index for a header text or a column letter (`E`), or -1. */
export function findColumn(headers: readonly string[], wanted: string, firstColumn = 1): number {
  const k = normalizeHeader(wanted);
  const exact = headers.findIndex((h) => normalizeHeader(h) === k);
  if (exact >= 0) return exact;
  if (COLUMN_LETTER.test(wanted.trim())) {
    const col = columnNumber(wanted.trim()) - firstColumn;
    return col >= 0 && col < headers.length ? col : -1;
  }
  return -1;
}
