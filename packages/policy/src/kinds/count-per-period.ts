/**
 * Counts per calendar period: "A at least once a week, B twice a month, C twice in two months"
 * (catalog §0.5-6), and per group of channels (每月上门回访不得低于一次,电话、微信沟通不低于2次).
 * A record the rule's `records` filter cannot decide (a blank callback type) counts as the contact
 * it is, as a blank type always has here: it is not proof of another type.
 *
 * Consecutive missed periods of one customer (per group of words or channels) are ONE finding, a
 * run (`missed-run` when each had nothing, `short-run` when some had too few; a run of one period is
 * the plain `short`): due at its first period's end, `missed` listing each period's due day (the fine
 * is once per period) and `ongoing` when it reaches the last period ended and the customer still
 * owes the one in progress. A kept or indeterminate period ends a run. The period in progress, not
 * yet met, is `period-open` from its first day: `due-soon` within the profile's lead time, else
 * `open`, with its `quota` (done, required, the period), for customers the rule applies to now.
 */
import { z } from 'zod';
import { CHANNELS, Precision } from '../ledger/cells';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { channelSchema, fieldSchema, ordered } from '../rule/common';
import { FILTER, filterColumns } from '../rule/record-filter';
import { firstDayOfMonthIndex, isoDate, MINUTES_PER_DAY, monthIndex, weekday, weekStart } from '../time/day';
import { columnName, couldFallIn, dayOf, emitUnsure, fieldDay, latestRecord, QUALIFIES, tierIndex } from './shared';
import { MissedRun } from './missed-run';
import type { Field } from '../ledger/fields';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

const tierCode = /* @__PURE__ */ (() => z.string().min(1).max(10))();

/** Distinct contact days (or contacts) per calendar period, whatever the channel. */
const anyChannelParams = /* @__PURE__ */ (() => z
  .strictObject({
    mode: z.literal('any-channel'),
    /** The tier the count applies to; absent: every customer the rule's `when` selects. @example 'A' */
    tier: tierCode.optional(),
    /** ISO week, calendar month, two-month block, half-year (Jan-Jun, Jul-Dec) or calendar year. @example 'month' */
    period: z.enum(['week', 'month', 'bimonth', 'halfyear', 'year']),
    /** Contact days (or contacts) each period needs. @example 2 */
    min: z.number().int().min(1).max(100),
    /** Count distinct days (two calls on one day are one), else every contact. @example true */
    distinctDays: z.boolean().default(true),
    /** Without a tier: the obligation starts at the customer's earliest date in this field (签约日期); default the first record. @example 'signedAt' */
    startField: fieldSchema.optional(),
    /** Without a tier: the obligation ends at the customer's earliest date in this field (解约日期); periods after it owe nothing. @example 'terminatedAt' */
    endField: fieldSchema.optional(),
    /**
     * Each group of words needs `min` on its own (a New-Year gift and a needs survey); a contact
     * counts for a group when its callback type or its content mentions one of the group's words.
     * A parameter, not the record filter: each group is counted apart, and the content counts too.
     * @example [['新年礼物'], ['需求']]
     */
    eachOf: z.array(z.array(z.string().min(1).max(50)).min(1).max(20)).min(1).max(10).optional(),
    /** Only contacts in these calendar months count (每年12月). @example [12] */
    months: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
    /** Week: the first partial week is exempt when the customer entered the tier after this ISO weekday. @example 3 */
    exemptFirstWeekAfterWeekday: z.number().int().min(1).max(7).optional(),
    /** Month and longer: in the first partial period with fewer days left than this, `proratedMin` is enough. @example 15 */
    prorateBelowDays: z.number().int().min(1).max(366).optional(),
    /** What that first partial period needs. @example 1 */
    proratedMin: z.number().int().min(0).max(100).optional(),
  })
  .superRefine(ordered('proratedMin', 'min', { en: 'a partial period would owe more than a full one', zh: '不足一期的首期所需次数会多于整期' })))();

/** Successful contacts per group of channels, each group its own minimum; the customer's first, partial period is not counted. */
const perChannelParams = /* @__PURE__ */ (() => z.strictObject({
  mode: z.literal('per-channel'),
  /** The tier it applies to; absent: every customer the rule's `when` selects. @example 'M' */
  tier: tierCode.optional(),
  /** ISO week or calendar month. @example 'month' */
  period: z.enum(['week', 'month']),
  /** Each group: contacts by any of its channels, at least `min` (contacts, not days) per period. @example [{ channels: ['visit'], min: 1 }] */
  groups: z
    .array(z.strictObject({ channels: z.array(channelSchema).min(1).max(10), min: z.number().int().min(1).max(100) }))
    .min(1)
    .max(5),
}))();

