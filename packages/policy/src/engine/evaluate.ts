/**
 * evaluate(table, profile, { asOf }) -> Report. One pass to read the ledger into typed columns,
 * a handful of json-rules-engine runs for the `when` conditions (one per distinct combination of
 * customer facts, never per row), then each rule kind over day numbers.
 */
import { Engine } from 'json-rules-engine';
import type { WorkCalendar } from '../calendar';
import { LedgerlintError } from '../errors';
import { Precision } from '../ledger/cells';
import { ColumnMapError, proposeColumnMap, type ColumnMap } from '../ledger/columns';
import { FIELD_NAMES, FIELDS, type Field } from '../ledger/fields';
import { customerKeyDoubt, type KeyDoubt } from '../ledger/customer-key';
import { buildLedger, columnOf, type Ledger } from '../ledger/ledger';
import { kindOf, qualifyingContacts } from '../kinds';
import { fieldLabel } from '../kinds/shared';
import { qualifyingContactParams } from '../kinds/params';
import { NUMBER_FACTS, type Condition, type Severity, type Status } from '../rule/common';
import { parseProfile } from '../profile/load';
import type { Profile, Rule } from '../profile/schema';
import { calendarForProfile } from './calendar-for-profile';
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
  /** Spreadsheet row of every record (data row) that was checked, top to bottom. */
  recordRows: Int32Array;
  /** The profile's lead time: days before a due date at which an open item is due soon. */
  dueSoonDays?: number;
}

/** Day number of the date part of an ISO date or date-time. */
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

/** The constants a condition compares a fact with (empty when it never names the fact), or null when it does not name it. */
function factConstants(w: Condition, fact: string, out: number[] | null = null): number[] | null {
  if ('all' in w) return w.all.reduce<number[] | null>((acc, x) => factConstants(x, fact, acc), out);
  if ('any' in w) return w.any.reduce<number[] | null>((acc, x) => factConstants(x, fact, acc), out);
  if ('not' in w) return factConstants(w.not, fact, out);
  if (w.fact !== fact) return out;
  const found = out ?? [];
  // A numeric string compares as its number in json-rules-engine; other values never equal a number.
  for (const v of Array.isArray(w.value) ? w.value : [w.value]) if (v !== null && v !== '' && typeof v !== 'boolean' && Number.isFinite(Number(v))) found.push(Number(v));
  return found;
}

/**
 * A stand-in for a number that compares with every threshold as the number does: the threshold
 * itself, or a point strictly between its neighbours. Conditions only compare number facts with
 * constants, so customers whose values fall between the same two thresholds share one engine run
 * (a few runs for 100,000 dealers' annual volumes, not one per distinct volume).
 * @example bucketed(37, [10, 50]) // 30
 */
function bucketed(value: number | null, thresholds: readonly number[]): number | null {
  if (value === null) return null;
  let k = 0;
  while (k < thresholds.length && thresholds[k] < value) k++;
  if (k < thresholds.length && thresholds[k] === value) return value;
  if (thresholds.length === 0) return 0;
  if (k === 0) return thresholds[0] - 1;
  if (k === thresholds.length) return thresholds[k - 1] + 1;
  return (thresholds[k - 1] + thresholds[k]) / 2;
}

/** A customer's latest filled value of a number column, or null. */
function latestNumber(ledger: Ledger, field: Field, customer: number): number | null {
  const values = ledger.numbers[field]!;
  const { records, start } = ledger.customers;
  for (let j = start[customer + 1] - 1; j >= start[customer]; j--) if (!Number.isNaN(values[records[j]])) return values[records[j]];
  return null;
}

const NO_NUMBERS: (number | null)[] = [];

/**
 * Where each customer stands between the intent and the owner stage: the moment of the pickup
 * (提车时间, the earliest dated one; a date alone counts from its 00:00) that makes an intent
 * customer an owner, whether the ledger shows the customer before it (a reception or a contact
 * earlier than the pickup, or no pickup by the check), and whether the pickup has come.
 */
interface Stages {
  pickup: Float64Array;
  intentEver: Uint8Array;
  ownerNow: Uint8Array;
}

function stagesOf(ledger: Ledger, asOfDay: number): Stages {
  const count = ledger.customers.count;
  const out: Stages = { pickup: new Float64Array(count).fill(NaN), intentEver: new Uint8Array(count).fill(1), ownerNow: new Uint8Array(count) };
  const pickup = ledger.times.pickupAt;
  if (!pickup) return out;
  const { records, start } = ledger.customers;
  const seen = [ledger.times.contactAt, ledger.times.receptionAt];
  for (let c = 0; c < count; c++) {
    let p = NaN;
    for (let j = start[c]; j < start[c + 1]; j++) {
      const i = records[j];
      const q = pickup.precision[i];
      if ((q === Precision.Day || q === Precision.Minute) && !(pickup.minute[i] >= p)) p = pickup.minute[i];
    }
    if (Number.isNaN(p) || Math.floor(p / MINUTES_PER_DAY) > asOfDay) continue;
    out.pickup[c] = p;
    out.ownerNow[c] = 1;
    let before = false;
    for (let j = start[c]; j < start[c + 1] && !before; j++) {
      for (const t of seen) if (t && t.minute[records[j]] < p) before = true;
    }
    out.intentEver[c] = before ? 1 : 0;
  }
  return out;
}

