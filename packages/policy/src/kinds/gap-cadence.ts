/**
 * Gap cadences: the next successful contact is due within a gap of the last one. The gap is fixed
 * by the rule for a tier ("H every 3 days", catalog §0.5-6), declared on the customer's own card
 * (联系频率 "每月一次", else the profile's fallback), or runs inside a phase of the customer's life
 * between two of its dates ("monthly from delivery until the warranty ends", "every 3 months
 * after the warranty"). Which contacts count is the rule's `records`; a record the filter cannot
 * decide (a blank cell it reads) does not count. Periods (grid, a count per calendar period) missed
 * in a row are one finding; a gap is one event and stays one finding each.
 */
import { z } from 'zod';
import { CHANNELS } from '../ledger/cells';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { channelSchema, fieldSchema } from '../rule/common';
import { FILTER } from '../rule/record-filter';
import { addMonths, isoDate, MINUTES_PER_DAY } from '../time/day';
import { fallbackDay, periodOf, scratch, tiersInForce, type Period } from './count-per-period';
import { describe, describeCount, dueAfter, type Frequency, frequencySchema, parseCount, parseFrequency, type PeriodCount, periodCountSchema, PERIOD_UNITS } from './frequency';
import { MissedRun } from './missed-run';
import { columnName, dayOf, emitUnsure, fieldDay, latestRecord, QUALIFIES, tierIndex, unsureRecordIn } from './shared';
import type { Field } from '../ledger/fields';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

/** "every N days" for a tier: the gap between consecutive qualifying contacts is at most N days. */
const fixedGap = /* @__PURE__ */ (() => z.strictObject({
  gap: z.literal('fixed'),
  /** The tier the gap applies to, while the customer is in it. @example 'H' */
  tier: z.string().min(1).max(10),
  /** Days from one successful contact to the latest day the next is due. @example 3 */
  maxGapDays: z.number().int().min(1).max(3660),
  /** Where the clock starts for a customer never contacted (e.g. the reception date). @example 'receptionAt' */
  anchorFallback: fieldSchema.optional(),
}))();

/**
 * The frequency declared in the customer's own row (联系频率 "每月一次"), else `fallback` for the
 * whole profile. `fallback: null` is a period the document leaves open (定期): customers without a
 * declared one are then reported not-configured. Absent: they are skipped.
 */
const declaredGap = /* @__PURE__ */ (() => z.strictObject({
  gap: z.literal('declared'),
  /** The text column holding the declared frequency. @example 'contactFrequency' */
  field: fieldSchema.optional(),
  /**
   * A gap ({ every: 10, unit: 'day' }) or a count per calendar period ({ per: 'month', min: 1 }); null: not configured.
   * @example { per: 'quarter', min: 1 }
   */
  fallback: z.union([frequencySchema, periodCountSchema]).nullable().optional(),
  /**
   * A declared 每周/每月/每季度/每半年/每年 (K次), one period without 隔, is K contacts in each
   * calendar week/month/quarter/half-year/year (catalog §16 A2: a period and a count), not a gap;
   * 每隔N天, N天一次, 每两周 stay gaps. Off: every declared frequency is a gap. @example true
   */
  calendarPeriods: z.boolean().default(false),
  /** Where the clock starts for a customer never contacted. @example 'recordedAt' */
  startField: fieldSchema.optional(),
  /** Only customers without a declared frequency (another rule checks the declared ones). @example true */
  fallbackOnly: z.boolean().default(false),
}))();

/**
 * A phase of the customer's life between two of its dates: `grid` needs one contact in each
 * period counted from the phase start; `gap` needs consecutive contacts at most a period apart.
 * Periods in months are calendar months from the phase start, clamped to the month's last day
 * (catalog §0.5-2); each period is counted from the start, so clamping never drifts.
 */
const phaseGap = /* @__PURE__ */ (() => z.strictObject({
  gap: z.literal('phase'),
  /** grid: a contact in each period from the phase start; gap: at most a period between contacts. @example 'grid' */
  mode: z.enum(['grid', 'gap']),
  /** The period length. @example 3 */
  every: z.number().int().min(1).max(3660),
  /** Periods in days or calendar months. @example 'months' */
  unit: z.enum(['days', 'months']),
  /**
   * Where the phase starts (its earliest date on the customer's rows). Absent: the phase starts at
   * the customer's first qualifying contact (gap mode only). @example 'pickupAt'
   */
  from: fieldSchema.optional(),
  /** Where the phase ends (its latest date on the customer's rows); absent: open-ended. @example 'warrantyEndAt' */
  until: fieldSchema.optional(),
  /**
   * Only contacts by these channels count. A parameter, not the record filter: here a blank channel
   * counts (it is not proof of another) and an unreadable one does not, where the filter reads both
   * as undecided. @example ['phone']
   */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /**
   * When the ledger has a callback-type column, only contacts of these types count; a blank type
   * counts (it is not proof of another). A parameter, not the record filter: the filter reads a
   * blank type as undecided, and the start contacts (`startTypes`) are of other types. @example ['持续']
   */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Gap mode: completed contacts of these types (the type written out) also start the clock, without
   * meeting the cadence themselves: 持续回访 due 12 months after the 新签约 callback. A start contact
   * after the due date does not move it (the cadence was missed). @example ['新签约']
   */
  startTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** A ledger without the `until` column is open-ended rather than unable to run (解约日期 kept only when clients leave). @example true */
  untilOptional: z.boolean().default(false),
}))();