/**
 * At least `min` per calendar period (any-channel), or per group of channels (per-channel). Which
 * contacts count is the rule's `records` (`{ callbackTypes: ['持续'], ifColumnMissing: 'pass' }`).
 * @example { mode: 'any-channel', tier: 'B', period: 'month', min: 2, prorateBelowDays: 15, proratedMin: 1 }
 * @example { mode: 'per-channel', tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] }
 */
export const countPerPeriodParams = /* @__PURE__ */ (() => typedSchema<CountPerPeriodParams, CountPerPeriodParamsInput>()(z.discriminatedUnion('mode', [anyChannelParams, perChannelParams])))();
/** The params of this kind's rules (`countPerPeriodParams` checks them). */
export type CountPerPeriodParams = { mode: 'any-channel'; period: 'week' | 'month' | 'year' | 'halfyear' | 'bimonth'; min: number; distinctDays: boolean; tier?: string | undefined; startField?: Field | undefined; endField?: Field | undefined; eachOf?: string[][] | undefined; months?: number[] | undefined; exemptFirstWeekAfterWeekday?: number | undefined; prorateBelowDays?: number | undefined; proratedMin?: number | undefined; } | { mode: 'per-channel'; period: 'week' | 'month'; groups: { channels: Channel[]; min: number; }[]; tier?: string | undefined; };
/** CountPerPeriodParams as a profile writes them (defaults not yet filled in). */
export type CountPerPeriodParamsInput = { mode: 'any-channel'; period: 'week' | 'month' | 'year' | 'halfyear' | 'bimonth'; min: number; tier?: string | undefined; distinctDays?: boolean | undefined; startField?: Field | undefined; endField?: Field | undefined; eachOf?: string[][] | undefined; months?: number[] | undefined; exemptFirstWeekAfterWeekday?: number | undefined; prorateBelowDays?: number | undefined; proratedMin?: number | undefined; } | { mode: 'per-channel'; period: 'week' | 'month'; groups: { channels: Channel[]; min: number; }[]; tier?: string | undefined; };
type AnyChannelParams = z.infer<typeof anyChannelParams>;
type PerChannelParams = z.infer<typeof perChannelParams>;