/** The part of each customer's time a rule judges: [from, until) in minute stamps (-Infinity, Infinity: all of it). */
export interface StageSpan {
  from: Float64Array;
  until: Float64Array;
}

interface Applicability {
  mask(rule: Pick<Rule, 'when'>): Uint8Array;
  span(rule: Pick<Rule, 'when'>): StageSpan | undefined;
}

/**
 * Which rules apply to which customers: json-rules-engine once per distinct fact combination and
 * stage. A customer's stage changes at the pickup, as its tier changes at the record that states
 * one: a rule for intent customers (H every 3 days) judges the time before the pickup, a rule for
 * owners the time after, where the rule's kind can judge part of a customer's time (`stageSpans`);
 * elsewhere the stage as of the check decides, as before.
 */
async function applicability(profile: Profile, rules: readonly Pick<Rule, 'when'>[], ledger: Ledger, asOfDay: number): Promise<Applicability> {
  const count = ledger.customers.count;
  const everyone = new Uint8Array(count).fill(1);
  const conditional = rules.filter((r) => r.when);
  if (conditional.length === 0) return { mask: () => everyone, span: () => undefined };
  const stages = stagesOf(ledger, asOfDay);
  const { tierNow } = ledger.customers;
  const comboOf = new Int32Array(count);
  const combos: Record<string, string | number | null>[] = [];
  // Number facts enter the combination only when a condition names them, bucketed by the constants
  // the conditions compare them with (distinct raw values would multiply the runs).
  const numberFacts: { field: Field; thresholds: number[] }[] = [];
  for (const field of NUMBER_FACTS) {
    if (!ledger.numbers[field]) continue;
    const found = conditional.reduce<number[] | null>((acc, r) => factConstants(r.when!, field, acc), null);
    if (found) numberFacts.push({ field, thresholds: [...new Set(found)].sort((a, b) => a - b) });
  }
  const index = new Map<string | number, number>();
  for (let c = 0; c < count; c++) {
    const tier = tierNow[c] >= 0 ? profile.tiers[tierNow[c]].code : null;
    // Without number facts a combination is the tier: a small integer, no string per customer.
    const numbers = numberFacts.length ? numberFacts.map((f) => bucketed(latestNumber(ledger, f.field, c), f.thresholds)) : NO_NUMBERS;
    let key: string | number = tierNow[c] + 1;
    if (numbers.length) key = `${key}|${numbers.join('|')}`;
    let k = index.get(key);
    if (k === undefined) {
      k = combos.length;
      const combo: Record<string, string | number | null> = { tier, shape: ledger.shape };
      numberFacts.forEach((f, n) => (combo[f.field] = numbers[n]));
      combos.push(combo);
      index.set(key, k);
    }
    comboOf[c] = k;
  }
  const top = (w: Condition) => ('all' in w || 'any' in w || 'not' in w ? w : { all: [w] });
  const engine = new Engine(
    conditional.map((r, k) => ({ conditions: top(r.when!) as never, event: { type: String(k) } })),
    { allowUndefinedFacts: true },
  );
  // Each combination as an intent customer and as an owner.
  const asIntent = conditional.map(() => new Uint8Array(combos.length));
  const asOwner = conditional.map(() => new Uint8Array(combos.length));
  for (let k = 0; k < combos.length; k++) {
    for (const [stage, out] of [['intent', asIntent], ['owner', asOwner]] as const) {
      const { events } = await engine.run({ ...combos[k], stage });
      for (const e of events) out[Number(e.type)][k] = 1;
    }
  }
  // Expand to one flag (and, for stage rules, one span) per customer, once per rule.
  const masks = new Map<Pick<Rule, 'when'>, Uint8Array>();
  const spans = new Map<Pick<Rule, 'when'>, StageSpan>();
  conditional.forEach((rule, k) => {
    const mask = new Uint8Array(count);
    const byStage = mentionsFact(rule.when!, 'stage');
    const partial = byStage && 'kind' in rule && kindOf(rule as Rule).stageSpans === true;
    const span: StageSpan | undefined = partial ? { from: new Float64Array(count).fill(-Infinity), until: new Float64Array(count).fill(Infinity) } : undefined;
    for (let c = 0; c < count; c++) {
      const intent = asIntent[k][comboOf[c]] === 1;
      const owner = asOwner[k][comboOf[c]] === 1;
      if (!span) {
        mask[c] = (stages.ownerNow[c] === 1 ? owner : intent) ? 1 : 0;
        continue;
      }
      const asI = intent && stages.intentEver[c] === 1;
      const asO = owner && stages.ownerNow[c] === 1;
      mask[c] = asI || asO ? 1 : 0;
      if (stages.ownerNow[c] === 1 && asI !== asO) {
        if (asI) span.until[c] = stages.pickup[c];
        else span.from[c] = stages.pickup[c];
      }
    }
    masks.set(rule, mask);
    if (span) spans.set(rule, span);
  });
  return { mask: (rule) => masks.get(rule) ?? everyone, span: (rule) => spans.get(rule) };
}