/**
 * Where the gap comes from: `fixed` by the rule for a tier, `declared` on the customer's card, or
 * `phase` between two of the customer's dates.
 * @example { gap: 'fixed', tier: 'H', maxGapDays: 3, anchorFallback: 'receptionAt' }
 * @example { gap: 'declared', field: 'contactFrequency', calendarPeriods: true }
 * @example { gap: 'phase', mode: 'grid', every: 1, unit: 'months', from: 'pickupAt', until: 'warrantyEndAt' }
 */
export const gapCadenceParams = /* @__PURE__ */ (() => typedSchema<GapCadenceParams, GapCadenceParamsInput>()(z.discriminatedUnion('gap', [fixedGap, declaredGap, phaseGap])))();
/** The params of this kind's rules (`gapCadenceParams` checks them). */
export type GapCadenceParams = { gap: 'fixed'; tier: string; maxGapDays: number; anchorFallback?: Field | undefined; } | { gap: 'declared'; calendarPeriods: boolean; fallbackOnly: boolean; field?: Field | undefined; fallback?: Frequency | PeriodCount | null | undefined; startField?: Field | undefined; } | { gap: 'phase'; mode: 'gap' | 'grid'; every: number; unit: 'days' | 'months'; untilOptional: boolean; from?: Field | undefined; until?: Field | undefined; channels?: Channel[] | undefined; callbackTypes?: string[] | undefined; startTypes?: string[] | undefined; };
/** GapCadenceParams as a profile writes them (defaults not yet filled in). */
export type GapCadenceParamsInput = { gap: 'fixed'; tier: string; maxGapDays: number; anchorFallback?: Field | undefined; } | { gap: 'declared'; field?: Field | undefined; fallback?: Frequency | PeriodCount | null | undefined; calendarPeriods?: boolean | undefined; startField?: Field | undefined; fallbackOnly?: boolean | undefined; } | { gap: 'phase'; mode: 'gap' | 'grid'; every: number; unit: 'days' | 'months'; from?: Field | undefined; until?: Field | undefined; channels?: Channel[] | undefined; callbackTypes?: string[] | undefined; startTypes?: string[] | undefined; untilOptional?: boolean | undefined; };
type FixedGap = z.infer<typeof fixedGap>;
type DeclaredGap = z.infer<typeof declaredGap>;
type PhaseGap = z.infer<typeof phaseGap>;

const fixedMessages = {
  overdue: { zh: '「{rule}」逾期：上次成功回访 {last}，应于 {due} 前再次回访，已逾期 {days} 天。', en: '"{rule}" overdue: last successful contact {last}, next due by {due}, {days} day(s) overdue.' },
  late: { zh: '「{rule}」间隔超限：{last} 之后应于 {due} 前回访，实际到 {done} 才回访。', en: '"{rule}" gap too long: after {last} the next contact was due by {due} but came on {done}.' },
  'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前回访。', en: '"{rule}" due soon: contact the customer by {due}.' },
  'missed-before-end': { zh: '「{rule}」逾期未回访：上次成功回访 {last}，应于 {due} 前再次回访，直到 {end} 提车都没有回访。', en: '"{rule}" missed: last successful contact {last}, the next was due by {due}, and none came before the pickup on {end}.' },
  'no-anchor': { zh: '「{rule}」无法判断：该客户既没有成功回访，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
};

