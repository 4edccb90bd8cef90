/**
 * Event-relative windows: "within 24 hours of reception", "1-2 hours after pickup", "within a week
 * of pickup", "3 days before 首保", "within 5 working days of signing"; and schedules, several
 * windows after one anchor ("month 1, 3 and 6 after purchase", "3-5 days after a repair"). Months
 * are calendar months, clamped to the month's last day (catalog §0.5-2). Windows of one anchor's
 * schedule missed in a row are one finding (a run: `missed-run`, the fine once a window); a single
 * missed window reads `overdue` as it always has.
 */
import { z } from 'zod';
import { said } from '../errors/zod';
import { CHANNELS, Precision } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import { channelSchema, fieldSchema, needsTimeOfDay, ordered, severitySchema } from '../rule/common';
import { DAYS_INSTEAD } from './shared-params';
import { defineKind, type RuleContext } from '../rule/kind';
import { FILTER, filterColumns } from '../rule/record-filter';
import { breachSeverity, type RuleBase } from '../rule/rule';
import { addMonths, dayFromYmd, daysInMonth, isoDate, isoMinute, MINUTES_PER_DAY, readableMinute, ymdFromDay } from '../time/day';
import { couldFallIn, dayOf, emitUnsure, inSpan, isDated, QUALIFIES, recordTimeText, timeText } from './shared';
import type { Channel } from '../ledger/cells';
import type { Severity, Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

const offset = /* @__PURE__ */ (() => z.number().int().min(-100000).max(100000))();

/**
 * A contact is due in a window relative to an anchor event (reception, pickup, 首保, signing), or
 * in each of several windows after it (a schedule: month 1, 3 and 6 after purchase), one
 * qualifying contact per window. A rule that counts only some callback types says so in its
 * `records` filter with `ifColumnMissing: 'pass'` (a ledger without 回访类型 logs only these
 * callbacks); the filter selects the contacts, never the anchor rows, and a contact whose type is
 * blank counts (a blank type is no proof of another).
 * @example { anchor: 'receptionAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }], channels: ['phone', 'visit'] }
 * @example { anchor: 'purchaseAt', anchorFallback: 'pickupAt', unit: 'months', windows: [{ from: 0, to: 1 }, { from: 2, to: 3 }, { from: 5, to: 6 }], startsAfter: true }
 */
export const eventWindowParams = /* @__PURE__ */ (() => typedSchema<EventWindowParams, EventWindowParamsInput>()(z
  .strictObject({
    /** The date the windows are counted from. @example 'receptionAt' */
    anchor: fieldSchema,
    /** Used for a customer with no anchor date (购车 falling back to 交车). @example 'pickupAt' */
    anchorFallback: fieldSchema.optional(),
    /**
     * minutes: clock time (both times need minutes); days: calendar dates; workdays: the working-day
     * calendar; months: calendar months. @example 'days'
     */
    unit: z.enum(['minutes', 'days', 'workdays', 'months']),
    /**
     * Each window's start and end, inclusive, in `unit` relative to the anchor (negative = before
     * it). Several windows are a schedule: a contact in a later window is that window's, not a
     * late one for an earlier window. @example [{ from: 1, to: 7 }]
     */
    windows: z
      .array(
        z
          .strictObject({
            /** @example 1 */
            from: offset,
            /** @example 7 */
            to: offset,
            /** Months only: days added to the window's end (使用1个月后: [U + 1 month, U + 1 month + 14 days]). @example 14 */
            plusDays: z.number().int().min(0).max(366).optional(),
          })
          .superRefine(ordered('from', 'to', { en: 'the window is inverted (every contact would be early or late)', zh: '窗口颠倒（每次联系都会算作过早或过晚）' })),
      )
      .min(1)
      .max(24),
    /** Day units: a window opens the day after its `from` point: 第k月 = (P + (k-1) months, P + k months]. @example true */
    startsAfter: z.boolean().default(false),
    /**
     * Day units: a window closes the day before its `to` point: [P + from, P + to), so the point
     * `to` opens the next window (一年内每月 / 一年以上每季: the first anniversary is the first
     * quarterly day). @example true
     */
    endsBefore: z.boolean().default(false),
    /** Months only: a window ends with the calendar month its `to` falls in (repairs of month m called back by the end of month m + 1). @example true */
    toMonthEnd: z.boolean().default(false),
    /**
     * Only contacts by these channels count. A param rather than a `records` clause: the record
     * filter reads a blank channel and an unreadable one alike (unknown), where this rule counts a
     * contact with a blank channel (no proof of another) but cannot tell one with an unreadable
     * channel (电活), which may be the call it asks for. @example ['phone']
     */
    channels: z.array(channelSchema).min(1).max(10).optional(),
    /** A documented attempt (not reached) satisfies the rule (rules about starting, 开展). @example true */
    attemptsCount: z.boolean().default(false),
    /** How to treat a contact after the anchor but before the window opens. @example 'warning' */
    early: z.enum(['ignore', 'warning']).default('ignore'),
    /** Severity of a contact that came after the window closed (default: the rule's breach severity). @example 'warning' */
    lateSeverity: severitySchema.optional(),
    /**
     * A window before its anchor opens no earlier than just after the customer's previous anchor:
     * each shipment needs its own reconfirmation (出貨前再確認), one made before an earlier shipment
     * is that one's. @example true
     */
    sincePrevious: z.boolean().default(false),
    /**
     * The window's first day is one the document states (提车后1到2小时, 3~5天, 第3月, 4-6个月), or the
     * catalog's reading of a "前N天" callback gives (首保前3天: the week before): from that day the rule
     * reports the window as `open` (进行中) until the lead time, then `due-soon`. false where the
     * document gives no opening day: a deadline counted from the event (24小时内, 一周内, 5个工作日内)
     * or a bound of our own (any time before use); such a window is reported only within the lead
     * time, as a deadline. @example true
     */
    opens: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    // Day shifts and month ends mean nothing for clock windows or for days.
    if (p.unit === 'minutes' && (p.startsAfter || p.endsBefore)) ctx.addIssue({ code: 'custom', path: [p.startsAfter ? 'startsAfter' : 'endsBefore'], input: true, ...said('a clock-time (minutes) window opens and closes at its minute, not on a day', '按分钟计的窗口在具体时分开始和结束，不按整天移动') });
    if (p.unit !== 'months' && p.toMonthEnd) ctx.addIssue({ code: 'custom', path: ['toMonthEnd'], input: true, ...said('toMonthEnd needs unit months', 'toMonthEnd 只能与 unit: months 一起使用') });
    if (p.unit === 'minutes') {
      needsTimeOfDay(ctx, ['anchor'], p.anchor, 'unit: minutes', DAYS_INSTEAD);
      needsTimeOfDay(ctx, ['anchorFallback'], p.anchorFallback, 'unit: minutes', DAYS_INSTEAD);
    }
    p.windows.forEach((w, k) => {
      if (p.unit !== 'months' && w.plusDays !== undefined) ctx.addIssue({ code: 'custom', path: ['windows', k, 'plusDays'], input: w.plusDays, ...said('plusDays needs unit months', 'plusDays 只能与 unit: months 一起使用') });
    });
  })))();
/** The params of this kind's rules (`eventWindowParams` checks them). */
export interface EventWindowParams {
  /**
   * The date the windows are counted from.
   * @example 'receptionAt'
   */
  anchor: Field;
  /**
   * minutes: clock time (both times need minutes); days: calendar dates; workdays: the working-day
   * calendar; months: calendar months.
   * @example 'days'
   */
  unit: 'days' | 'workdays' | 'months' | 'minutes';
  /**
   * Each window's start and end, inclusive, in `unit` relative to the anchor (negative = before
   * it). Several windows are a schedule: a contact in a later window is that window's, not a
   * late one for an earlier window.
   * @example [{ from: 1, to: 7 }]
   */
  windows: { from: number; to: number; plusDays?: number | undefined; }[];
  /**
   * Day units: a window opens the day after its `from` point: 第k月 = (P + (k-1) months, P + k months].
   * @example true
   */
  startsAfter: boolean;
  /**
   * Day units: a window closes the day before its `to` point: [P + from, P + to), so the point
   * `to` opens the next window (一年内每月 / 一年以上每季: the first anniversary is the first
   * quarterly day).
   * @example true
   */
  endsBefore: boolean;
  /**
   * Months only: a window ends with the calendar month its `to` falls in (repairs of month m called back by the end of month m + 1).
   * @example true
   */
  toMonthEnd: boolean;
  /**
   * A documented attempt (not reached) satisfies the rule (rules about starting, 开展).
   * @example true
   */
  attemptsCount: boolean;
  /**
   * How to treat a contact after the anchor but before the window opens.
   * @example 'warning'
   */
  early: 'warning' | 'ignore';
  /**
   * A window before its anchor opens no earlier than just after the customer's previous anchor:
   * each shipment needs its own reconfirmation (出貨前再確認), one made before an earlier shipment
   * is that one's.
   * @example true
   */
  sincePrevious: boolean;
  /**
   * The window's first day is one the document states (提车后1到2小时, 3~5天, 第3月, 4-6个月), or the
   * catalog's reading of a "前N天" callback gives (首保前3天: the week before): from that day the rule
   * reports the window as `open` (进行中) until the lead time, then `due-soon`. false where the
   * document gives no opening day: a deadline counted from the event (24小时内, 一周内, 5个工作日内)
   * or a bound of our own (any time before use); such a window is reported only within the lead
   * time, as a deadline.
   * @example true
   */
  opens: boolean;
  /**
   * Used for a customer with no anchor date (购车 falling back to 交车).
   * @example 'pickupAt'
   */
  anchorFallback?: Field;
  /**
   * Only contacts by these channels count. A param rather than a `records` clause: the record
   * filter reads a blank channel and an unreadable one alike (unknown), where this rule counts a
   * contact with a blank channel (no proof of another) but cannot tell one with an unreadable
   * channel (电活), which may be the call it asks for.
   * @example ['phone']
   */
  channels?: Channel[];
  /**
   * Severity of a contact that came after the window closed (default: the rule's breach severity).
   * @example 'warning'
   */
  lateSeverity?: Severity;
}
/** EventWindowParams as a profile writes them (defaults not yet filled in). */
export type EventWindowParamsInput = Defaulted<EventWindowParams, 'startsAfter' | 'endsBefore' | 'toMonthEnd' | 'attemptsCount' | 'early' | 'sincePrevious' | 'opens'>;

export interface Window {
  /** First and last minute stamp of the window, inclusive. */
  readonly start: number;
  readonly end: number;
  /** The anchor's minute stamp. */
  readonly anchor: number;
  /** ISO text of the due moment. */
  readonly dueAt: string;
  /** The due moment as a person reads it (2025-03-06 14:00). */
  readonly dueText: string;
  /** True for clock-time windows, which need minute precision on both sides. */
  readonly clock: boolean;
}

// Due texts are formatted only when a finding needs them: most windows are met. Classes with
// prototype getters allocate as fast as plain objects; object literals with getters do not.
class ClockWindow implements Window {
  readonly clock = true;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly anchor: number,
  ) {}
  get dueAt(): string {
    return isoMinute(this.end);
  }
  get dueText(): string {
    return readableMinute(this.end);
  }
}