/** Whether a rule reads customers' tiers: its kind needs the tier column, its `when` or its fields name the tier. */
const READS_TIER = new WeakMap<Rule, boolean>();
function readsTier(rule: Rule): boolean {
  let v = READS_TIER.get(rule);
  if (v === undefined) {
    const params = rule.params as { fields?: { field: string }[]; field?: string };
    v = kindOf(rule).needsOf(rule).includes('tier') || (rule.when !== undefined && mentionsFact(rule.when, 'tier')) || params.field === 'tier' || (params.fields?.some((f) => f.field === 'tier') ?? false);
    READS_TIER.set(rule, v);
  }
  return v;
}

function mentionsFact(w: Condition, fact: string): boolean {
  if ('all' in w) return w.all.some((x) => mentionsFact(x, fact));
  if ('any' in w) return w.any.some((x) => mentionsFact(x, fact));
  if ('not' in w) return mentionsFact(w.not, fact);
  return w.fact === fact;
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
 * Check a ledger table against a profile.
 * @example const report = await evaluate(table, PROFILES['002-1'], { asOf: '2025-03-10' })
 */
export async function evaluate(table: Table, profileInput: Profile | unknown, options: EvaluateOptions = {}): Promise<Report> {
  // Check the as-of first: a typo should not cost a read of the whole ledger.
  parseAsOf(options.asOf);
  return evaluatePrepared(prepareLedger(table, profileInput, options), options);
}

/** A ledger read into typed columns for one profile: evaluate it as of any moment. */
export interface PreparedLedger {
  readonly table: Table;
  readonly profile: Profile;
  readonly columnMap: ColumnMap;
  readonly ledger: Ledger;
  readonly calendar: WorkCalendar;
  /** Per record, 1 when it is a qualifying contact (see the profile's qualifying-contact rule). */
  readonly qualifies: Uint8Array;
  /** Another column that would tell the customers apart better than the one taken, if any. */
  readonly keyDoubt?: KeyDoubt;
}

/**
 * Read a table once: map columns, read cells into typed columns, group customers, mark the
 * qualifying contacts. The as-of independent half of `evaluate`.
 * @example const prepared = prepareLedger(table, getProfile('002-1')); await evaluatePrepared(prepared, { asOf: '2025-03-10' })
 */
export function prepareLedger(table: Table, profileInput: Profile | unknown, options: Omit<EvaluateOptions, 'asOf'> = {}): PreparedLedger {
  const profile = parseProfile(profileInput);
  const columnMap = mapColumns(table, profile, options);
  const ledger = buildLedger(table, columnMap, { tiers: profile.tiers.map((t) => t.code), tierSynonyms: profile.tierSynonyms, tierBasis: profile.tierBasis, callbackTypes: profile.callbackTypes });
  const calendar = options.calendar ?? calendarForProfile(profile);
  const qualifying = profile.rules.find((r) => r.kind === 'qualifying-contact');
  const qualifies = qualifyingContacts(ledger, qualifying ? (qualifying.params as never) : qualifyingContactParams.parse({}));
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
  const stage = await applicability(profile, [...profile.rules, scopeRule], ledger, asOfDay);
  const conditions = stage.mask;
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
    stageSpan: stage.span,
    emit(rule: Rule, input: EmitInput) {
      const col = input.field ? columnCache(input.field) : undefined;
      const breach = isBreach(input.status);
      const fine = breach ? fineAt(rule, input.record) : undefined;
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
        fine: fine?.fine,
        payer: breach && rule.fine ? payerOf(rule, input.record) : undefined,
        escalateTo: breach ? escalationOf(rule, input.status, input.overdueDays) : undefined,
        messageId: input.messageId,
        data: fine?.column ? { ...input.data, fineColumn: fine.column } : (input.data ?? {}),
        citation: rule.citation,
        explain: input.explain,
      };
      findings.add(f);
      // An open item (overdue or due soon) is the customer's next due date until it is done.
      if ((input.status === 'overdue' || input.status === 'due-soon') && input.dueAt && input.customer !== null) {
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
    recordRows: ledger.sheetRows,
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