const anyChannelMessages = {
  'no-anchor': { zh: '「{rule}」无法判断：该客户既没有成功回访，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
  short: { zh: '「{rule}」不足：{period}（{start} 至 {end}）只有 {count} 天有成功回访，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had successful contacts on {count} day(s); at least {min} required.' },
  'short-typed': { zh: '「{rule}」不足：{period}（{start} 至 {end}）「{typeColumn}」含{types}的成功回访只有 {count} 天，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had successful contacts whose "{typeColumn}" names {typesEn} on {count} day(s); at least {min} required.' },
  'short-type': { zh: '「{rule}」不足：{period}（{start} 至 {end}）“{types}”只有 {count} 天有记录，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had "{types}" on {count} day(s); at least {min} required.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{last}），无法统计 {start} 至 {end} 的回访次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); contacts from {start} to {end} cannot be counted.' },
};

const perChannelMessages = {
  short: { zh: '「{rule}」不足：{start} 至 {end} 以{allowed}方式的成功回访只有 {count} 次，至少应有 {min} 次。', en: '"{rule}" not met: {start} to {end} had {count} successful contact(s) by {allowed}; at least {min} required.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次回访，无法按月统计各方式的回访次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact; contacts per channel and period cannot be counted.' },
};

type PeriodKind = AnyChannelParams['period'];

/** How runs and quotas name a period kind: 自 … 那周起 / 连续 3 周 / 每周 / 本周. */
const PERIOD_WORDS: Record<PeriodKind, { from: string; unit: string; each: string; current: string; unitEn: string; eachEn: string; currentEn: string }> = {
  week: { from: '那周起', unit: '周', each: '每周', current: '本周', unitEn: 'weeks', eachEn: 'a week', currentEn: 'this week' },
  month: { from: '起', unit: '个月', each: '每月', current: '本月', unitEn: 'months', eachEn: 'a month', currentEn: 'this month' },
  bimonth: { from: '起', unit: '期（每期两个月）', each: '每期', current: '本期（两个月）', unitEn: 'two-month blocks', eachEn: 'a block', currentEn: 'this two-month block' },
  halfyear: { from: '起', unit: '个半年', each: '每半年', current: '本半年', unitEn: 'half-years', eachEn: 'a half-year', currentEn: 'this half-year' },
  year: { from: '起', unit: '年', each: '每年', current: '本年度', unitEn: 'years', eachEn: 'a year', currentEn: 'this year' },
};

/**
 * The any-channel messages of a period kind. A run of consecutive missed periods is one finding:
 * `missed-run` when every period had nothing, `short-run` when some had too few; `-typed` where only
 * named callback types count, `-type` for a group of `eachOf`. `period-open`: the period in progress
 * (done so far, still needed, by when), from its first day.
 */
function anyChannelWording(kind: PeriodKind) {
  const w = PERIOD_WORDS[kind];
  const run = (what: string, whatEn: string) => ({
    missed: { zh: `「{rule}」漏访：自 {start} ${w.from}连续 {periods} ${w.unit}没有${what}（{start} 至 {end}）。`, en: `"{rule}" missed: no ${whatEn} for {periods} ${w.unitEn} in a row from {start} ({start} to {end}).` },
    short: { zh: `「{rule}」不足：自 {start} 起连续 {periods} ${w.unit}${w.each}${what}不足 {min} 天（{start} 至 {end}；最近一期 {count} 天）。`, en: `"{rule}" not met: {periods} ${w.unitEn} in a row from {start} ({start} to {end}) each had ${whatEn} on fewer than {min} day(s) ${w.eachEn}; the latest had {count}.` },
  });
  const plain = run('成功回访', 'successful contact');
  const typed = run('「{typeColumn}」含{types}的成功回访', 'successful contact whose "{typeColumn}" names {typesEn}');
  const type = run('“{types}”的记录', 'record of "{types}"');
  return {
    ...anyChannelMessages,
    'missed-run': plain.missed,
    'short-run': plain.short,
    'missed-run-typed': typed.missed,
    'short-run-typed': typed.short,
    'missed-run-type': type.missed,
    'short-run-type': type.short,
    'period-open': { zh: `「{rule}」${w.current}已回访 {count} 天，还需 {more} 天，{due} 前（{start} 至 {end}）。`, en: `"{rule}": {count} contact day(s) so far ${w.currentEn}, {more} more needed by {due} ({start} to {end}).` },
    'period-open-type': { zh: `「{rule}」${w.current}“{types}”已有 {count} 天，还需 {more} 天，{due} 前（{start} 至 {end}）。`, en: `"{rule}": "{types}" on {count} day(s) so far ${w.currentEn}, {more} more needed by {due} ({start} to {end}).` },
  };
}

/** The per-channel messages of a period kind: runs and the period in progress, per group of channels. */
function perChannelWording(kind: PerChannelParams['period']) {
  const w = PERIOD_WORDS[kind];
  return {
    ...perChannelMessages,
    'missed-run': { zh: `「{rule}」漏访：自 {start} ${w.from}连续 {periods} ${w.unit}没有以{allowed}方式的成功回访（{start} 至 {end}）。`, en: `"{rule}" missed: no successful contact by {allowed} for {periods} ${w.unitEn} in a row from {start} ({start} to {end}).` },
    'short-run': { zh: `「{rule}」不足：自 {start} 起连续 {periods} ${w.unit}${w.each}以{allowed}方式的成功回访不足 {min} 次（{start} 至 {end}；最近一期 {count} 次）。`, en: `"{rule}" not met: {periods} ${w.unitEn} in a row from {start} ({start} to {end}) each had fewer than {min} successful contact(s) by {allowed}; the latest had {count}.` },
    'period-open': { zh: `「{rule}」${w.current}以{allowed}方式已成功回访 {count} 次，还需 {more} 次，{due} 前（{start} 至 {end}）。`, en: `"{rule}": {count} successful contact(s) by {allowed} so far ${w.currentEn}, {more} more needed by {due} ({start} to {end}).` },
  };
}

/** Each mode's and period kind's wording, built once. */
const WORDING = new Map<string, ReturnType<typeof anyChannelWording> | ReturnType<typeof perChannelWording>>();
function wordingFor(p: CountPerPeriodParams) {
  const key = `${p.mode}:${p.period}`;
  let w = WORDING.get(key);
  if (!w) WORDING.set(key, (w = p.mode === 'per-channel' ? perChannelWording(p.period) : anyChannelWording(p.period)));
  return w;
}

/** Every message of the kind (the monthly wording); the two modes word `short`, runs and quotas each their own way. */
const messages = { ...perChannelWording('month'), ...anyChannelWording('month') };

/** Scratch buffers sized to the largest customer, reused across customers (no per-customer garbage). */
export function scratch(ctx: RuleContext): { days: Int32Array; tiers: Int8Array } {
  const { start, count } = ctx.ledger.customers;
  let most = 0;
  for (let c = 0; c < count; c++) most = Math.max(most, start[c + 1] - start[c]);
  return { days: new Int32Array(most), tiers: new Int8Array(most) };
}

/**
 * Days of the customer's counted contacts (`counts[i] === 1`) at minute stamps in [from, until)
 * into `out`, ascending and distinct (or all); returns the count.
 */
function contactDays(ctx: RuleContext, customer: number, distinct: boolean, out: Int32Array, counts: Uint8Array, from = -Infinity, until = Infinity): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let n = 0;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const m = ct.minute[i];
    if (counts[i] !== 1 || m < from || m >= until) continue;
    const d = dayOf(m);
    if (!distinct || n === 0 || out[n - 1] !== d) out[n++] = d;
  }
  return n;
}

