/**
 * evaluate(table, profile, { asOf }) -> Report. One pass to read the ledger into typed columns,
 * a handful of json-rules-engine runs for the `when` conditions (one per distinct combination of
 * customer facts, never per row), then each rule kind over day numbers.
 */
import type { WorkCalendar } from '../calendar';
import { LedgerlintError, USAGE_ERRORS } from '../errors';
import { Precision } from '../ledger/cells';
import { ColumnMapError, proposeColumnMap, type ColumnMap } from '../ledger/columns';
import { FIELD_NAMES, FIELDS, type Field } from '../ledger/fields';
import { customerKeyDoubt, type KeyDoubt } from '../ledger/customer-key';
import { buildLedger, columnOf, type Ledger } from '../ledger/ledger';
import { kindOf } from '../kinds';
import { fieldLabel } from '../kinds/shared';
import { factsOf, type Status } from '../rule/common';
import { isLoaded } from '../profile/loaded';
import { PROFILE_IDS, type BuiltinProfileId } from '../profiles/ids';
import { getProfile } from '../profiles';
import type { Profile, Rule } from '../profile/schema';
import { calendarForProfile } from './calendar-for-profile';
import { applicability } from './applicability';
import { qualifyingContacts } from './contacts';
import { contactCriteria } from '../profile/definitions';
import { summarize, type Summary } from './summary';
import { CELL_TEXT_LIMIT, columnLetter, type Table } from '../table';
import { formatAsOf, parseAsOf } from '../time/as-of';
import { dayFromYmd, isoDate, MINUTES_PER_DAY } from '../time/day';
import { ENGINE_ERRORS } from './errors';
import { FindingLog } from './finding-log';
import type { EmitInput, RuleContext } from '../rule/kind';
import { breachSeverity, findingSeverity, isBreach } from '../rule/rule';
import { recordMask, type RecordFilter } from '../rule/record-filter';
import type { Finding, FineAmount } from '../rule/finding';

export interface EvaluateOptions {
  /** `YYYY-MM-DD` (end of that day) or `YYYY-MM-DDTHH:mm` in Asia/Shanghai, or a Date. Default: now. */
  asOf?: string | Date;
  /** Field -> header text or column letter, overriding the proposed column map. */
  columns?: Partial<Record<Field, string>>;
  /** A column map already confirmed by the user (the add-in remembers one per sheet). */
  columnMap?: ColumnMap;
  /** A calendar to use instead of the built-in one plus the profile's own years. */
  calendar?: WorkCalendar;
}

export interface CustomerStatus {
  key: string;
  /** Spreadsheet row of the customer's latest record. */
  row: number;
  /** ISO date by which the next contact or action is due, when one is scheduled. */
  nextDue: string | null;
  /** The customer's name (客户名称/客户姓名), the latest filled one; null without that column. */
  name: string | null;
  /** The customer's phone (联系电话/手机), the latest filled one; null without that column. */
  phone: string | null;
  /**
   * The person the ledger names for the customer: 回访人/销售顾问/业务员 on the latest row that
   * names one, else 理财经理/客户经理 (accountManager) likewise; null when no row names anyone.
   */
  performer: string | null;
}

export interface Report {
  profile: string;
  profileVersion: number;
  asOf: string;
  sheet: string;
  findings: Finding[];
  summary: Summary;
  customers: CustomerStatus[];
  columnMap: ColumnMap;
  /** Spreadsheet row of every record (data row) that was checked, top to bottom (a plain list: JSON keeps it one). */
  recordRows: number[];
  /** The profile's lead time: days before a due date at which an open item is due soon. */
  dueSoonDays?: number;
}

/** Day number of the date part of an ISO date or date-time. */
/** A run of missed periods as a finding states it: ISO due dates. */
function runOf(m: NonNullable<EmitInput['missed']>): Finding['missed'] {
  const dues = m.dues.map(isoDate);
  return { periods: dues.length, since: dues[0], dues, ongoing: m.ongoing };
}