const declaredMessages = {
  late: { zh: '「{rule}」间隔超限：按{freq}，{last} 之后应于 {due} 前联系，实际到 {done} 才联系。', en: '"{rule}" gap too long: at {freqEn}, after {last} the next contact was due by {due} but came on {done}.' },
  overdue: { zh: '「{rule}」逾期：按{freq}，上次联系 {last}，应于 {due} 前再次联系，已逾期 {days} 天。', en: '"{rule}" overdue: at {freqEn}, last contact {last}, next due by {due}, {days} day(s) overdue.' },
  'due-soon': { zh: '「{rule}」即将到期：按{freq}，请于 {due} 前联系。', en: '"{rule}" due soon: at {freqEn}, contact the customer by {due}.' },
  'no-anchor': { zh: '「{rule}」无法判断：该客户没有成功联系的记录，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
  unreadable: { zh: '「{rule}」：「{column}」写的“{value}”看不出频率（可写“每周一次”“每月一次”“每季度一次”“一月两次”）。', en: '"{rule}": "{column}" says "{value}", which is not a frequency (write 每周一次, 每月一次, 每季度一次, 一月两次).' },
  short: { zh: '「{rule}」不足：按{freq}，{start} 至 {end} 这一{unit}只有 {count} 天有成功联系，至少应有 {min} 天。', en: '"{rule}" not met: at {freqEn}, the {unitEn} {start} to {end} had successful contacts on {count} day(s); at least {min} required.' },
  'short-run': { zh: '「{rule}」不足：按{freq}，自 {start} 起连续 {periods} {units}每{unit}成功联系不足 {min} 天（{start} 至 {end}；最近一期 {count} 天）。', en: '"{rule}" not met: at {freqEn}, {periods} {unitsEn} in a row from {start} to {end} each had fewer than {min} day(s) with a successful contact (the latest: {count}).' },
  'period-open': { zh: '「{rule}」本{unit}已有 {count} 天成功联系，还需 {more} 天，{due} 前：按{freq}，{start} 至 {end} 至少 {min} 天。', en: '"{rule}" open: at {freqEn}, the {unitEn} {start} to {end} has {count} contact day(s) so far; {more} more needed by {due}.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次联系（{last}），无法统计 {start} 至 {end} 的联系次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); contacts from {start} to {end} cannot be counted.' },
  'not-configured': { zh: '「{rule}」未配置：制度没有给出周期（如“定期”），{count} 位客户无法检查。请在规则配置中设定周期（fallback），或在客户卡片上填写联系频率。', en: '"{rule}" not configured: the document gives no period (such as "periodically"), so {count} customer(s) cannot be checked. Set the period (fallback) in the profile, or fill in the frequency on the customer card.' },
};

const phaseMessages = {
  missed: { zh: '「{rule}」漏访：{start} 至 {end} 这一期没有成功回访。', en: '"{rule}" missed: no successful contact in the period {start} to {end}.' },
  'missed-run': { zh: '「{rule}」漏访：自 {start} 那{unit}起连续 {periods} {unit}没有成功回访（{start} 至 {end}）。', en: '"{rule}" missed: no successful contact in {periods} {unitsEn} in a row, {start} to {end}.' },
  'period-open': { zh: '「{rule}」本期尚未回访：{start} 至 {end}，请于 {due} 前回访。', en: '"{rule}" open: no contact yet in {start} to {end}; contact the customer by {due}.' },
  late: { zh: '「{rule}」间隔超限：{sinceHead}之后应于 {due} 前回访，实际到 {done} 才回访。', en: '"{rule}" gap too long: after {sinceEn} the next contact was due by {due} but came on {done}.' },
  overdue: { zh: '「{rule}」逾期：自{since}起应于 {due} 前回访，已逾期 {days} 天。', en: '"{rule}" overdue: counting from {sinceEn}, a contact was due by {due}; {days} day(s) overdue.' },
  'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前回访。', en: '"{rule}" due soon: contact the customer by {due}.' },
  'due-soon-since': { zh: '「{rule}」即将到期：自{since}起，请于 {due} 前回访。', en: '"{rule}" due soon: counting from {sinceEn}, contact the customer by {due}.' },
  'no-start': { zh: '「{rule}」无法判断：该客户没有「{column}」，无法确定从哪天起算。', en: '"{rule}" indeterminate: the customer has no "{column}", so there is no day to count from.' },
  'no-end': { zh: '「{rule}」无法判断：该客户没有「{column}」，无法确定这一阶段到哪天为止。', en: '"{rule}" indeterminate: the customer has no "{column}", so the end of this phase is unknown.' },
  'no-contact': { zh: '「{rule}」无法判断：该客户还没有计入本规则的成功回访，无法确定从哪天起算。', en: '"{rule}" indeterminate: the customer has no successful contact this rule counts yet, so there is no day to count from.' },
  'roster-hidden': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{last}），看不到 {start} 至 {end} 各期的回访。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); the periods from {start} to {end} cannot be seen.' },
};

/** Every message of the kind: each gap words `late`, `overdue`, `due-soon`, ... its own way (see messagesFor). */
const messages = { ...phaseMessages, ...declaredMessages, ...fixedMessages };

type GapRule = KindRule<'gap-cadence', GapCadenceParams>;
type Ctx = RuleContext<Extract<keyof typeof messages, string>>;