/** Earliest day of a fallback anchor field for a customer, or undefined. */
export function fallbackDay(ctx: RuleContext, customer: number, field: Parameters<typeof fieldDay>[2] | undefined): number | undefined {
  return field ? fieldDay(ctx, customer, field, false) : undefined;
}

/** Tier in force at each record (carried forward over blank tier cells), in timeline order, into `out`. */
export function tiersInForce(ctx: RuleContext, customer: number, out: Int8Array): Int8Array {
  const { records, start } = ctx.ledger.customers;
  const n = start[customer + 1] - start[customer];
  let t = -1;
  let first = -1;
  for (let j = 0; j < n; j++) {
    const k = ctx.ledger.tier[records[start[customer] + j]];
    if (k >= 0) {
      t = k;
      if (first < 0) first = k;
    }
    out[j] = t;
  }
  // Rows before the first stated tier take the first stated tier.
  for (let k = 0; k < n && out[k] < 0; k++) out[k] = first;
  return out;
}

export interface Period {
  start: number;
  end: number;
}

/**
 * The calendar period containing a day: ISO week, month, two-month block from `anchorMonth`,
 * quarter (January-March ...), half-year (January-June, July-December) or calendar year.
 */
export function periodOf(kind: AnyChannelParams['period'] | 'quarter', day: number, anchorMonth: number, out: Period = { start: 0, end: 0 }): Period {
  if (kind === 'week') {
    const s = weekStart(day);
    out.start = s;
    out.end = s + 6;
    return out;
  }
  const mi = monthIndex(day);
  const span = MONTHS[kind];
  const first = kind === 'bimonth' ? anchorMonth + Math.floor((mi - anchorMonth) / 2) * 2 : Math.floor(mi / span) * span;
  out.start = firstDayOfMonthIndex(first);
  out.end = firstDayOfMonthIndex(first + span) - 1;
  return out;
}

const MONTHS = { month: 1, bimonth: 2, quarter: 3, halfyear: 6, year: 12 };

const PERIOD_NAMES = {
  week: { zh: '该周', en: 'the week' },
  month: { zh: '该月', en: 'the month' },
  bimonth: { zh: '该两个月', en: 'the two months' },
  halfyear: { zh: '该半年', en: 'the half-year' },
  year: { zh: '该年度', en: 'the year' },
};

/** Localised name of a period kind, for messages. */
export function periodName(kind: AnyChannelParams['period'], locale: 'zh' | 'en'): string {
  return PERIOD_NAMES[kind][locale];
}

/** The message of a missed period or of a run of them. */
type RunMessageId = `${'short' | 'missed-run' | 'short-run'}${'' | '-type' | '-typed'}`;

/** The kind's rule, and the one-mode view its counts read. */
type CountRule = KindRule<'count-per-period', CountPerPeriodParams>;

export const countPerPeriod = /* @__PURE__ */ defineKind<CountPerPeriodParams>()({
  id: 'count-per-period',
  messages,
  messagesFor: wordingFor,
  // A group of words (eachOf) speaks of its words; other rules never do.
  emits: (p) => {
    const ids = Object.keys(wordingFor(p)) as (keyof typeof messages)[];
    return p.mode === 'any-channel' && p.eachOf ? ids : ids.filter((id) => !id.endsWith('-type'));
  },
  needs: (p) => (p.mode === 'per-channel' ? ['contactAt', 'channel', ...(p.tier ? (['tier'] as const) : [])] : p.tier === undefined ? ['contactAt'] : ['contactAt', 'tier']),
  // An any-channel count judges the part of a customer's time its stage gives (before the pickup
  // for an intent rule); per channel, the stage as of the check decides whether it applies.
  stageSpans: (p) => p.mode === 'any-channel',
  check(rule, ctx) {
    const mask = ctx.records(rule);
    if (!mask) return;
    const p = rule.params;
    if (p.mode === 'per-channel') {
      countPerChannel(rule, ctx, p, mask);
      return;
    }
    const buf = scratch(ctx);
    // One pass per group of words that each need their count (or one pass for all).
    for (const group of p.eachOf ?? [undefined]) {
      const counts = inMonths(ctx, group ? mentioning(ctx, group, mask) : countedContacts(ctx, rule, mask), p.months);
      countCustomers(rule, ctx, p, counts, buf, group?.join('/'));
    }
  },
});

/**
 * Per record, its QUALIFIES value for a count: a qualifying contact the rule's `records` passes or
 * cannot decide (a blank callback type is not proof of another). Where the filter reads the
 * callback type, a type the profile does not know may be one asked for: such a contact might count.
 */