/** A window of whole calendar days (also built by the schedule kind for month points). */
export class DayWindow implements Window {
  readonly clock = false;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly anchor: number,
    private readonly endDay: number,
  ) {}
  get dueAt(): string {
    return isoDate(this.endDay);
  }
  get dueText(): string {
    return isoDate(this.endDay);
  }
}

/**
 * The window of an anchor, or a reason it cannot be computed.
 * @example windowOf(ctx, { unit: 'minutes', from: 1, to: 1440 }, anchor) // 24 h after the anchor
 */
export function windowOf(
  ctx: RuleContext,
  p: { unit: 'minutes' | 'days' | 'workdays'; from: number; to: number },
  anchor: number,
  anchorPrecision: number,
): Window | { problem: 'anchor-no-time' } | { problem: 'calendar-unknown'; year: number } {
  if (p.unit === 'minutes') {
    if (anchorPrecision !== Precision.Minute) return { problem: 'anchor-no-time' };
    const end = anchor + p.to;
    return new ClockWindow(anchor + p.from, end, anchor);
  }
  const day = dayOf(anchor);
  let startDay = day + p.from;
  let endDay = day + p.to;
  if (p.unit === 'workdays') {
    const s = p.from === 0 ? day : ctx.calendar.addWorkdays(day, p.from);
    const e = p.to === 0 ? day : ctx.calendar.addWorkdays(day, p.to);
    if (s === undefined || e === undefined) return { problem: 'calendar-unknown', year: ymdFromDay(day).year + (ctx.calendar.knows(day) ? 1 : 0) };
    startDay = s;
    endDay = e;
  }
  return new DayWindow(startDay * MINUTES_PER_DAY, endDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, anchor, endDay);
}