/** The fine of `periods` missed periods: each one costs the rule's fine. */
function timesFine(fine: FineAmount, periods: number): FineAmount {
  if ('min' in fine) return { min: fine.min * periods, max: fine.max * periods, currency: 'CNY' };
  return fine.amount === null ? fine : { amount: fine.amount * periods, currency: 'CNY' };
}

function dayFromIso(iso: string): number {
  return dayFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

function fineOf(rule: Rule): FineAmount | undefined {
  const f = rule.fine;
  if (!f) return undefined;
  if (f.min !== undefined && f.max !== undefined) return { min: f.min, max: f.max, currency: 'CNY' };
  if (typeof f.amount === 'number') return { amount: f.amount, currency: 'CNY' };
  return { amount: null, currency: 'CNY', status: 'not-configured' };
}

/** A rule's fine, one frozen object per rule: every breach of the rule shares it. */
const FINES = new WeakMap<Rule, FineAmount | undefined>();
function cachedFine(rule: Rule): FineAmount | undefined {
  if (!FINES.has(rule)) {
    const fine = fineOf(rule);
    FINES.set(rule, fine && Object.freeze(fine));
  }
  return FINES.get(rule);
}

/** At most 40 characters of a cell for a message, as unreadable cells are quoted: a header can be 32,767 (or, in a hostile file, 400,000). */
function cut40(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The non-blank headers of a row for a message, each cut to 40 characters. */
function listed(headers: readonly string[]): string {
  return headers.filter((h) => h !== '').map(cut40).join(', ');
}

/** Map the table's columns, refusing with exit-2 errors when the profile cannot run at all. */
export function mapColumns(table: Table, profile: Profile, options: Pick<EvaluateOptions, 'columns' | 'columnMap'> = {}): ColumnMap {
  let map: ColumnMap;
  try {
    map = options.columnMap ?? proposeColumnMap(table, { synonyms: profile.headers, overrides: options.columns });
  } catch (e) {
    if (!(e instanceof ColumnMapError)) throw e;
    const headers = listed(e.detail.headers ?? []) || '(空 / empty)';
    if (e.code === 'no-header') throw new LedgerlintError(ENGINE_ERRORS, 'no-header', { sheet: table.sheet, scanned: Math.min(30, table.rows.length), headers });
    if (e.code === 'duplicate-header') {
      const field = e.detail.field as Field;
      const [first, second] = e.detail.letters ?? [];
      throw new LedgerlintError(ENGINE_ERRORS, 'duplicate-header', { sheet: table.sheet, header: e.detail.header, first, second, field, fieldZh: FIELDS[field].zh, fieldEn: FIELDS[field].en });
    }
    if (e.code === 'unknown-field') throw new LedgerlintError(ENGINE_ERRORS, 'unknown-field', { field: e.detail.field, fields: FIELD_NAMES.join(', ') });
    throw new LedgerlintError(ENGINE_ERRORS, 'override-not-found', { field: e.detail.field, header: e.detail.header, headers });
  }
  const missing = (field: Field, key: string, synonyms: string) =>
    new LedgerlintError(ENGINE_ERRORS, 'missing-column', {
      sheet: table.sheet,
      field: FIELDS[field].zh,
      fieldEn: FIELDS[field].en,
      key,
      synonyms,
      profile: profile.id,
      headers: listed(map.headers),
    });
  if (map.fields.customerId === undefined && map.fields.customerName === undefined) {
    throw missing('customerId', 'customerId', [...FIELDS.customerId.headers.slice(0, 3), ...FIELDS.customerName.headers.slice(0, 3)].join('/'));
  }
  for (const f of profile.essentialColumns) {
    if (map.fields[f] === undefined) throw missing(f, f, [...(profile.headers?.[f] ?? []), ...FIELDS[f].headers].slice(0, 6).join('/'));
  }
  return map;
}

/** Whether a rule reads customers' tiers: its kind needs the tier column, its `when` or its fields name the tier. */
const READS_TIER = new WeakMap<Rule, boolean>();
function readsTier(rule: Rule): boolean {
  let v = READS_TIER.get(rule);
  if (v === undefined) {
    const params = rule.params as { fields?: { field: string }[]; field?: string };
    v = kindOf(rule).needsOf(rule).includes('tier') || (rule.when !== undefined && factsOf(rule.when).includes('tier')) || params.field === 'tier' || (params.fields?.some((f) => f.field === 'tier') ?? false);
    READS_TIER.set(rule, v);
  }
  return v;
}

/**
 * Text cells longer than Excel's 32,767 characters, by spreadsheet row and column index. Excel
 * cannot hold them (it truncates or refuses the file), so a workbook written with one is broken.
 */
function* overLongCells(table: Table): Generator<{ row: number; col: number; text: string }> {
  const first = table.firstRow ?? 1;
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r];
    for (let k = 0; k < cells.length; k++) {
      const v = cells[k];
      if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) yield { row: first + r, col: k, text: v };
    }
  }
}

