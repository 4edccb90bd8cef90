/**
 * Anniversaries: a contact is due in a window around a date that comes back every year (birthday,
 * 寿辰, a company's founding day: "生日前10天电话或登门回访"), or around a one-off date (a booked
 * celebration). Each yearly occurrence is its own due date, from when the customer became known.
 * From the window's first day (`from`) to its end an occurrence not yet met is `open` (进行中), then
 * `due-soon` within the lead time. Occurrences missed in consecutive years are one finding (a run:
 * `missed-run`, the fine once a year); a single missed year reads `overdue` as it always has.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, ordered } from '../rule/common';
import { timeFieldSchema } from './shared-params';
import { defineKind, type RuleContext } from '../rule/kind';
import { lunarToDay, readLunarMonthDay } from '../calendar/lunar';
import { LUNAR_FIRST_YEAR } from '../calendar/lunar.generated';
import type { Field } from '../ledger/fields';
import { isoDate, ymdFromDay, dayFromYmd, daysInMonth, addMonths, MINUTES_PER_DAY } from '../time/day';
import { collectAnchors, contactMask, MASK, type Anchor } from './event-window';
import { columnName, couldFallIn, dayOf, emitUnsure, fieldDay, isDated } from './shared';
import type { Channel } from '../ledger/cells';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * A contact is due in a window around a date that comes back every year (birthday, 寿辰, a
 * company's founding day), or around a one-off date (a booked celebration, `recurring: false`).
 * 29 February falls on 28 February in common years.
 * @example { date: 'birthday', from: -17, to: -10, channels: ['phone', 'visit'] }
 * @example { date: 'celebrationAt', recurring: false, from: -37, to: -30 }
 */