export const gapCadence = /* @__PURE__ */ defineKind<GapCadenceParams>()({
  id: 'gap-cadence',
  messages,
  messagesFor: (p) => (p.gap === 'fixed' ? fixedMessages : p.gap === 'declared' ? declaredMessages : phaseMessages),
  needs: (p) => (p.gap === 'fixed' ? ['contactAt', 'tier'] : p.gap === 'declared' ? ['contactAt'] : ['contactAt', ...(p.from ? [p.from] : []), ...(p.until && !p.untilOptional ? [p.until] : [])]),
  // A tier's gap judges the part of a customer's time its stage gives (before the pickup for an
  // intent rule); declared and phase gaps apply by the stage as of the check.
  stageSpans: (p) => p.gap === 'fixed',
  check(rule, ctx) {
    const p = rule.params;
    if (p.gap === 'declared') return checkDeclared(rule, ctx, p);
    // Only contacts the rule's records pass count (a blank cell the filter reads decides nothing).
    const mask = ctx.records(rule);
    if (!mask) return;
    const counts = Uint8Array.from(mask, (v) => (v === FILTER.PASSES ? 1 : 0));
    if (p.gap === 'fixed') checkFixed(rule, ctx, p, counts);
    else checkPhase(rule, ctx, p, counts);
  },
});

/** A tier's fixed gap, within the part of the customer's time the rule's stage gives. */
function checkFixed(rule: GapRule, ctx: Ctx, p: FixedGap, counts: Uint8Array): void {
  const applies = ctx.applicable(rule);
  const span = ctx.stageSpan(rule);
  const want = tierIndex(ctx, p.tier);
  const ct = ctx.ledger.times.contactAt!;
  const { records, start, tierNow } = ctx.ledger.customers;
  const buf = scratch(ctx);
  // A contact that might count (a cell that decides is unreadable) and the days it might fall on.
  const unsure = (i: number) => ctx.qualifies[i] === QUALIFIES.UNSURE && counts[i] === 1;
  for (let c = 0; c < ctx.ledger.customers.count; c++) {
    if (applies[c] !== 1) continue;
    // The part of the customer's time this rule judges (before the pickup for an intent cadence).
    const from = span ? span.from[c] : -Infinity;
    const until = span ? span.until[c] : Infinity;
    const ended = until <= ctx.asOf;
    const unsureBetween = (fromDay: number, toDay: number) => unsureRecordIn(ctx, c, unsure, Math.max(from, fromDay * MINUTES_PER_DAY), Math.min(until - 1, toDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1));
    const tiers = tiersInForce(ctx, c, buf.tiers);
    // Day numbers are negative before 1970: "no contact yet" is undefined, not -1.
    let prevDay: number | undefined;
    let prevTier = -1;
    let lastInSpan = -1;
    let tierAtEnd = ended ? -1 : tierNow[c];
    for (let j = start[c]; j < start[c + 1]; j++) {
      const i = records[j];
      const m = ct.minute[i];
      if (ended && !(m >= until)) {
        lastInSpan = i;
        tierAtEnd = tiers[j - start[c]];
      }
      if (ctx.qualifies[i] !== 1 || counts[i] !== 1 || m < from || m >= until) continue;
      const d = dayOf(m);
      if (prevDay !== undefined && prevTier === want && d > prevDay + p.maxGapDays) {
        const due = prevDay + p.maxGapDays;
        // Only a row that could fall inside this gap makes this gap uncertain.
        const u = unsureBetween(prevDay + 1, d - 1);
        if (u >= 0) emitUnsure(ctx, rule, c, u, isoDate(due));
        else ctx.emit(rule, { status: 'late', customer: c, record: i, field: 'contactAt', dueAt: isoDate(due), overdueDays: d - due, messageId: 'late', data: { last: isoDate(prevDay), due: isoDate(due), done: isoDate(d) } });
      }
      prevDay = d;
      prevTier = tiers[j - start[c]];
    }
    if (tierAtEnd !== want) continue;
    // An owner rule's clock starts at the pickup at the latest.
    const anchor = prevDay ?? (from > -Infinity ? dayOf(from) : fallbackDay(ctx, c, p.anchorFallback));
    const last = ended && lastInSpan >= 0 ? lastInSpan : latestRecord(ctx, c);
    if (anchor === undefined) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-anchor' });
      continue;
    }
    const due = anchor + p.maxGapDays;
    const data = { last: prevDay !== undefined ? isoDate(prevDay) : '—', due: isoDate(due) };
    // The judged time ended (the customer picked up the car): a contact due before that day
    // was missed for good; one due later was owed no more.
    const endDay = ended ? dayOf(until) : ctx.asOfDay;
    if (ended && due >= endDay) continue;
    // The open gap since the last contact: a row that might be a later contact leaves it unknown.
    const u = due - endDay <= ctx.profile.dueSoonDays ? unsureBetween(prevDay !== undefined ? anchor + 1 : anchor, endDay) : -1;
    if (u >= 0) {
      emitUnsure(ctx, rule, c, u, isoDate(due));
      continue;
    }
    if (ended) {
      ctx.emit(rule, { status: 'violation', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), overdueDays: endDay - due, messageId: 'missed-before-end', data: { ...data, end: isoDate(endDay) }, explain: { anchorDay: isoDate(anchor), fromContact: prevDay !== undefined, stageEnd: isoDate(endDay) } });
      continue;
    }
    if (ctx.asOfDay > due) {
      ctx.emit(rule, { status: 'overdue', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due }, explain: { anchorDay: isoDate(anchor), fromContact: prevDay !== undefined } });
      continue;
    }
    ctx.noteDue(c, due);
    if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) {
      ctx.emit(rule, { status: 'due-soon', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), messageId: 'due-soon', data, severity: 'info' });
    }
  }
}