function countedContacts(ctx: RuleContext, rule: CountRule, mask: Uint8Array): Uint8Array {
  if (!rule.records) return ctx.qualifies;
  const unknownType = filterColumns(rule.records).includes('callbackType') ? ctx.ledger.unknownType : undefined;
  const out = new Uint8Array(ctx.ledger.size);
  for (let i = 0; i < out.length; i++) {
    const q = ctx.qualifies[i];
    if (q === QUALIFIES.NO) continue;
    if (unknownType?.[i] === 1) out[i] = QUALIFIES.UNSURE;
    else if (mask[i] !== FILTER.FAILS) out[i] = q;
  }
  return out;
}

/**
 * Qualifying contacts the rule's `records` does not reject whose callback type or content mentions
 * one of the words (one call may send the gift and ask the needs).
 */
function mentioning(ctx: RuleContext, words: string[], mask: Uint8Array): Uint8Array {
  const types = ctx.ledger.text.callbackType;
  const content = ctx.ledger.text.content;
  const out = new Uint8Array(ctx.ledger.size);
  const has = (t: string | null | undefined) => !!t && words.some((w) => t.includes(w));
  for (let i = 0; i < out.length; i++) if (ctx.qualifies[i] === 1 && mask[i] !== FILTER.FAILS && (has(types?.[i]) || has(content?.[i]))) out[i] = 1;
  return out;
}

/** Only the contacts dated in the listed calendar months (a copy; all when no months are listed). */
function inMonths(ctx: RuleContext, counts: Uint8Array, months: number[] | undefined): Uint8Array {
  if (!months) return counts;
  const ct = ctx.ledger.times.contactAt!;
  const out = new Uint8Array(counts.length);
  for (let i = 0; i < out.length; i++) if (counts[i] === 1 && months.includes((monthIndex(dayOf(ct.minute[i])) % 12) + 1)) out[i] = 1;
  return out;
}