export const anniversaryParams = /* @__PURE__ */ (() => typedSchema<AnniversaryParams, AnniversaryParamsInput>()(z.strictObject({
  /** The date field (only its month and day matter when recurring). @example 'birthday' */
  date: timeFieldSchema,
  /** true: every year on the same month and day; false: the date itself, once. @example true */
  recurring: z.boolean().default(true),
  /** Window start and end in calendar days relative to the occurrence, inclusive (-10 = 10 days before). @example -17 */
  from: z.number().int().min(-366).max(366),
  /** @example -10 */
  to: z.number().int().min(-366).max(366),
  /**
   * A contact after the window but up to this many days relative to the occurrence is "late"
   * rather than missing (0 = up to the day itself). Default: the window end (nothing is late).
   * @example 0
   */
  lateUntil: z.number().int().min(-366).max(366).optional(),
  /**
   * A text field holding a lunar month and day (八月十五, 腊月初八, 8-15). Where a customer has one,
   * each yearly occurrence is that lunar date of each lunar year (1990-2100), instead of `date`;
   * the column is optional (the `date` column is not). Recurring dates only. @example 'lunarBirthday'
   */
  lunarDate: fieldSchema.optional(),
  /**
   * Only contacts by these channels count, where the ledger has the column; a blank channel is no
   * proof of another and counts. Not the rule's `records` for that reason: there a blank cell
   * makes a contact one that only might count (the same for `callbackTypes`). @example ['phone', 'visit']
   */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** When the ledger has a callback-type column, only these types count (a blank type counts). @example ['生日', '寿辰'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Fields whose earliest date on the customer's rows is when the customer became known: no
   * occurrence is due before that (an obligation the clerk could not have known of). Default
   * recordedAt and contactAt. @example ['recordedAt', 'receptionAt']
   */
  knownFrom: z.array(timeFieldSchema).min(1).max(5).default(['recordedAt', 'contactAt']),
  /** Stop after this many years from when the customer became known (e.g. the 3-year retention). @example 3 */
  forYears: z.number().int().min(1).max(100).optional(),
})
  .superRefine(ordered('from', 'to', { en: 'the window is inverted', zh: '窗口颠倒' }))
  .superRefine(ordered('to', 'lateUntil', { en: 'a contact is late only after the window closes', zh: '窗口关闭之后的联系才算迟到' }))))();
/** The params of this kind's rules (`anniversaryParams` checks them). */
export interface AnniversaryParams {
  /**
   * The date field (only its month and day matter when recurring).
   * @example 'birthday'
   */
  date: Field;
  /**
   * true: every year on the same month and day; false: the date itself, once.
   * @example true
   */
  recurring: boolean;
  /**
   * Window start and end in calendar days relative to the occurrence, inclusive (-10 = 10 days before).
   * @example -17
   */
  from: number;
  /** @example -10 */
  to: number;
  /**
   * Fields whose earliest date on the customer's rows is when the customer became known: no
   * occurrence is due before that (an obligation the clerk could not have known of). Default
   * recordedAt and contactAt.
   * @example ['recordedAt', 'receptionAt']
   */
  knownFrom: Field[];
  /**
   * A contact after the window but up to this many days relative to the occurrence is "late"
   * rather than missing (0 = up to the day itself). Default: the window end (nothing is late).
   * @example 0
   */
  lateUntil?: number;
  /**
   * A text field holding a lunar month and day (八月十五, 腊月初八, 8-15). Where a customer has one,
   * each yearly occurrence is that lunar date of each lunar year (1990-2100), instead of `date`;
   * the column is optional (the `date` column is not). Recurring dates only.
   * @example 'lunarBirthday'
   */
  lunarDate?: Field;
  /**
   * Only contacts by these channels count, where the ledger has the column; a blank channel is no
   * proof of another and counts. Not the rule's `records` for that reason: there a blank cell
   * makes a contact one that only might count (the same for `callbackTypes`).
   * @example ['phone', 'visit']
   */
  channels?: Channel[];
  /**
   * When the ledger has a callback-type column, only these types count (a blank type counts).
   * @example ['生日', '寿辰']
   */
  callbackTypes?: string[];
  /**
   * Stop after this many years from when the customer became known (e.g. the 3-year retention).
   * @example 3
   */
  forYears?: number;
}
/** AnniversaryParams as a profile writes them (defaults not yet filled in). */
export type AnniversaryParamsInput = Defaulted<AnniversaryParams, 'recurring' | 'knownFrom'>;

const messages = {
  overdue: { zh: '「{rule}」未完成：{occasion} {date} 应于 {start} 至 {due} 之间回访，已逾期 {days} 天。', en: '"{rule}" not done: for {occasion} {date} a contact was due from {start} to {due}; {days} day(s) overdue.' },
  late: { zh: '「{rule}」完成晚了：{occasion} {date} 应于 {due} 前回访，实际在 {done}。', en: '"{rule}" done late: for {occasion} {date} the contact was due by {due}, done {done}.' },
  'missed-run': { zh: '「{rule}」漏访：自 {since} 起连续 {periods} 年没有成功回访（{occasion}，{start} 至 {end}）。', en: '"{rule}" missed: no successful contact for {periods} years in a row since {since} ({occasion}, {start} to {end}).' },
  'due-soon': { zh: '「{rule}」即将到期：{occasion} {date}，请于 {due} 前回访（窗口 {start} 至 {due}）。', en: '"{rule}" due soon: {occasion} {date}; contact by {due} (window {start} to {due}).' },
  open: { zh: '「{rule}」回访窗口已开始：{occasion} {date}，请于 {due} 前回访（窗口 {start} 至 {due}）。', en: '"{rule}" window open: {occasion} {date}; contact by {due} (window {start} to {due}).' },
  'lunar-unreadable': { zh: '「{rule}」无法判断：农历日期“{value}”无法识别，应写作 八月十五、腊月初八 或 8-15。', en: '"{rule}" indeterminate: the lunar date "{value}" is not readable; write it as 八月十五, 腊月初八 or 8-15.' },
  'lunar-unknown': { zh: '「{rule}」无法判断：农历表不含 {year} 年（覆盖 1990-2100 年）。', en: '"{rule}" indeterminate: the lunar table does not cover {year} (it covers 1990-2100).' },
  'roster-hidden': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{done}），看不到 {date} 之前的回访。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({done}); contacts before {date} are not visible.' },
};

/** The day of the occurrence in a year; 29 February falls on 28 February in common years. */
export function occurrenceIn(year: number, month: number, day: number): number {
  return dayFromYmd(year, month, month === 2 && day === 29 ? daysInMonth(year, 2) : day);
}

/** A missed occurrence (t: its day; from, due: its window), waiting to join the years around it. */
interface Missed {
  t: number;
  from: number;
  due: number;
  record: number;
  field: Field;
  data: { occasion: string; date: string; start: string; due: string };
  explain: Record<string, unknown>;
}

/** Earliest day in the given date fields over the customer's records (NaN when none). */
function knownSince(ctx: RuleContext, customer: number, fields: AnniversaryParams['knownFrom']): number {
  let best = NaN;
  for (const f of fields) {
    const d = fieldDay(ctx, customer, f, false);
    if (d !== undefined && !(d >= best)) best = d;
  }
  return best;
}

export const anniversary = /* @__PURE__ */ defineKind<AnniversaryParams>()({
  id: 'anniversary',
  messages,
  // The lunar column is optional: where it is blank or absent, the date column holds the date.
  needs: (p) => ['contactAt', p.date],
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const lunarText = p.lunarDate && p.recurring && L.columns[p.lunarDate] !== undefined ? L.text[p.lunarDate] : undefined;
    const applies = ctx.applicable(rule);
    // 1 for a qualifying contact by an allowed channel and of an allowed callback type.
    const mask = contactMask(ctx, { channels: p.channels, callbackTypes: p.callbackTypes, attemptsCount: false });
    const ct = L.times.contactAt!;
    const { records, start, count } = L.customers;
    const dueSoonDays = ctx.profile.dueSoonDays;
    const lateUntil = Math.max(p.lateUntil ?? p.to, p.to);
    // A customer with no dated row at all became known when the ledger starts.
    let ledgerStart = NaN;
    for (let c = 0; c < count; c++) {
      const k = knownSince(ctx, c, p.knownFrom);
      if (!(k >= ledgerStart)) ledgerStart = k;
    }

    /**
     * Judge one occurrence t of the customer's date (found on `record`, in `field`): emit its
     * finding, or return it when it was missed (overdue), for the caller to join with the years
     * around it.
     */
    const judge = (c: number, t: number, since: number, record: number, field: Field): Missed | undefined => {
      const from = t + p.from;
      const due = t + p.to;
      // Contacts of the customer relative to this occurrence.
      let inWindow = -1;
      let late = -1;
      let latest = -1;
      let unsure = -1;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        const pr = ct.precision[i];
        if (mask[i] === MASK.UNSURE && unsure < 0 && couldFallIn(ctx, i, from * MINUTES_PER_DAY, due * MINUTES_PER_DAY + MINUTES_PER_DAY - 1)) unsure = i;
        if (!isDated(pr)) continue;
        latest = i;
        const d = dayOf(ct.minute[i]);
        if (mask[i] === 1 && d >= from && d <= due && inWindow < 0) inWindow = i;
        else if (mask[i] === 1 && d > due && d <= t + lateUntil && late < 0) late = i;
      }
      if (inWindow >= 0) return;
      // A row that may be the call in the window but for a cell that cannot be read.
      if (unsure >= 0 && (late >= 0 || due - ctx.asOfDay <= dueSoonDays)) {
        emitUnsure(ctx, rule, c, unsure, isoDate(due));
        return;
      }
      // Texts only for findings: most occurrences are met.
      const data = { occasion: columnName(ctx, field), date: isoDate(t), start: isoDate(from), due: isoDate(due) };
      const explain = { date: field, occurrence: isoDate(t), window: [isoDate(from), isoDate(due)], knownSince: isoDate(since) };
      const done = (i: number) => isoDate(dayOf(ct.minute[i]));
      if (late >= 0) {
        const overdueDays = dayOf(ct.minute[late]) - due;
        ctx.emit(rule, { status: 'late', customer: c, record: late, field: 'contactAt', dueAt: isoDate(due), overdueDays, messageId: 'late', data: { ...data, done: done(late) }, explain });
        return;
      }
      if (ctx.asOfDay > due) {
        if (L.shape === 'roster' && latest >= 0 && dayOf(ct.minute[latest]) > t + lateUntil) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: latest, messageId: 'roster-hidden', data: { ...data, done: done(latest) }, explain });
          return;
        }
        return { t, from, due, record, field, data, explain };
      }
      ctx.noteDue(c, due);
      const soon = due - ctx.asOfDay <= dueSoonDays;
      // In progress from the window's first day; a row that might be the call may have done it.
      if (!soon && (from > ctx.asOfDay || unsure >= 0)) return;
      const quota = { done: 0, required: 1, unit: 'contact' as const, periodStart: isoDate(from), periodEnd: isoDate(due) };
      ctx.emit(rule, { status: soon ? 'due-soon' : 'open', customer: c, record, field, dueAt: isoDate(due), messageId: soon ? 'due-soon' : 'open', data, severity: 'info', explain, quota });
    };

    // Consecutive missed years of one customer's date, reported as one finding when there are several.
    const run: Missed[] = [];
    /** Report the run so far; `ongoing` when no later occurrence ended before the check. */
    const flush = (c: number, ongoing: boolean) => {
      if (run.length === 0) return;
      const first = run[0];
      const overdueDays = ctx.asOfDay - first.due;
      if (run.length === 1) {
        ctx.emit(rule, { status: 'overdue', customer: c, record: first.record, field: first.field, dueAt: isoDate(first.due), overdueDays, messageId: 'overdue', data: { ...first.data, days: overdueDays }, explain: first.explain });
      } else {
        const last = run[run.length - 1];
        const data = { occasion: first.data.occasion, since: isoDate(first.due), periods: run.length, start: isoDate(first.from), end: isoDate(last.due) };
        const explain = { ...first.explain, occurrences: run.map((m) => isoDate(m.t)) };
        ctx.emit(rule, { status: 'overdue', customer: c, record: first.record, field: first.field, dueAt: isoDate(first.due), overdueDays, messageId: 'missed-run', data, explain, missed: { dues: run.map((m) => m.due), ongoing } });
      }
      run.length = 0;
    };
    /** Judge an occurrence in a customer's series (in date order): a missed one joins the run. */
    const next = (c: number, t: number, since: number, record: number, field: Field) => {
      const missed = judge(c, t, since, record, field);
      if (missed) run.push(missed);
      else flush(c, t + p.to >= ctx.asOfDay);
    };

    const anchors: Anchor[] = [];
    const asOfYear = ymdFromDay(ctx.asOfDay).year;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let since = knownSince(ctx, c, p.knownFrom);
      if (Number.isNaN(since)) since = Number.isNaN(ledgerStart) ? ctx.asOfDay : ledgerStart;
      const until = p.forYears ? addMonths(since, 12 * p.forYears) : Infinity;
      // No obligation the clerk could not have known of, none beyond the horizon, none not yet open.
      const due = (t: number) => t + p.to >= since && t <= until && t + p.from <= ctx.asOfDay + dueSoonDays;
      const sinceYear = ymdFromDay(since).year;
      // A lunar date, where the customer has one, stands for the yearly occurrence.
      let lunarRecord = -1;
      for (let j = start[c]; j < start[c + 1] && lunarText && lunarRecord < 0; j++) if (lunarText[records[j]] !== null) lunarRecord = records[j];
      if (lunarRecord >= 0) {
        const md = readLunarMonthDay(lunarText![lunarRecord]!);
        if (!md) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: lunarRecord, field: p.lunarDate, messageId: 'lunar-unreadable', data: { value: lunarText![lunarRecord]!.slice(0, 20) } });
          continue;
        }
        // The lunar year's 12th month falls in the next Gregorian year: start one lunar year early
        // (years before the table hold no obligation a ledger of today can show).
        for (let y = Math.max(sinceYear - 1, LUNAR_FIRST_YEAR); y <= asOfYear + 1; y++) {
          const t = lunarToDay(y, md.month, md.day);
          if (t === undefined) {
            ctx.emit(rule, { status: 'indeterminate', customer: c, record: lunarRecord, field: p.lunarDate, messageId: 'lunar-unknown', data: { year: y } });
            break;
          }
          if (due(t)) next(c, t, since, lunarRecord, p.lunarDate!);
        }
        flush(c, true);
        continue;
      }
      const nAnchors = collectAnchors(ctx, c, p.date, anchors);
      for (let k = 0; k < nAnchors; k++) {
        const a = anchors[k];
        const dateDay = dayOf(a.minute);
        if (!p.recurring) {
          if (due(dateDay)) next(c, dateDay, since, a.record, p.date);
          flush(c, true);
          continue;
        }
        const { year, month, day } = ymdFromDay(dateDay);
        for (let y = Math.max(year, sinceYear - 1); y <= asOfYear + 1; y++) {
          const t = occurrenceIn(y, month, day);
          if (due(t)) next(c, t, since, a.record, p.date);
        }
        flush(c, true);
      }
    }
  },
});