export interface Anchor {
  minute: number;
  precision: number;
  /** The first record where this anchor value appears. */
  record: number;
}

/**
 * Distinct anchor values of a customer into `out` (its slots reused across customers, so the
 * hot loop allocates nothing); returns how many.
 */
export function collectAnchors(ctx: RuleContext, customer: number, field: Field, out: Anchor[]): number {
  const col = ctx.ledger.times[field];
  if (!col) return 0;
  const { records, start } = ctx.ledger.customers;
  let n = 0;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const p = col.precision[i];
    if (!isDated(p)) continue;
    const m = col.minute[i];
    let seen = false;
    for (let k = 0; k < n && !seen; k++) seen = out[k].minute === m;
    if (seen) continue;
    if (n === out.length) out.push({ minute: 0, precision: 0, record: 0 });
    const slot = out[n++];
    slot.minute = m;
    slot.precision = p;
    slot.record = i;
  }
  return n;
}

/** Messages of window findings. */
const messages = {
  overdue: { zh: '「{rule}」未完成：应于 {due} 前完成，已逾期 {days} 天。', en: '"{rule}" not done: due by {due}, {days} day(s) overdue.' },
  'missed-run': { zh: '「{rule}」漏访：自 {since} 起连续 {periods} 期没有成功回访（{start} 至 {end}）。', en: '"{rule}" missed: no successful contact in {periods} windows in a row since {since} ({start} to {end}).' },
  late: { zh: '「{rule}」完成晚了：应于 {due} 前完成，实际在 {done}。', en: '"{rule}" done late: due by {due}, done {done}.' },
  'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前完成。', en: '"{rule}" due soon: do it by {due}.' },
  open: { zh: '「{rule}」窗口已开始：请于 {due} 前完成（窗口 {start} 至 {due}）。', en: '"{rule}" window open: do it by {due} (window {start} to {due}).' },
  early: { zh: '「{rule}」：{done} 的回访早于规定窗口（应在 {start} 至 {due} 之间）。', en: '"{rule}": the contact at {done} came before the window ({start} to {due}).' },
  attempted: { zh: '「{rule}」：规定时间内只有未接通或不合格的回访尝试，没有成功回访。', en: '"{rule}": only unsuccessful attempts inside the window, no successful contact.' },
  'roster-hidden': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{done}），看不到更早的回访。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({done}); earlier contacts are not visible.' },
  'anchor-no-time': { zh: '「{rule}」无法判断：「{column}」只有日期没有时分，按小时计的期限需要精确到分钟。', en: '"{rule}" indeterminate: "{column}" has a date but no time; an hour-based deadline needs minutes.' },
  'contact-no-time': { zh: '「{rule}」无法判断：回访时间 {done} 没有时分，无法确定是否在 {due} 之前。', en: '"{rule}" indeterminate: the contact on {done} has no time of day, so it cannot be placed before or after {due}.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
};