/** Count each customer's contacts (`counts`) per period of its time in the tier (or since its start date); `types` names a group of `eachOf`. */
function countCustomers(rule: CountRule, ctx: RuleContext, p: AnyChannelParams, counts: Uint8Array, buf: ReturnType<typeof scratch>, types: string | undefined): void {
  const applies = ctx.applicable(rule);
  const span = ctx.stageSpan(rule);
  const tiered = p.tier !== undefined;
  const want = tiered ? tierIndex(ctx, p.tier!) : -1;
  const ct = ctx.ledger.times.contactAt!;
  const { records, start, tierNow } = ctx.ledger.customers;
  const roster = ctx.ledger.shape === 'roster';
  const period: Period = { start: 0, end: 0 };
  // Only contacts of the named types count: the message says so (a 日常沟通 that half-year does not).
  const named = rule.records?.callbackTypes;
  const typed: { types?: string; typesEn?: string; typeColumn?: string } =
    named && ctx.ledger.columns.callbackType !== undefined
      ? { types: named.map((t) => `“${t}”`).join('或'), typesEn: named.map((t) => `"${t}"`).join(' or '), typeColumn: columnName(ctx, 'callbackType') }
      : {};
  // One run of missed periods at a time, of the customer `c` the loop is at.
  let c = 0;
  const suffix = types ? '-type' : typed.types ? '-typed' : '';
  const run = countRun((r, ongoing) => {
    const single = r.dues.length === 1;
    const messageId = `${single ? 'short' : r.empty ? 'missed-run' : 'short-run'}${suffix}` as RunMessageId;
    const data = { start: isoDate(r.start), end: isoDate(r.end), count: r.count, min: r.min, due: isoDate(r.dues[0]), periodKind: p.period, ...typed, ...(types ? { types } : {}), ...(single ? {} : { periods: r.dues.length }) };
    const record = recordBefore(ctx, c, r.end) ?? latestRecord(ctx, c);
    ctx.emit(rule, { status: 'violation', customer: c, record, field: 'contactAt', dueAt: data.due, overdueDays: ctx.asOfDay - r.dues[0], messageId, data, missed: { dues: r.dues, ongoing } });
  });
  for (; c < ctx.ledger.customers.count; c++) {
    if (applies[c] !== 1) continue;
    // A customer never in the tier has nothing to count.
    let ever = !tiered;
    for (let j = start[c]; j < start[c + 1] && !ever; j++) ever = ctx.ledger.tier[records[j]] === want;
    if (!ever) continue;
    // The part of the customer's time this rule judges: an intent cadence ends the day before the
    // pickup, as a tier's does the day before the record that changes it.
    const from = span ? span.from[c] : -Infinity;
    const until = span ? span.until[c] : Infinity;
    const nDays = contactDays(ctx, c, p.distinctDays, buf.days, counts, from, until);
    const days = buf.days;
    const last = latestRecord(ctx, c);
    // Segments of time the customer spent in the tier: [from, to] in days.
    const segments: { from: number; to: number }[] = [];
    if (!tiered) {
      // Without a tier the obligation runs from the start date (签约日期) or the first dated record.
      const first = p.startField ? fallbackDay(ctx, c, p.startField) : firstDay(ctx, c);
      if (first === undefined) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-anchor' });
        continue;
      }
      // A period that the end date (解约) cuts short owes nothing: it ends before that period does.
      const endDay = p.endField ? fallbackDay(ctx, c, p.endField) : undefined;
      const to = endDay === undefined ? ctx.asOfDay : Math.min(ctx.asOfDay, periodOf(p.period, endDay, monthIndex(first)).start - 1);
      if (first <= to) segments.push({ from: first, to });
    }
    const tiers = tiered ? tiersInForce(ctx, c, buf.tiers) : buf.tiers;
    // The day the current segment opened (undefined: none open; day numbers can be negative).
    let open: number | undefined;
    for (let j = start[c]; j < start[c + 1] && tiered; j++) {
      const i = records[j];
      const m = ct.minute[i];
      const d = Number.isNaN(m) ? fallbackDay(ctx, c, 'receptionAt') : dayOf(m);
      if (d === undefined) continue;
      const t = tiers[j - start[c]];
      if (t === want && open === undefined) open = d;
      else if (t !== want && open !== undefined) {
        segments.push({ from: open, to: d - 1 });
        open = undefined;
      }
    }
    if (open !== undefined) segments.push({ from: open, to: ctx.asOfDay });
    if (tiered && tierNow[c] === want && segments.length === 0) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-anchor' });
      continue;
    }
    if (span) clipSegments(segments, from, until);
    for (const seg of segments) {
      let from = seg.from;
      if (roster) {
        // A roster shows one contact: only what came after it can be proven.
        const lastDay = nDays ? days[nDays - 1] : undefined;
        if (lastDay === undefined) continue;
        const own = periodOf(p.period, lastDay, monthIndex(lastDay));
        if (p.min > 1) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'roster-count', data: { last: isoDate(lastDay), start: isoDate(own.start), end: isoDate(own.end) } });
        }
        from = own.end + 1;
        if (from > seg.to) continue;
      }
      const anchorMonth = monthIndex(roster ? from : seg.from);
      let k = 0;
      // One period object walked forward (a weekly rule visits ~52 periods per customer a year).
      const per = periodOf(p.period, from, anchorMonth, period);
      for (; per.start <= seg.to; periodOf(p.period, per.end + 1, anchorMonth, per)) {
        // A period the customer left the tier (or the stage: the pickup) in owes this tier nothing,
        // as one an end date cuts short: from the change on, the new tier's cadence applies.
        if ((tiered || span) && seg.to < ctx.asOfDay && per.end > seg.to) break;
        const lo = Math.max(per.start, seg.from);
        const hi = Math.min(per.end, seg.to);
        while (k < nDays && days[k] < lo) k++;
        let n = 0;
        for (let q = k; q < nDays && days[q] <= hi; q++) n++;
        let min = p.min;
        if (!roster && per.start < seg.from && per.end >= seg.from) {
          if (p.period === 'week' && p.exemptFirstWeekAfterWeekday && weekday(seg.from) > p.exemptFirstWeekAfterWeekday) min = 0;
          if (p.period !== 'week' && p.prorateBelowDays && per.end - seg.from + 1 < p.prorateBelowDays) min = p.proratedMin ?? min;
        }
        // A kept period (or the one in progress, met already) ends a run: the customer is in contact.
        if (n >= min) {
          run.flush(false);
          continue;
        }
        const current = per.end >= ctx.asOfDay;
        // Rows that might count here (a cell that decides is unreadable) may make up the shortfall:
        // the period is indeterminate, which breaks a run.
        if (per.end - ctx.asOfDay <= ctx.profile.dueSoonDays) {
          const u = unsureMakesUp(ctx, c, counts, lo, hi, min - n, p.distinctDays ? days.subarray(k, k + n) : undefined);
          if (u >= 0) {
            run.flush(current);
            emitUnsure(ctx, rule, c, u, isoDate(per.end));
            continue;
          }
        }
        // With listed months (每年12月) the message names the months that count, not the whole period.
        const shown = p.months && p.period !== 'week' ? Math.max(per.start, firstDayOfMonthIndex(Math.floor(monthIndex(per.start) / 12) * 12 + Math.min(...p.months) - 1)) : per.start;
        if (!current) {
          run.add(shown, per.end, n, min);
          continue;
        }
        // The period in progress: its quota from the first day that counts (of the period, of its
        // listed months, of the customer's time in the tier), due soon within the lead time, else
        // open. A run before it reaches the last period that ended: still owed once the customer
        // can make it good (a December survey is owed again from 1 December).
        const first = Math.max(shown, lo);
        run.flush(first <= ctx.asOfDay);
        ctx.noteDue(c, per.end);
        if (first > ctx.asOfDay) continue;
        const data = { start: isoDate(first), end: isoDate(per.end), count: n, min, more: min - n, due: isoDate(per.end), periodKind: p.period, ...(types ? { types } : {}) };
        const quota = { done: n, required: min, unit: p.distinctDays ? ('day' as const) : ('contact' as const), periodStart: data.start, periodEnd: data.end };
        const soon = per.end - ctx.asOfDay <= ctx.profile.dueSoonDays;
        ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer: c, record: last, field: 'contactAt', dueAt: data.due, messageId: types ? 'period-open-type' : 'period-open', data, severity: 'info', quota });
      }
      run.flush(false);
    }
  }
}

