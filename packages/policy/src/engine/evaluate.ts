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
import { KINDS, qualifyingContacts } from '../kinds';
import { qualifyingContactParams } from '../kinds/params';
import { NUMBER_FACTS, type Condition, type Severity, type Status } from '../profile/common';
import { parseProfile } from '../profile/load';
import type { Profile, Rule } from '../profile/schema';
import { calendarForProfile } from './calendar-for-profile';
import { summarize, type Summary } from '../report/summary';
import type { Table } from '../table';
import { formatAsOf, parseAsOf } from '../time/as-of';
import { dayFromYmd, isoDate, MINUTES_PER_DAY } from '../time/day';
import { ENGINE_ERRORS } from './errors';
import { FindingLog } from './finding-log';
import type { EmitInput, Finding, FineAmount, RuleContext } from './types';

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
}

/** Day number of the date part of an ISO date or date-time. */
function dayFromIso(iso: string): number {
  return dayFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

const BREACH: ReadonlySet<Status> = new Set(['violation', 'overdue', 'late']);

function defaultSeverity(status: Status, rule: Rule): Severity {
  if (BREACH.has(status)) return rule.severity ?? (rule.modality === 'S' ? 'warning' : rule.modality === 'U' ? 'info' : 'error');
  if (status === 'invalid') return 'error';
  return 'info';
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

/** Map the table's columns, refusing with exit-2 errors when the profile cannot run at all. */
export function mapColumns(table: Table, profile: Profile, options: Pick<EvaluateOptions, 'columns' | 'columnMap'> = {}): ColumnMap {
  let map: ColumnMap;
  try {
    map = options.columnMap ?? proposeColumnMap(table, { synonyms: profile.headers, overrides: options.columns });
  } catch (e) {
    if (!(e instanceof ColumnMapError)) throw e;
    const headers = (e.detail.headers ?? []).filter((h) => h !== '').join(', ') || '(空 / empty)';
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
      headers: map.headers.filter((h) => h !== '').join(', '),
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

/** True when a condition names a fact anywhere in it. */
function mentions(w: Condition, fact: string): boolean {
  if ('all' in w) return w.all.some((x) => mentions(x, fact));
  if ('any' in w) return w.any.some((x) => mentions(x, fact));
  if ('not' in w) return mentions(w.not, fact);
  return w.fact === fact;
}

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
  mask(rule: Rule): Uint8Array;
  span(rule: Rule): StageSpan | undefined;
}

/**
 * Which rules apply to which customers: json-rules-engine once per distinct fact combination and
 * stage. A customer's stage changes at the pickup, as its tier changes at the record that states
 * one: a rule for intent customers (H every 3 days) judges the time before the pickup, a rule for
 * owners the time after, where the rule's kind can judge part of a customer's time (`stageSpans`);
 * elsewhere the stage as of the check decides, as before.
 */
async function applicability(profile: Profile, ledger: Ledger, asOfDay: number): Promise<Applicability> {
  const count = ledger.customers.count;
  const everyone = new Uint8Array(count).fill(1);
  const conditional = profile.rules.filter((r) => r.when);
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
  const masks = new Map<Rule, Uint8Array>();
  const spans = new Map<Rule, StageSpan>();
  conditional.forEach((rule, k) => {
    const mask = new Uint8Array(count);
    const byStage = mentions(rule.when!, 'stage');
    const partial = byStage && KINDS[rule.kind].stageSpans === true;
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
  const stage = await applicability(profile, ledger, asOfDay);

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

  const ctx: RuleContext = {
    ledger,
    profile,
    calendar,
    asOf,
    asOfDay,
    qualifies,
    applicable: stage.mask,
    stageSpan: stage.span,
    emit(rule: Rule, input: EmitInput) {
      const col = input.field ? columnCache(input.field) : undefined;
      const breach = BREACH.has(input.status);
      // Every finding has the same shape (absent fields undefined): monomorphic for V8.
      const f: Finding = {
        ruleId: rule.id,
        status: input.status,
        severity: input.severity ?? defaultSeverity(input.status, rule),
        customer: input.customer === null ? null : ledger.customers.key[input.customer],
        row: input.record >= 0 ? ledger.row[input.record] : null,
        column: col?.header,
        columnLetter: col?.letter,
        dueAt: input.dueAt,
        overdueDays: input.overdueDays,
        fine: breach ? cachedFine(rule) : undefined,
        payer: breach && rule.fine ? payerOf(rule, input.record) : undefined,
        escalateTo: breach ? escalationOf(rule, input.status, input.overdueDays) : undefined,
        messageId: input.messageId,
        data: input.data ?? {},
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
          column: FIELDS[field].zh,
          messageId: 'missing-column',
          data: { field, columnEn: FIELDS[field].en },
          citation: rule.citation,
        });
      }
      return ok;
    },
  };

  for (const rule of profile.rules) {
    const kind = KINDS[rule.kind];
    if (!ctx.requireColumns(rule, kind.needs(rule.params))) continue;
    kind.check(rule as never, ctx);
  }

  const recordsRule = profile.rules.find((r) => r.id === profile.recordsRuleId)!;
  // Customers told apart by a column that gives far fewer of them than another would: every
  // per-customer verdict may mix several customers' rows, which the clerk must hear first.
  if (keyDoubt) {
    const { column, letter, ...data } = keyDoubt;
    findings.add({ ruleId: recordsRule.id, status: 'indeterminate', severity: 'warning', customer: null, row: null, column, columnLetter: letter, messageId: 'customer-key', data: { ...data, fieldZh: FIELDS[data.field].zh, fieldEn: FIELDS[data.field].en }, citation: recordsRule.citation });
  }
  // Cells the reader could not use: one `invalid` finding each, under the record-keeping clause.
  const tiers = profile.tiers.map((t) => t.code).join('/');
  for (const p of ledger.problems) {
    const col = columnOf(ledger, p.field);
    const c = ledger.customerOf[p.record];
    const raw = table.rows[ledger.row[p.record] - (table.firstRow ?? 1)]?.[ledger.columns[p.field] ?? -1];
    findings.add({
      ruleId: recordsRule.id,
      status: 'invalid',
      severity: 'error',
      customer: c >= 0 ? ledger.customers.key[c] : null,
      row: ledger.row[p.record],
      column: col?.header,
      columnLetter: col?.letter,
      messageId: 'invalid',
      data: { code: p.code, value: String(raw ?? '').slice(0, 40), tiers, sheet: ledger.sheet, ...(p.expected !== undefined && { known: p.expected }), ...(p.suggestion !== undefined && { suggestion: p.suggestion }) },
      citation: recordsRule.citation,
    });
  }

  const { findings: sorted, position } = findings.sorted();

  const customers: CustomerStatus[] = ledger.customers.key.map((key, c) => ({
    key,
    row: ledger.row[ledger.customers.records[ledger.customers.start[c + 1] - 1]],
    nextDue: Number.isNaN(nextDue[c]) ? null : isoDate(nextDue[c]),
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
  };
}