/** Wording of a rule whose window has a first day (`opens`): due soon names the window too. */
const windowWording = { 'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前完成（窗口 {start} 至 {due}）。', en: '"{rule}" due soon: do it by {due} (window {start} to {due}).' } };

/** Where the customer's contacts stand relative to one window. */
interface Scan {
  inWindow: number;
  late: number;
  early: number;
  attempt: number;
  uncertain: number;
  /** A contact that might satisfy the rule and might lie in the window (MASK.UNSURE). */
  unsure: number;
  latest: number;
}

/** Values of a contact mask: no use to the rule, satisfies it, only attempts it, might satisfy it. */
export const MASK = { NONE: 0, SATISFIES: 1, ATTEMPT: 2, UNSURE: 3 } as const;

/**
 * Per record: 1 a contact that satisfies the rule, 2 one that only attempts it, 0 neither
 * (a channel or callback type the rule does not count), 3 one that might satisfy it but a cell
 * that decides cannot be read (an unreadable channel where the rule names channels, a callback
 * type the profile does not know where the rule names types, an unreadable time or outcome).
 * A blank channel or type is no proof of another: the contact counts. One pass, lookups hoisted.
 * @example contactMask(ctx, { channels: ['phone'], callbackTypes: ['生日'], attemptsCount: false })[i] // MASK.SATISFIES for a reached birthday call
 */
export function contactMask(ctx: RuleContext, p: { channels?: readonly string[]; callbackTypes?: readonly string[]; attemptsCount: boolean }): Uint8Array {
  const types = p.callbackTypes && ctx.ledger.columns.callbackType !== undefined ? ctx.ledger.text.callbackType! : undefined;
  let select: Uint8Array | undefined;
  if (types) {
    const unknownType = ctx.ledger.unknownType;
    select = new Uint8Array(ctx.ledger.size);
    for (let i = 0; i < select.length; i++) {
      const t = types[i];
      select[i] = unknownType?.[i] === 1 ? MASK.UNSURE : t !== null && !p.callbackTypes!.some((w) => t.includes(w)) ? MASK.NONE : MASK.SATISFIES;
    }
  }
  return maskContacts(ctx, p, select);
}