/** The record on a spreadsheet row, or -1 (records are few to search only when a cell is too long). */
function recordAt(ledger: Ledger, row: number): number {
  return ledger.row.indexOf(row);
}

/** The code of the whole-ledger warning that the as-of comes before every date of the ledger. */
export const AS_OF_BEFORE_LEDGER = 'as-of-before-ledger';

/**
 * When the as-of day comes before every date of the ledger (`--as-of 1990-01-01` on a 2025
 * ledger, a typo or a clock set wrong), the data of one whole-ledger warning: as-of, the first date
 * and where it is, the last date to suggest. Nothing is due yet at such a moment, so a report
 * without a word would look like a clean ledger. Birthdays are left out: a customer born in 1965
 * says nothing about when the ledger starts.
 */
function asOfBeforeLedger(ledger: Ledger, asOfDay: number): Record<string, string | number> | undefined {
  let first = Infinity;
  let last = -Infinity;
  let at: { field: Field; record: number } | undefined;
  for (const field of Object.keys(ledger.times) as Field[]) {
    if (field === 'birthday') continue;
    const { minute, precision } = ledger.times[field]!;
    for (let i = 0; i < ledger.size; i++) {
      if (precision[i] !== Precision.Day && precision[i] !== Precision.Minute) continue;
      if (minute[i] < first) {
        first = minute[i];
        at = { field, record: i };
      }
      if (minute[i] > last) last = minute[i];
    }
  }
  const firstDay = Math.floor(first / MINUTES_PER_DAY);
  if (!at || asOfDay >= firstDay) return undefined;
  return { asOf: isoDate(asOfDay), first: isoDate(firstDay), firstRow: ledger.row[at.record], firstColumn: columnOf(ledger, at.field)!.header, last: isoDate(Math.floor(last / MINUTES_PER_DAY)) };
}

/**
 * The profile's tiers as a clerk writes them, for messages: the code where each label starts with
 * it (H类, A级客户: "H/A/B/C"), else the labels in words (目标客户、一般客户, never the internal T/G).
 */
export function tierNames(profile: Pick<Profile, 'tiers'>): { zh: string; en: string } {
  if (profile.tiers.every((t) => t.label.zh.startsWith(t.code))) {
    const codes = profile.tiers.map((t) => t.code).join('/');
    return { zh: codes, en: codes };
  }
  return { zh: profile.tiers.map((t) => t.label.zh).join('、'), en: profile.tiers.map((t) => `${t.label.zh} (${t.label.en})`).join(', ') };
}

/**
 * Check a ledger table against a profile: a built-in one by its id, or a profile `parseProfile`
 * (or `getProfile`) returned. A profile object that was never loaded (JSON, or a spread copy with
 * one setting changed) is refused: pass it through `parseProfile` first.
 * @example const report = await evaluate(table, '002-1', { asOf: '2025-03-10' })
 * @example const report = await evaluate(table, parseProfile(JSON.parse(text)), { asOf: '2025-03-10' })
 */
export async function evaluate(table: Table, profile: Profile | BuiltinProfileId, options: EvaluateOptions = {}): Promise<Report> {
  return evaluateProfile(table, loadedProfile(profile), options);
}