/** The customer's declared frequency text: the latest filled cell. */
function declaredText(ctx: RuleContext, customer: number, text: (string | null)[]): { value: string; record: number } | undefined {
  const { records, start } = ctx.ledger.customers;
  for (let j = start[customer + 1] - 1; j >= start[customer]; j--) {
    const v = text[records[j]];
    if (v !== null && v.trim() !== '') return { value: v.trim(), record: records[j] };
  }
  return undefined;
}

/** Days of the customer's counted contacts, ascending and distinct, into `out`; returns how many. */
function countedDays(ctx: RuleContext, customer: number, mask: Uint8Array, out: number[]): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let n = 0;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    if (ctx.qualifies[i] !== 1 || mask[i] !== 1) continue;
    const d = dayOf(ct.minute[i]);
    if (n === 0 || out[n - 1] !== d) out[n++] = d;
  }
  out.length = n;
  return n;
}

/** A number of calendar periods in words: 3 个月, 2 个季度 (zh), months, quarters (en). */
const COUNTED_UNITS: Record<PeriodCount['per'], [string, string]> = { week: ['周', 'weeks'], month: ['个月', 'months'], quarter: ['个季度', 'quarters'], halfyear: ['个半年', 'half-years'], year: ['年', 'years'] };

/**
 * 每月一次 as a count per calendar period: from the start (first counted contact, else
 * `startField`), each calendar period needs `min` contact days. The period the start falls in
 * counts only when the start is its first day (a card opened mid-month owes that month nothing
 * more than it has). A roster shows only the latest contact: earlier periods cannot be counted.
 * Consecutive short periods are one finding; the period in progress is owed from its first day
 * (open, due soon within the lead time) with its quota.
 */
function checkCount(rule: GapRule, ctx: Ctx, p: DeclaredGap, c: number, f: PeriodCount, words: { freq: string; freqEn: string }, mask: Uint8Array, days: number[]): void {
  const n = countedDays(ctx, c, mask, days);
  const row = latestRecord(ctx, c);
  let from = n > 0 ? days[0] : p.startField ? fieldDay(ctx, c, p.startField, false) : undefined;
  if (from === undefined) {
    ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'no-anchor' });
    return;
  }
  const [unit, unitEn] = PERIOD_UNITS[f.per];
  const per: Period = { start: 0, end: 0 };
  if (ctx.ledger.shape === 'roster' && n > 0) {
    const own = periodOf(f.per, days[n - 1], 0, per);
    if (f.min > 1) ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'roster-count', data: { last: isoDate(days[n - 1]), start: isoDate(own.start), end: isoDate(own.end) } });
    from = own.end + 1;
  } else {
    periodOf(f.per, from, 0, per);
    if (per.start !== from) from = per.end + 1;
  }
  const run = new MissedRun<{ start: number; end: number; count: number }>();
  // Consecutive short periods are one finding (a single one reads as before).
  const close = (ongoing: boolean) => {
    const r = run.close(ongoing);
    if (!r) return;
    const data = { ...words, unit, unitEn, start: isoDate(r.first.start), end: isoDate(r.last.end), count: r.last.count, min: f.min, due: isoDate(r.dues[0]) };
    const [runData, messageId] = r.dues.length === 1 ? [data, 'short' as const] : [{ ...data, periods: r.dues.length, units: COUNTED_UNITS[f.per][0], unitsEn: COUNTED_UNITS[f.per][1] }, 'short-run' as const];
    ctx.emit(rule, { status: 'violation', customer: c, record: row, field: 'contactAt', dueAt: data.due, overdueDays: ctx.asOfDay - r.dues[0], messageId, data: runData, missed: r });
  };
  let k = 0;
  for (periodOf(f.per, from, 0, per); per.start <= ctx.asOfDay; periodOf(f.per, per.end + 1, 0, per)) {
    while (k < n && days[k] < per.start) k++;
    let got = 0;
    for (let q = k; q < n && days[q] <= per.end; q++) got++;
    if (got >= f.min) {
      close(false);
      continue;
    }
    if (per.end < ctx.asOfDay) {
      run.add(per.end, { start: per.start, end: per.end, count: got });
      continue;
    }
    // The period in progress, from its first day: done so far, still needed, by when.
    close(true);
    ctx.noteDue(c, per.end);
    const data = { ...words, unit, unitEn, start: isoDate(per.start), end: isoDate(per.end), count: got, min: f.min, more: f.min - got, due: isoDate(per.end) };
    const quota = { done: got, required: f.min, unit: 'day' as const, periodStart: data.start, periodEnd: data.end };
    const soon = per.end - ctx.asOfDay <= ctx.profile.dueSoonDays;
    ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer: c, record: row, field: 'contactAt', dueAt: data.due, messageId: 'period-open', data, quota, severity: 'info' });
  }
  close(false);
}