/**
 * {@link contactMask} of a rule whose `records` filter selects the contacts: a record the filter
 * rejects is no contact of the rule; one it cannot tell (a blank cell) counts, as a blank type
 * always has; one whose callback type the profile does not know, where the filter reads types,
 * might be one. Undefined when the filter cannot run (a column it needs is missing).
 */
function selectedContactMask(rule: RuleBase, ctx: RuleContext, p: { channels?: readonly string[]; attemptsCount: boolean }): Uint8Array | undefined {
  const records = ctx.records(rule);
  if (!records) return undefined;
  if (!rule.records) return maskContacts(ctx, p, undefined);
  const unknownType = filterColumns(rule.records).includes('callbackType') ? ctx.ledger.unknownType : undefined;
  const select = new Uint8Array(records.length);
  for (let i = 0; i < select.length; i++) select[i] = unknownType?.[i] === 1 ? MASK.UNSURE : records[i] === FILTER.FAILS ? MASK.NONE : MASK.SATISFIES;
  return maskContacts(ctx, p, select);
}

/** The contact mask over the records `select` admits (MASK.NONE: not one, UNSURE: might be; undefined: all). */
function maskContacts(ctx: RuleContext, p: { channels?: readonly string[]; attemptsCount: boolean }, select: Uint8Array | undefined): Uint8Array {
  const n = ctx.ledger.size;
  const mask = new Uint8Array(n);
  const channel = ctx.ledger.channel;
  const qualifies = ctx.qualifies;
  const precision = ctx.ledger.times.contactAt?.precision;
  // Channel codes that count; a blank channel is not proof of a wrong one.
  const restricted = !!p.channels && ctx.ledger.columns.channel !== undefined;
  const ok = new Uint8Array(CHANNELS.length).fill(1);
  if (restricted) CHANNELS.forEach((ch, k) => (ok[k] = p.channels!.includes(ch) ? 1 : 0));
  for (let i = 0; i < n; i++) {
    const ch = channel[i];
    if (ch >= 0 && ok[ch] === 0) continue;
    // An unreadable channel cannot prove the channel the rule asks for, nor rule it out.
    let unsure = ch === -2 && restricted;
    if (select) {
      if (select[i] === MASK.NONE) continue;
      if (select[i] === MASK.UNSURE) unsure = true;
    }
    const q = qualifies[i];
    if (p.attemptsCount) mask[i] = unsure || precision?.[i] === Precision.Invalid ? MASK.UNSURE : MASK.SATISFIES;
    else if (q === QUALIFIES.YES) mask[i] = unsure ? MASK.UNSURE : MASK.SATISFIES;
    else mask[i] = q === QUALIFIES.UNSURE ? MASK.UNSURE : MASK.ATTEMPT;
  }
  return mask;
}

const scratchScan: Scan = { inWindow: -1, late: -1, early: -1, attempt: -1, uncertain: -1, unsure: -1, latest: -1 };

/**
 * Place a customer's contacts relative to a window (the result object is reused: read it at once).
 * A contact at or after `lateBefore` is not "late" for this window (it belongs to a later one).
 */
function scan(ctx: RuleContext, customer: number, w: Window, mask: Uint8Array, lateBefore: number): Scan {
  const ct = ctx.ledger.times.contactAt!;
  const minute = ct.minute;
  const precision = ct.precision;
  const { records, start } = ctx.ledger.customers;
  const s = scratchScan;
  s.inWindow = s.late = s.early = s.attempt = s.uncertain = s.unsure = s.latest = -1;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const p = precision[i];
    // Unreadable times included: `12月23日 15:00` may still fall in the window.
    if (mask[i] === MASK.UNSURE && s.unsure < 0 && couldFallIn(ctx, i, w.start, w.end)) s.unsure = i;
    if (!isDated(p)) continue;
    s.latest = i;
    const k = mask[i];
    if (k === 0) continue;
    const m = minute[i];
    if (w.clock && p === Precision.Day) {
      // A date-only contact on a day the window touches cannot be placed inside or outside it.
      const d1 = m + MINUTES_PER_DAY - 1;
      if (d1 >= w.start && m <= w.end && (m < w.start || d1 > w.end)) {
        if (k === 1 && s.uncertain < 0) s.uncertain = i;
        continue;
      }
    }
    if (m >= w.start && m <= w.end) {
      if (k === 1 && s.inWindow < 0) s.inWindow = i;
      else if (k === 2 && s.attempt < 0) s.attempt = i;
    } else if (m > w.end) {
      if (k === 1 && s.late < 0 && m < lateBefore) s.late = i;
    } else if (m > w.anchor || (!w.clock && m >= w.anchor)) {
      if (k === 1 && w.start > w.anchor) s.early = i;
    }
  }
  return s;
}