/** A run of short count periods as its finding words it: first day, last due, latest count, highest minimum. */
interface CountRunView {
  dues: number[];
  start: number;
  end: number;
  count: number;
  min: number;
  /** Every period had nothing (漏访), not just too little (不足). */
  empty: boolean;
}

/**
 * Consecutive short periods of one customer (and group), gathered by the kinds' `MissedRun` until a
 * period breaks the run (kept, indeterminate, in progress, the end of the customer's time under the
 * rule), then emitted as one finding by `emit`; a run of one period is worded exactly as a single
 * missed period always was, and carries `missed` like any run.
 * @example const run = countRun((r, ongoing) => emitIt(r, ongoing)); run.add(start, due, 0, 1); run.flush(true)
 */
function countRun(emit: (run: CountRunView, ongoing: boolean) => void): { add(start: number, due: number, count: number, min: number): void; flush(ongoing: boolean): void } {
  const run = new MissedRun<{ start: number; count: number; min: number }>();
  return {
    add: (start, due, count, min) => run.add(due, { start, count, min }),
    flush(ongoing) {
      const r = run.close(ongoing);
      if (!r) return;
      const min = Math.max(...r.periods.map((x) => x.min));
      emit({ dues: r.dues, start: r.first.start, end: r.dues[r.dues.length - 1], count: r.last.count, min, empty: r.periods.every((x) => x.count === 0) }, ongoing);
    },
  };
}

/** Segments of days cut to a stage span [from, until) (minute stamps): the pickup day is the owner's. */
function clipSegments(segments: { from: number; to: number }[], from: number, until: number): void {
  const first = from === -Infinity ? -Infinity : dayOf(from);
  const last = until === Infinity ? Infinity : dayOf(until) - 1;
  let w = 0;
  for (const seg of segments) {
    seg.from = Math.max(seg.from, first);
    seg.to = Math.min(seg.to, last);
    if (seg.from <= seg.to) segments[w++] = seg;
  }
  segments.length = w;
}

/**
 * The first of the customer's unsure rows (`counts` 2) when enough of them could fall on days
 * lo..hi to make up `short` more counted days (a row on a day already counted adds none), else -1.
 */
function unsureMakesUp(ctx: RuleContext, customer: number, counts: Uint8Array, lo: number, hi: number, short: number, counted: Int32Array | undefined): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let first = -1;
  let more = 0;
  for (let j = start[customer]; j < start[customer + 1] && more < short; j++) {
    const i = records[j];
    if (counts[i] !== QUALIFIES.UNSURE || !couldFallIn(ctx, i, lo * MINUTES_PER_DAY, hi * MINUTES_PER_DAY + MINUTES_PER_DAY - 1)) continue;
    if (counted && !Number.isNaN(ct.minute[i]) && counted.includes(dayOf(ct.minute[i]))) continue;
    if (first < 0) first = i;
    more++;
  }
  return more >= short ? first : -1;
}

/** Day of the customer's first dated record (contact time, else reception). */
function firstDay(ctx: RuleContext, customer: number): number | undefined {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const m = ct.minute[records[j]];
    if (!Number.isNaN(m)) return dayOf(m);
  }
  return fallbackDay(ctx, customer, 'receptionAt');
}

/** The customer's latest record dated on or before a day (where a period's finding belongs). */
function recordBefore(ctx: RuleContext, customer: number, day: number): number | undefined {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let found: number | undefined;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const m = ct.minute[i];
    if (Number.isNaN(m) || dayOf(m) <= day) found = i;
    else break;
  }
  return found;
}


/** First day of the period containing a day, and of the next one. */
function periodBounds(kind: PerChannelParams['period'], day: number): [number, number] {
  if (kind === 'week') {
    const s = weekStart(day);
    return [s, s + 7];
  }
  const mi = monthIndex(day);
  return [firstDayOfMonthIndex(mi), firstDayOfMonthIndex(mi + 1)];
}