/**
 * `evaluate` for a loaded profile object only: it never refers to the built-in profiles, so a
 * browser bundle of it carries just the profiles the app imports itself
 * (`@ledgerlint/policy/profiles/002-1`) and the kinds they use.
 * @example import { profile } from '@ledgerlint/policy/profiles/002-1'; const report = await evaluateProfile(table, profile, { asOf: '2025-03-10' })
 */
export async function evaluateProfile(table: Table, profile: Profile, options: EvaluateOptions = {}): Promise<Report> {
  // Check the arguments and the as-of first: a typo should not cost a read of the whole ledger.
  assertTable(table);
  parseAsOf(options.asOf);
  return evaluatePrepared(prepareLedger(table, profile, options), options);
}

/**
 * The loaded profile for an argument of `evaluate`: a built-in one by id, a loaded one as it is.
 * Anything else is refused with what to pass.
 * @example loadedProfile('002-1').id // '002-1'
 */
export function loadedProfile(profile: unknown): Profile {
  if (isLoaded(profile)) return profile;
  if (typeof profile === 'string') return getProfile(profile);
  throw notAProfile(profile);
}

/** A short description of a wrong argument for an error message (its type and keys, never its data). */
function described(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === null ? 'null' : typeof value;
  if (Array.isArray(value)) return `array(${value.length})`;
  return `{ ${Object.keys(value).slice(0, 6).join(', ')} }`;
}

function notAProfile(profile: unknown): LedgerlintError {
  return new LedgerlintError(USAGE_ERRORS, 'profile-not-parsed', { got: described(profile), ids: PROFILE_IDS.join(', ') });
}

/** Refuse what is not a Table, naming what was passed: `readLedger()`'s whole result is the usual mistake. */
function assertTable(table: unknown): asserts table is Table {
  if (typeof table === 'object' && table !== null && Array.isArray((table as Table).rows)) return;
  if (typeof table === 'object' && table !== null && 'table' in table && 'tables' in table) throw new LedgerlintError(USAGE_ERRORS, 'read-result-passed', {});
  throw new LedgerlintError(USAGE_ERRORS, 'not-a-table', { got: described(table) });
}

/** A ledger read into typed columns for one profile: evaluate it as of any moment. */
export interface PreparedLedger {
  readonly table: Table;
  readonly profile: Profile;
  readonly columnMap: ColumnMap;
  readonly ledger: Ledger;
  readonly calendar: WorkCalendar;
  /** Per record, 1 when it is a qualifying contact (see the profile's `definitions.contact`), 2 when it might be. */
  readonly qualifies: Uint8Array;
  /** Another column that would tell the customers apart better than the one taken, if any. */
  readonly keyDoubt?: KeyDoubt;
}

/**
 * Read a table once: map columns, read cells into typed columns, group customers, mark the
 * qualifying contacts. The as-of independent half of `evaluate`.
 * @example const prepared = prepareLedger(table, getProfile('002-1')); await evaluatePrepared(prepared, { asOf: '2025-03-10' })
 */
export function prepareLedger(table: Table, profile: Profile, options: Omit<EvaluateOptions, 'asOf'> = {}): PreparedLedger {
  assertTable(table);
  if (!isLoaded(profile)) throw notAProfile(profile);
  const columnMap = mapColumns(table, profile, options);
  const ledger = buildLedger(table, columnMap, { tiers: profile.tiers.map((t) => t.code), tierSynonyms: profile.tierSynonyms, tierBasis: profile.tierBasis, callbackTypes: profile.callbackTypes });
  const calendar = options.calendar ?? calendarForProfile(profile);
  const qualifies = qualifyingContacts(ledger, contactCriteria(profile.definitions?.contact));
  return { table, profile, columnMap, ledger, calendar, qualifies, keyDoubt: customerKeyDoubt(table, columnMap, ledger) };
}

/**
 * Run every rule of the prepared ledger's profile as of a moment: the as-of dependent half of
 * `evaluate`, over day numbers and typed columns only.
 */