const contactText = (ctx: RuleContext, record: number): string => recordTimeText(ctx, 'contactAt', record);

/** Report a window that cannot be computed; true when it was a problem. */
export function windowProblem(ctx: RuleContext, rule: RuleBase, customer: number, record: number, w: ReturnType<typeof windowOf>, anchorField: Field): w is Exclude<ReturnType<typeof windowOf>, Window> {
  if ('problem' in w) {
    // anchor-no-time's {column} is the finding's own column (the anchor field's).
    ctx.emit(rule, {
      status: 'indeterminate',
      customer,
      record,
      field: anchorField,
      messageId: w.problem,
      data: w.problem === 'calendar-unknown' ? { year: w.year } : undefined,
    });
    return true;
  }
  return false;
}

/** A window that closed with no contact at all, waiting to join the windows around it in a run. */
export interface MissedWindow {
  readonly win: Window;
  readonly overdueDays: number;
  readonly record: number;
  readonly field: Field;
  readonly explain: Record<string, unknown>;
}

/**
 * Judge one customer's window and emit its finding, if any (none when a contact falls inside); a
 * plain miss (closed, no contact nor attempt) is returned instead, for the caller to join with the
 * windows around it. A contact at or after `lateBefore` (the next scheduled window) does not make
 * this one late: this one was missed.
 * @example const missed = judgeWindow(ctx, rule, { anchor: 'purchaseAt', early: 'ignore' }, c, a.record, win, mask); if (missed) run.push(missed);
 */
export function judgeWindow(
  ctx: RuleContext,
  rule: RuleBase,
  p: { anchor: Field; early: EventWindowParams['early']; lateSeverity?: EventWindowParams['lateSeverity']; opens?: boolean },
  customer: number,
  anchorRecord: number,
  win: Window,
  mask: Uint8Array,
  lateBefore = Infinity,
): MissedWindow | undefined {
  const s = scan(ctx, customer, win, mask, lateBefore);
  if (s.inWindow >= 0) return;
  const dueSoon = ctx.profile.dueSoonDays * MINUTES_PER_DAY;
  const explain = { anchor: p.anchor, anchorAt: isoMinute(win.anchor), window: [isoMinute(win.start), isoMinute(win.end)] };
  if (s.uncertain >= 0) {
    ctx.emit(rule, { status: 'indeterminate', customer, record: s.uncertain, field: 'contactAt', dueAt: win.dueAt, messageId: 'contact-no-time', data: { done: contactText(ctx, s.uncertain), due: win.dueText }, explain });
    return;
  }
  // A row that might be the contact in the window, but an unreadable cell hides whether: whatever
  // would be reported (late, overdue, due soon) may not be so.
  const reported = s.late >= 0 || (s.early >= 0 && p.early === 'warning') || ctx.asOf > win.end || (win.end - ctx.asOf <= dueSoon && ctx.asOf >= win.start - dueSoon);
  if (s.unsure >= 0 && reported) {
    emitUnsure(ctx, rule, customer, s.unsure, win.dueAt);
    return;
  }
  // A column of latest contacts (最近回访时间) may hide an earlier contact inside the window behind
  // the one after it: late cannot be told. (A ledger that merely has one contact per customer so
  // far shows all it has.)
  if (s.late >= 0 && ctx.ledger.latestOnly) {
    ctx.emit(rule, { status: 'indeterminate', customer, record: s.late, messageId: 'roster-hidden', data: { done: contactText(ctx, s.late) }, explain });
    return;
  }
  if (s.late >= 0) {
    const lateMinute = ctx.ledger.times.contactAt!.minute[s.late];
    ctx.emit(rule, {
      status: 'late',
      customer,
      record: s.late,
      field: 'contactAt',
      dueAt: win.dueAt,
      overdueDays: Math.max(1, Math.ceil((lateMinute - win.end) / MINUTES_PER_DAY)),
      messageId: 'late',
      data: { due: win.dueText, done: contactText(ctx, s.late) },
      severity: p.lateSeverity ?? breachSeverity(rule),
      explain,
    });
    return;
  }
  if (s.early >= 0 && p.early === 'warning') {
    ctx.emit(rule, { status: 'violation', customer, record: s.early, field: 'contactAt', dueAt: win.dueAt, messageId: 'early', data: { done: contactText(ctx, s.early), start: timeText(win.start, win.clock ? Precision.Minute : Precision.Day), due: win.dueText }, severity: 'warning', explain });
    return;
  }
  if (ctx.asOf > win.end) {
    if (ctx.ledger.shape === 'roster' && s.latest >= 0 && ctx.ledger.times.contactAt!.minute[s.latest] > win.end) {
      ctx.emit(rule, { status: 'indeterminate', customer, record: s.latest, messageId: 'roster-hidden', data: { done: contactText(ctx, s.latest) }, explain });
      return;
    }
    if (s.attempt >= 0) {
      ctx.emit(rule, { status: 'violation', customer, record: s.attempt, field: 'contactAt', dueAt: win.dueAt, messageId: 'attempted', severity: 'warning', explain });
      return;
    }
    const overdueDays = win.clock ? Math.max(1, Math.ceil((ctx.asOf - win.end) / MINUTES_PER_DAY)) : ctx.asOfDay - dayOf(win.end);
    return { win, overdueDays, record: anchorRecord, field: p.anchor, explain };
  }
  ctx.noteDue(customer, dayOf(win.end));
  const soon = win.end - ctx.asOf <= dueSoon && ctx.asOf >= win.start - dueSoon;
  // A window with a first day is in progress from it (a row that might be its contact may have done it).
  const open = !soon && p.opens === true && ctx.asOf >= win.start && s.unsure < 0;
  if (!soon && !open) return;
  // A deadline without a first day says only its due date, as it always has.
  const data: Record<string, string> = p.opens ? { due: win.dueText, start: timeText(win.start, win.clock ? Precision.Minute : Precision.Day) } : { due: win.dueText };
  const quota = p.opens ? { done: 0, required: 1, unit: 'contact' as const, periodStart: isoDate(dayOf(win.start)), periodEnd: isoDate(dayOf(win.end)) } : undefined;
  ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer, record: anchorRecord, field: p.anchor, dueAt: win.dueAt, messageId: soon ? 'due-soon' : 'open', data, severity: 'info', explain, quota });
}