/** Per customer and whole period after its first, contacts by each group of channels (`records` rejects none of them). */
function countPerChannel(rule: CountRule, ctx: RuleContext, p: PerChannelParams, mask: Uint8Array): void {
  const applies = ctx.applicable(rule);
  const want = p.tier === undefined ? -1 : tierIndex(ctx, p.tier);
  const ct = ctx.ledger.times.contactAt!;
  const channel = ctx.ledger.channel;
  const groupOf = p.groups.map((g) => new Set(g.channels.map((ch) => CHANNELS.indexOf(ch))));
  const { records, start, count, tierNow } = ctx.ledger.customers;
  const counts = new Int32Array(p.groups.length);
  const maybe = new Int32Array(p.groups.length);
  const firstMaybe = new Int32Array(p.groups.length);
  // Per group, its run of missed periods, of the customer `c` the loop is at (a period's finding
  // sits on its last row, a run's on its last period's).
  let c = 0;
  const rowOf = new Int32Array(p.groups.length);
  const runs = p.groups.map(
    (g, k) =>
      countRun((r, ongoing) => {
        const single = r.dues.length === 1;
        const data = { start: isoDate(r.start), end: isoDate(r.end), count: r.count, min: g.min, allowed: g.channels.join('/'), ...(single ? {} : { periods: r.dues.length, due: isoDate(r.dues[0]) }) };
        const messageId = single ? 'short' : r.empty ? 'missed-run' : 'short-run';
        ctx.emit(rule, { status: 'violation', customer: c, record: rowOf[k], field: 'contactAt', dueAt: isoDate(r.dues[0]), overdueDays: ctx.asOfDay - r.dues[0], messageId, data, missed: { dues: r.dues, ongoing } });
      }),
  );
  for (; c < count; c++) {
    if (applies[c] !== 1 || (want >= 0 && tierNow[c] !== want)) continue;
    const a = start[c];
    const b = start[c + 1];
    // The customer's first dated row opens its first, partial period; counting starts after it.
    let j = a;
    while (j < b && Number.isNaN(ct.minute[records[j]])) j++;
    if (j === b) continue;
    if (ctx.ledger.shape === 'roster') {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: records[b - 1], messageId: 'roster-count' });
      continue;
    }
    let [from, to] = periodBounds(p.period, dayOf(ct.minute[records[j]]));
    // One pointer over the rows (in time order) across all periods.
    let q = j;
    while (q < b && dayOf(ct.minute[records[q]]) < to) q++;
    for (;;) {
      [from, to] = periodBounds(p.period, to);
      // The first whole period has not begun: nothing is counted yet.
      if (from > ctx.asOfDay) break;
      const current = to - 1 >= ctx.asOfDay;
      counts.fill(0);
      maybe.fill(0);
      firstMaybe.fill(-1);
      let last = -1;
      // A row that might count for a group: its channel, outcome or time cannot be read.
      const might = (i: number) => {
        const q = ctx.qualifies[i];
        if (mask[i] === FILTER.FAILS || q === QUALIFIES.NO || (q === QUALIFIES.YES && channel[i] !== -2)) return;
        for (let k = 0; k < groupOf.length; k++) {
          if (channel[i] !== -2 && !groupOf[k].has(channel[i])) continue;
          maybe[k]++;
          if (firstMaybe[k] < 0) firstMaybe[k] = i;
        }
      };
      for (; q < b; q++) {
        const i = records[q];
        if (dayOf(ct.minute[i]) >= to) break;
        last = i;
        if (mask[i] === FILTER.FAILS) continue;
        if (ctx.qualifies[i] !== 1 || channel[i] === -2) {
          might(i);
          continue;
        }
        for (let k = 0; k < groupOf.length; k++) if (groupOf[k].has(channel[i])) counts[k]++;
      }
      for (let u = a; u < j; u++) if (ct.precision[records[u]] === Precision.Invalid && couldFallIn(ctx, records[u], from * MINUTES_PER_DAY, to * MINUTES_PER_DAY - 1)) might(records[u]);
      const soon = to - 1 - ctx.asOfDay <= ctx.profile.dueSoonDays;
      for (let k = 0; k < p.groups.length; k++) {
        const g = p.groups[k];
        const run = runs[k];
        // A kept period ends the group's run; the one in progress ends it too, still owed unless met.
        if (counts[k] >= g.min || current) run.flush(current && counts[k] < g.min);
        if (counts[k] >= g.min) continue;
        if (soon && counts[k] + maybe[k] >= g.min) {
          run.flush(false);
          emitUnsure(ctx, rule, c, firstMaybe[k], isoDate(to - 1));
          continue;
        }
        if (!current) {
          run.add(from, to - 1, counts[k], g.min);
          rowOf[k] = last >= 0 ? last : records[b - 1];
          continue;
        }
        // The period in progress, per group: done so far, still needed, by when.
        const data = { start: isoDate(from), end: isoDate(to - 1), count: counts[k], min: g.min, more: g.min - counts[k], due: isoDate(to - 1), allowed: g.channels.join('/') };
        const quota = { done: counts[k], required: g.min, unit: 'contact' as const, periodStart: data.start, periodEnd: data.end };
        ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer: c, record: records[b - 1], field: 'contactAt', dueAt: data.due, messageId: 'period-open', data, severity: 'info', quota });
      }
      if (current) break;
    }
  }
}