export async function evaluatePrepared(prepared: PreparedLedger, options: Pick<EvaluateOptions, 'asOf'> = {}): Promise<Report> {
  const { table, profile, columnMap: map, ledger, calendar, qualifies, keyDoubt } = prepared;
  const asOf = parseAsOf(options.asOf);
  const asOfDay = Math.floor(asOf / MINUTES_PER_DAY);
  // Tiers concern the customers `tiersFor` selects (all by default, none in a profile without tiers):
  // rules that read tiers apply to those only, and only their tier cells are read as tiers.
  const scopeRule = { when: profile.tiersFor };
  const applies = await applicability(profile, [...profile.rules, scopeRule], ledger, asOfDay);
  const conditions = applies.mask;
  const count = ledger.customers.count;
  const tierScope = profile.tiers.length === 0 ? new Uint8Array(count) : conditions(scopeRule);
  const wholeScope = tierScope.every((v) => v === 1);
  const scoped = new Map<Rule, Uint8Array>();
  const applicable = (rule: Rule): Uint8Array => {
    if (wholeScope || !readsTier(rule)) return conditions(rule);
    let mask = scoped.get(rule);
    if (!mask) {
      const own = conditions(rule);
      mask = new Uint8Array(count);
      for (let c = 0; c < count; c++) mask[c] = own[c] & tierScope[c];
      scoped.set(rule, mask);
    }
    return mask;
  };

  const findings = new FindingLog(profile.rules.map((r) => r.id));
  const columns = new Map<Field, ReturnType<typeof columnOf>>();
  const columnCache = (field: Field) => {
    if (!columns.has(field)) columns.set(field, columnOf(ledger, field));
    return columns.get(field);
  };
  const nextDue = new Float64Array(ledger.customers.count).fill(NaN);
  const payerOf = (rule: Rule, record: number): string => {
    const field = rule.fine?.payerField ?? 'performer';
    return (record >= 0 && ledger.columns[field] !== undefined ? ledger.textAt(field, record) : null) ?? rule.fine?.payer ?? '责任人';
  };
  const ladder = profile.escalation;
  const onLadder = ladder?.rules ? new Set(ladder.rules) : undefined;
  /** Roles the rule names, plus the ladder's highest rung an open overdue item has reached. */
  const escalationOf = (rule: Rule, status: Status, overdueDays: number | undefined): string[] | undefined => {
    const named = rule.escalateTo?.length ? rule.escalateTo : undefined;
    if (!ladder || status !== 'overdue' || overdueDays === undefined || (onLadder && !onLadder.has(rule.id))) return named;
    let rung: string | undefined;
    for (const r of ladder.ladder) if (overdueDays >= r.afterDays) rung = r.role;
    if (!rung) return named;
    return named ? (named.includes(rung) ? named : [...named, rung]) : [rung];
  };
  const reportedMissing = new Set<string>();
  /** The fine of a breach: the amount on its row when the rule takes it from a column (货值), else the rule's. */
  const fineAt = (rule: Rule, record: number): { fine: FineAmount | undefined; column?: string } => {
    const fields = rule.fine?.amountFields;
    if (fields && record >= 0) {
      for (const field of fields) {
        const v = ledger.numbers[field]?.[record];
        if (v !== undefined && !Number.isNaN(v)) return { fine: { amount: v, currency: 'CNY' }, column: columnOf(ledger, field)?.header };
      }
    }
    return { fine: cachedFine(rule) };
  };

  const filtered = new Map<Rule, Uint8Array | undefined>();
  const ctx: RuleContext = {
    ledger,
    profile,
    calendar,
    asOf,
    asOfDay,
    qualifies,
    applicable,
    records(rule) {
      // Once per rule, when its kind first asks (a rule not configured never reads its filter).
      if (!filtered.has(rule as Rule)) filtered.set(rule as Rule, recordMask(rule, ctx, rule.records as RecordFilter | undefined));
      return filtered.get(rule as Rule);
    },
    stageSpan: applies.span,
    emit(rule: Rule, input: EmitInput) {
      const col = input.field ? columnCache(input.field) : undefined;
      const breach = isBreach(input.status);
      const fine = breach ? fineAt(rule, input.record) : undefined;
      const missed = input.missed && input.missed.dues.length > 0 ? runOf(input.missed) : undefined;
      // Every finding has the same shape (absent fields undefined): monomorphic for V8.
      const f: Finding = {
        ruleId: rule.id,
        status: input.status,
        severity: input.severity ?? findingSeverity(input.status, rule),
        customer: input.customer === null ? null : ledger.customers.key[input.customer],
        row: input.record >= 0 ? ledger.row[input.record] : null,
        column: col?.header,
        columnLetter: col?.letter,
        dueAt: input.dueAt,
        overdueDays: input.overdueDays,
        fine: fine?.fine && missed ? timesFine(fine.fine, missed.periods) : fine?.fine,
        payer: breach && rule.fine ? payerOf(rule, input.record) : undefined,
        escalateTo: breach ? escalationOf(rule, input.status, input.overdueDays) : undefined,
        messageId: input.messageId,
        data: fine?.column ? { ...input.data, fineColumn: fine.column } : (input.data ?? {}),
        citation: rule.citation,
        explain: input.explain,
        quota: input.quota,
        missed,
      };
      findings.add(f);
      // An open item (overdue or due soon) is the customer's next due date until it is done.
      if ((input.status === 'overdue' || input.status === 'due-soon' || input.status === 'open') && input.dueAt && input.customer !== null) {
        ctx.noteDue(input.customer, dayFromIso(input.dueAt));
      }
    },
    noteDue(customer, day) {
      if (Number.isNaN(nextDue[customer]) || day < nextDue[customer]) nextDue[customer] = day;
    },
    requireColumns(rule, fields) {
      let ok = true;
      for (const field of fields) {
        // A tier derived from its basis number (年销量) stands in for a tier column.
        if (ledger.columns[field] !== undefined || (field === 'tier' && ledger.tierBasis !== undefined)) continue;
        ok = false;
        const key = `${rule.id}|${field}`;
        if (reportedMissing.has(key)) continue;
        reportedMissing.add(key);
        findings.add({
          ruleId: rule.id,
          status: 'indeterminate',
          severity: 'info',
          customer: null,
          row: null,
          column: fieldLabel(profile, field),
          messageId: 'missing-column',
          data: { field, columnEn: FIELDS[field].en },
          citation: rule.citation,
        });
      }
      return ok;
    },
  };

  for (const rule of profile.rules) {
    const kind = kindOf(rule);
    // A rule for some customers only (its `when`, or the tiers' customers) that concerns none of
    // this ledger's has nothing to say, not even about a column it would need (an end-user ledger
    // and the dealer grades, owners and the intent cadences).
    if ((rule.when || (!wholeScope && readsTier(rule))) && !applicable(rule).includes(1)) continue;
    if (!ctx.requireColumns(rule, kind.needsOf(rule))) continue;
    kind.run(rule, ctx);
  }

  const recordsRule = profile.rules.find((r) => r.id === profile.recordsRuleId)!;
  // A tier cell outside the profile's tiers breaks the classification clause, where the profile names one.
  const tierRule = profile.tierRuleId ? profile.rules.find((r) => r.id === profile.tierRuleId) : undefined;
  const { zh: tiers, en: tiersEn } = tierNames(profile);
  // Customers told apart by a column that gives far fewer of them than another would: every
  // per-customer verdict may mix several customers' rows, which the clerk must hear first.
  if (keyDoubt) {
    const { column, letter, ...data } = keyDoubt;
    findings.add({ ruleId: recordsRule.id, status: 'indeterminate', severity: 'warning', customer: null, row: null, column, columnLetter: letter, messageId: 'customer-key', data: { ...data, fieldZh: FIELDS[data.field].zh, fieldEn: FIELDS[data.field].en }, citation: recordsRule.citation });
  }
  // Cells the reader could not use: one `invalid` finding each, under the record-keeping clause.
  for (const p of ledger.problems) {
    const c = ledger.customerOf[p.record];
    // A tier cell outside the tiers' customers is its form's own column (002-4 has no tiers; 002-2's
    // end users are not graded as dealers): not an unreadable tier.
    if (p.field === 'tier' && (profile.tiers.length === 0 || (c >= 0 && tierScope[c] !== 1))) continue;
    const col = columnOf(ledger, p.field);
    const raw = table.rows[ledger.row[p.record] - (table.firstRow ?? 1)]?.[ledger.columns[p.field] ?? -1];
    const rule = tierRule && p.code === 'not-a-tier' ? tierRule : recordsRule;
    const breach = rule !== recordsRule;
    findings.add({
      ruleId: rule.id,
      status: breach ? 'violation' : 'invalid',
      severity: breach ? breachSeverity(rule) : 'error',
      customer: c >= 0 ? ledger.customers.key[c] : null,
      row: ledger.row[p.record],
      column: col?.header,
      columnLetter: col?.letter,
      fine: breach ? cachedFine(rule) : undefined,
      payer: breach && rule.fine ? payerOf(rule, p.record) : undefined,
      escalateTo: breach ? escalationOf(rule, 'violation', undefined) : undefined,
      messageId: 'invalid',
      data: { code: p.code, value: String(raw ?? '').slice(0, 40), tiers, tiersEn, sheet: ledger.sheet, ...(p.expected !== undefined && { known: p.expected }), ...(p.suggestion !== undefined && { suggestion: p.suggestion }) },
      citation: rule.citation,
    });
  }

  // Text longer than an Excel cell can hold (a hostile .xlsx, or a CSV from another system): an
  // invalid cell wherever it is, header included; annotate then refuses (planAnnotation).
  for (const long of overLongCells(table)) {
    const record = long.row > ledger.headerRow ? recordAt(ledger, long.row) : -1;
    const c = record >= 0 ? ledger.customerOf[record] : -1;
    const header = ledger.headers[long.col] || columnLetter(ledger.firstColumn + long.col);
    findings.add({
      ruleId: recordsRule.id,
      status: 'invalid',
      severity: 'error',
      customer: c >= 0 ? ledger.customers.key[c] : null,
      row: long.row,
      column: cut40(header),
      columnLetter: columnLetter(ledger.firstColumn + long.col),
      messageId: 'invalid',
      data: { code: 'cell-too-long', value: cut40(long.text), length: long.text.length.toLocaleString('en-US'), sheet: ledger.sheet },
      citation: recordsRule.citation,
    });
  }

  const early = asOfBeforeLedger(ledger, asOfDay);
  if (early) findings.add({ ruleId: recordsRule.id, status: 'indeterminate', severity: 'warning', customer: null, row: null, messageId: AS_OF_BEFORE_LEDGER, data: early, citation: recordsRule.citation });

  const { findings: sorted, position } = findings.sorted();

  const customers: CustomerStatus[] = ledger.customers.key.map((key, c) => ({
    key,
    row: ledger.row[ledger.customers.records[ledger.customers.start[c + 1] - 1]],
    nextDue: Number.isNaN(nextDue[c]) ? null : isoDate(nextDue[c]),
    name: latestText(ledger, ['customerName'], c),
    phone: latestText(ledger, ['phone'], c),
    performer: latestText(ledger, ['performer', 'accountManager'], c),
  }));

  return {
    profile: profile.id,
    profileVersion: profile.version,
    asOf: formatAsOf(asOf),
    sheet: ledger.sheet,
    findings: sorted,
    summary: summarize(ledger, calendar, findings.tallies(sorted, position)),
    customers,
    columnMap: map,
    recordRows: Array.from(ledger.sheetRows),
    dueSoonDays: profile.dueSoonDays,
  };
}

/**
 * A customer's latest filled text among the fields, the first field that any of its rows fills
 * winning (回访人 before 理财经理): null when the ledger has none of the columns or all are blank.
 */
function latestText(ledger: Ledger, fields: readonly Field[], customer: number): string | null {
  const { records, start } = ledger.customers;
  for (const field of fields) {
    if (ledger.columns[field] === undefined) continue;
    for (let j = start[customer + 1] - 1; j >= start[customer]; j--) {
      const text = ledger.textAt(field, records[j])?.trim();
      if (text) return text.length > 100 ? `${text.slice(0, 100)}…` : text;
    }
  }
  return null;
}