/** The window of one of the rule's windows after an anchor, or why it cannot be computed. */
function windowAfter(ctx: RuleContext, p: EventWindowParams, k: number, a: Anchor): ReturnType<typeof windowOf> {
  const point = p.windows[k];
  // 第k月 = (P + (k-1), P + k]: the window opens the day after its `from` point; with endsBefore
  // [P + from, P + to): it closes the day before its `to` point.
  const shift = p.startsAfter ? 1 : 0;
  const cut = p.endsBefore ? 1 : 0;
  if (p.unit !== 'months') {
    const w = windowOf(ctx, { unit: p.unit, from: point.from, to: point.to }, a.minute, a.precision);
    if ('problem' in w || (shift === 0 && cut === 0)) return w;
    const endDay = dayOf(w.end) - cut;
    return new DayWindow(w.start + shift * MINUTES_PER_DAY, endDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, a.minute, endDay);
  }
  const day = dayOf(a.minute);
  const startDay = addMonths(day, point.from) + shift;
  let endDay = addMonths(day, point.to);
  if (p.toMonthEnd) {
    const { year, month } = ymdFromDay(endDay);
    endDay = dayFromYmd(year, month, daysInMonth(year, month));
  }
  endDay += point.plusDays ?? 0;
  endDay -= cut;
  return new DayWindow(startDay * MINUTES_PER_DAY, endDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, a.minute, endDay);
}