/** The customer's declared frequency (else the profile's fallback): a gap, or a count per calendar period. */
function checkDeclared(rule: GapRule, ctx: Ctx, p: DeclaredGap): void {
  // Without a declared column the profile's period is all there is.
  const text = p.field && ctx.ledger.columns[p.field] !== undefined ? ctx.ledger.text[p.field] : undefined;
  if (p.field && !text && p.fallback === undefined) {
    ctx.requireColumns(rule, [p.field]);
    return;
  }
  const mask = ctx.records(rule);
  if (!mask) return;
  const applies = ctx.applicable(rule);
  const ct = ctx.ledger.times.contactAt!;
  const { records, start, count } = ctx.ledger.customers;
  let unconfigured = 0;
  const scratchDays: number[] = [];
  for (let c = 0; c < count; c++) {
    if (applies[c] !== 1) continue;
    let freq: Frequency | PeriodCount | undefined;
    let words: { freq: string; freqEn: string } | undefined;
    const declared = text ? declaredText(ctx, c, text) : undefined;
    if (declared && p.fallbackOnly) continue;
    if (declared) {
      freq = (p.calendarPeriods ? parseCount(declared.value) : undefined) ?? parseFrequency(declared.value);
      if (!freq) {
        ctx.emit(rule, { status: 'invalid', customer: c, record: declared.record, field: p.field, messageId: 'unreadable', data: { value: declared.value.slice(0, 40) } });
        continue;
      }
      words = { freq: `“${declared.value}”`, freqEn: `"${declared.value}"` };
    } else if (p.fallback) {
      freq = p.fallback;
      words = 'per' in freq ? describeCount(freq) : describe(freq);
    } else {
      if (p.fallback === null) unconfigured++;
      continue;
    }
    if ('per' in freq) {
      checkCount(rule, ctx, p, c, freq, words, mask, scratchDays);
      continue;
    }
    // Walk the qualifying contacts: every gap longer than the period is a late contact.
    let last: number | undefined;
    for (let j = start[c]; j < start[c + 1]; j++) {
      const i = records[j];
      if (ctx.qualifies[i] !== 1 || mask[i] !== 1) continue;
      const d = dayOf(ct.minute[i]);
      if (last !== undefined && d > dueAfter(last, freq)) {
        const due = dueAfter(last, freq);
        ctx.emit(rule, { status: 'late', customer: c, record: i, field: 'contactAt', dueAt: isoDate(due), overdueDays: d - due, messageId: 'late', data: { ...words, last: isoDate(last), due: isoDate(due), done: isoDate(d) } });
      }
      if (last === undefined || d > last) last = d;
    }
    const row = latestRecord(ctx, c);
    const anchor = last ?? (p.startField ? fieldDay(ctx, c, p.startField, false) : undefined);
    if (anchor === undefined) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'no-anchor' });
      continue;
    }
    const due = dueAfter(anchor, freq);
    const data = { ...words, last: last !== undefined ? isoDate(last) : '—', due: isoDate(due) };
    if (ctx.asOfDay > due) {
      ctx.emit(rule, { status: 'overdue', customer: c, record: row, field: 'contactAt', dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due } });
      continue;
    }
    ctx.noteDue(c, due);
    if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: row, field: 'contactAt', dueAt: isoDate(due), messageId: 'due-soon', data, severity: 'info' });
  }
  if (unconfigured > 0) ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured', data: { count: unconfigured } });
}

/**
 * Clear the records of a mask whose channel is not one of `channels` (a blank channel is kept: not
 * proof of another) or whose callback type names none of `types`; a blank type is kept when
 * `blankTypeCounts`, else cleared. Without a callback-type column types do not filter.
 */
function restrictTo(ctx: RuleContext, mask: Uint8Array, channels: readonly string[] | undefined, types: readonly string[] | undefined, blankTypeCounts: boolean): void {
  const channel = ctx.ledger.channel;
  const ok = channels ? CHANNELS.map((ch) => channels.includes(ch)) : undefined;
  const text = types && ctx.ledger.columns.callbackType !== undefined ? ctx.ledger.text.callbackType! : undefined;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    const ch = channel[i];
    if (ok && (ch === -2 || (ch >= 0 && !ok[ch]))) mask[i] = 0;
    else if (text) {
      const t = text[i];
      if (t === null ? !blankTypeCounts : !types!.some((w) => t.includes(w))) mask[i] = 0;
    }
  }
}

/** How a run of grid periods is counted in words: 个月, 年, 周 where the period is one, else 期. */
function gridUnit(p: PhaseGap): { unit: string; unitsEn: string } {
  if (p.unit === 'months' && p.every === 1) return { unit: '个月', unitsEn: 'months' };
  if (p.unit === 'months' && p.every === 12) return { unit: '年', unitsEn: 'years' };
  if (p.unit === 'days' && p.every === 7) return { unit: '周', unitsEn: 'weeks' };
  return { unit: '期', unitsEn: 'periods' };
}

/** A phase between two of the customer's dates: a contact in each period (grid), or at most a period between contacts (gap). */
function checkPhase(rule: GapRule, ctx: Ctx, p: PhaseGap, counts: Uint8Array): void {
  // Contacts that start the clock without meeting the cadence (新签约回访 before the yearly 持续回访):
  // the rule's records by its channels, of the start types instead of the counted ones.
  const starts = p.startTypes && ctx.ledger.columns.callbackType !== undefined ? counts.slice() : undefined;
  if (starts) restrictTo(ctx, starts, p.channels, p.startTypes, false);
  restrictTo(ctx, counts, p.channels, p.callbackTypes, true);
  const typed = p.callbackTypes !== undefined || p.startTypes !== undefined;
  const typeText = ctx.ledger.text.callbackType;
  /** What started the clock, in both languages: a contact (with its type when the rule is about types), or the phase-start column. */
  const since = (day: number, record: number): { since: string; sinceHead: string; sinceEn: string } => {
    const date = isoDate(day);
    if (record < 0) {
      const col = columnName(ctx, p.from!);
      return { since: `「${col}」${date} `, sinceHead: `「${col}」${date} `, sinceEn: `"${col}" ${date}` };
    }
    const t = typed ? typeText?.[record] : null;
    // Spaces around a date, none next to a Chinese quotation mark: 自 2025-10-03 起, 自 2024-03-06 的「新签约回访」起.
    return t ? { since: ` ${date} 的「${t}」`, sinceHead: `${date} 的「${t}」`, sinceEn: `the "${t}" of ${date}` } : { since: ` ${date} `, sinceHead: `${date} `, sinceEn: date };
  };
  const applies = ctx.applicable(rule);
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  const roster = ctx.ledger.shape === 'roster';
  const step = p.unit === 'months' ? (day: number, k: number) => addMonths(day, k * p.every) : (day: number, k: number) => day + k * p.every;
  const counted = (i: number) => ctx.qualifies[i] === 1 && counts[i] === 1;
  // A row that might be a counted contact but for a cell that cannot be read, and the days it may be on.
  const unsure = (i: number) => ctx.qualifies[i] === QUALIFIES.UNSURE && counts[i] === 1;
  const unsureBetween = (c: number, fromDay: number, toDay: number) => unsureRecordIn(ctx, c, unsure, fromDay * MINUTES_PER_DAY, toDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1);
  for (let c = 0; c < ctx.ledger.customers.count; c++) {
    if (applies[c] !== 1) continue;
    const last = latestRecord(ctx, c);
    const a = start[c];
    const b = start[c + 1];
    let phaseStart = p.from ? fieldDay(ctx, c, p.from, false) : undefined;
    // Without the start date, a start contact (新签约回访) can open the phase.
    let startRecord = -1;
    if (p.from && phaseStart === undefined && starts) {
      for (let q = a; q < b && startRecord < 0; q++) if (ctx.qualifies[records[q]] === 1 && starts[records[q]] === 1) startRecord = records[q];
      if (startRecord >= 0) phaseStart = dayOf(ct.minute[startRecord]);
    }
    if (p.from && phaseStart === undefined) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, field: p.from, messageId: 'no-start' });
      continue;
    }
    const phaseEnd = p.until ? fieldDay(ctx, c, p.until, true) : undefined;
    if (p.until && phaseEnd === undefined && !(p.untilOptional && ctx.ledger.columns[p.until] === undefined)) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, field: p.until, messageId: 'no-end' });
      continue;
    }
    // Counted contacts are in time order; j walks them once per customer.
    let j = a;
    if (phaseStart === undefined) {
      while (j < b && !counted(records[j])) j++;
      if (j === b) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-contact' });
        continue;
      }
      phaseStart = dayOf(ct.minute[records[j]]);
      startRecord = records[j];
    }
    if (phaseStart > ctx.asOfDay) continue;
    const end = phaseEnd ?? Infinity;
    let lastSeen: number | undefined;
    for (let q = b - 1; q >= a && lastSeen === undefined; q--) if (counted(records[q])) lastSeen = dayOf(ct.minute[records[q]]);

    if (p.mode === 'grid') {
      let hidden = -1;
      const run = new MissedRun<Period>();
      // Consecutive empty periods are one finding (a single one reads as before).
      const close = (ongoing: boolean) => {
        const r = run.close(ongoing);
        if (!r) return;
        const data = { start: isoDate(r.first.start), end: isoDate(r.last.end), due: isoDate(r.dues[0]) };
        const [runData, messageId] = r.dues.length === 1 ? [data, 'missed' as const] : [{ ...data, periods: r.dues.length, ...gridUnit(p) }, 'missed-run' as const];
        ctx.emit(rule, { status: 'violation', customer: c, record: last, field: 'contactAt', dueAt: data.due, overdueDays: ctx.asOfDay - r.dues[0], messageId, data: runData, missed: r });
      };
      for (let k = 0; ; k++) {
        const from = step(phaseStart, k);
        const to = step(phaseStart, k + 1) - 1;
        // Whole periods only: the part after the phase end belongs to the next phase.
        if (from > ctx.asOfDay || to > end) break;
        const ended = to < ctx.asOfDay;
        while (j < b && (!counted(records[j]) || dayOf(ct.minute[records[j]]) < from)) j++;
        if (j < b && dayOf(ct.minute[records[j]]) <= to) {
          close(false);
          continue;
        }
        const soon = to - ctx.asOfDay <= ctx.profile.dueSoonDays;
        const u = unsureBetween(c, from, to);
        if (u >= 0) {
          // A row that might be this period's contact: the run stops here; the customer may still owe.
          close(!ended);
          if (soon) emitUnsure(ctx, rule, c, u, isoDate(to));
          else ctx.noteDue(c, to);
          continue;
        }
        if (ended) {
          // A roster shows only the latest contact: a period before it may have had one.
          if (roster && lastSeen !== undefined && lastSeen > to) {
            close(false);
            if (hidden < 0) hidden = from;
            continue;
          }
          run.add(to, { start: from, end: to });
          continue;
        }
        // The period in progress, owed from its first day: one contact, none yet.
        close(true);
        ctx.noteDue(c, to);
        const quota = { done: 0, required: 1, unit: 'contact' as const, periodStart: isoDate(from), periodEnd: isoDate(to) };
        ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer: c, record: last, field: 'contactAt', dueAt: isoDate(to), messageId: 'period-open', data: { start: isoDate(from), end: isoDate(to), due: isoDate(to) }, quota, severity: 'info' });
      }
      // The phase ended (or the next period would outlast it): nothing more is owed here.
      close(false);
      if (hidden >= 0) ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'roster-hidden', data: { last: isoDate(lastSeen!), start: isoDate(hidden), end: isoDate(lastSeen!) } });
      continue;
    }

    // Gap mode: the clock starts at the phase start and restarts at each counted contact (and at
    // a start contact inside the current window).
    let prev = phaseStart;
    let prevRecord = startRecord;
    let first = true;
    for (; j < b; j++) {
      const i = records[j];
      const isCounted = counted(i);
      const isStart = !isCounted && starts !== undefined && ctx.qualifies[i] === 1 && starts[i] === 1;
      if (!isCounted && !isStart) continue;
      const d = dayOf(ct.minute[i]);
      if (d < phaseStart || d > end) continue;
      const due = step(prev, 1);
      if (isStart) {
        if (d <= due && d >= prev) {
          prev = d;
          prevRecord = i;
        }
        continue;
      }
      // On a roster the first visible contact may have had hidden ones before it.
      if (d > due && due <= end && !(roster && first)) {
        const u = unsureBetween(c, prev + 1, d - 1);
        if (u >= 0) emitUnsure(ctx, rule, c, u, isoDate(due));
        else ctx.emit(rule, { status: 'late', customer: c, record: i, field: 'contactAt', dueAt: isoDate(due), overdueDays: d - due, messageId: 'late', data: { last: isoDate(prev), ...since(prev, prevRecord), due: isoDate(due), done: isoDate(d) } });
      }
      prev = d;
      prevRecord = i;
      first = false;
    }
    const due = step(prev, 1);
    if (due > end) continue;
    const data = { last: isoDate(prev), ...since(prev, prevRecord), due: isoDate(due) };
    const u = due - ctx.asOfDay <= ctx.profile.dueSoonDays ? unsureBetween(c, prev + 1, Math.min(ctx.asOfDay, end)) : -1;
    if (u >= 0) {
      emitUnsure(ctx, rule, c, u, isoDate(due));
      continue;
    }
    if (ctx.asOfDay > due) {
      ctx.emit(rule, { status: 'overdue', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due } });
      continue;
    }
    ctx.noteDue(c, due);
    if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), messageId: typed ? 'due-soon-since' : 'due-soon', data, severity: 'info' });
  }
}