export const eventWindow = /* @__PURE__ */ defineKind<EventWindowParams>()({
  id: 'event-window',
  messages,
  // With a fallback the anchor column may be missing (checked in check()).
  needs: (p) => (p.anchorFallback ? ['contactAt'] : ['contactAt', p.anchor]),
  stageSpans: true,
  emits: (p) => [
    'overdue',
    'late',
    'due-soon',
    ...(p.opens ? (['open'] as const) : []),
    ...(p.windows.length > 1 ? (['missed-run'] as const) : []),
    ...(p.early === 'warning' ? (['early'] as const) : []),
    ...(p.attemptsCount ? [] : (['attempted'] as const)),
    'roster-hidden',
    ...(p.unit === 'minutes' ? (['anchor-no-time', 'contact-no-time'] as const) : []),
    ...(p.unit === 'workdays' ? (['calendar-unknown'] as const) : []),
  ],
  messagesFor: (p) => (p.opens ? { ...messages, ...windowWording } : messages),
  check(rule, ctx) {
    const p = rule.params;
    const fallback = p.anchorFallback && ctx.ledger.columns[p.anchorFallback] !== undefined ? p.anchorFallback : undefined;
    if (!fallback && !ctx.requireColumns(rule, [p.anchor])) return;
    const applies = ctx.applicable(rule);
    const span = ctx.stageSpan(rule);
    const mask = selectedContactMask(rule, ctx, p);
    if (!mask) return;
    const viaAnchor = { anchor: p.anchor, early: p.early, lateSeverity: p.lateSeverity, opens: p.opens };
    const viaFallback = { ...viaAnchor, anchor: fallback ?? p.anchor };
    const anchors: Anchor[] = [];
    // Windows of one anchor's schedule missed in a row; each anchor (a purchase, a project) is its own obligation.
    const run: MissedWindow[] = [];
    for (let c = 0; c < ctx.ledger.customers.count; c++) {
      if (applies[c] !== 1) continue;
      let via = viaAnchor;
      let n = collectAnchors(ctx, c, p.anchor, anchors);
      if (n === 0 && fallback) {
        via = viaFallback;
        n = collectAnchors(ctx, c, fallback, anchors);
      }
      for (let k = 0; k < n; k++) {
        const a = anchors[k];
        // Only events in the stage the rule is for (a reception before the pickup, for an intent rule).
        if (span && !inSpan(span, c, a.minute)) continue;
        let next = windowAfter(ctx, p, 0, a);
        for (let q = 0; q < p.windows.length; q++) {
          const w = next;
          if (windowProblem(ctx, rule, c, a.record, w, via.anchor)) {
            // Whether later windows closed is unknown: the run is not said to reach the check.
            emitRun(ctx, rule, c, run, false);
            break;
          }
          next = q + 1 < p.windows.length ? windowAfter(ctx, p, q + 1, a) : w;
          // A contact in a later window is that window's, not a late one for this window.
          const lateBefore = next !== w && !('problem' in next) ? next.start : Infinity;
          const win = p.sincePrevious ? afterPrevious(w as Window, anchors, n, a.minute) : (w as Window);
          const missed = judgeWindow(ctx, rule, via, c, a.record, win, mask, lateBefore);
          if (missed) run.push(missed);
          // Any other verdict (met, late, early, attempted, indeterminate) ends the run; it still
          // reaches the check when this window has not closed yet.
          else emitRun(ctx, rule, c, run, ctx.asOf <= win.end);
        }
        emitRun(ctx, rule, c, run, true);
      }
    }
  },
});

/**
 * Report the windows missed in a row so far (and empty `run`): one alone as `overdue`, as it always
 * read; several as one `missed-run` finding from the first, the fine once a window. `ongoing`: the
 * run reaches the last window that closed before the check.
 */
function emitRun(ctx: RuleContext, rule: RuleBase, customer: number, run: MissedWindow[], ongoing: boolean): void {
  if (run.length === 0) return;
  const first = run[0];
  const { win, overdueDays, record, field } = first;
  if (run.length === 1) {
    ctx.emit(rule, { status: 'overdue', customer, record, field, dueAt: win.dueAt, overdueDays, messageId: 'overdue', data: { due: win.dueText, days: overdueDays }, explain: first.explain });
  } else {
    const start = timeText(win.start, win.clock ? Precision.Minute : Precision.Day);
    const data = { since: win.dueText, periods: run.length, start, end: run[run.length - 1].win.dueText };
    const explain = { ...first.explain, missedWindows: run.map((m) => m.explain.window) };
    ctx.emit(rule, { status: 'overdue', customer, record, field, dueAt: win.dueAt, overdueDays, messageId: 'missed-run', data, explain, missed: { dues: run.map((m) => dayOf(m.win.end)), ongoing } });
  }
  run.length = 0;
}

/** The window, opening no earlier than the minute after the latest of the other anchors before this one. */
function afterPrevious(w: Window, anchors: Anchor[], n: number, minute: number): Window {
  let previous = -Infinity;
  for (let k = 0; k < n; k++) if (anchors[k].minute < minute && anchors[k].minute > previous) previous = anchors[k].minute;
  if (previous + 1 <= w.start) return w;
  // The window keeps its due texts (prototype getters); only its start moves.
  return Object.create(w, { start: { value: previous + 1 } }) as Window;
}

