/**
 * Holiday greetings: around each listed statutory holiday every customer gets a greeting, from a
 * few days before the holiday period to its last day. Periods come from the working-day calendar
 * (consecutive days off, so 2025's 国庆 and 中秋 are one period); a customer is owed only the
 * holidays after it first appears in the ledger, within the year before the as-of day. A greeting
 * is a one-way touch: any contact of the greeting kind counts, reached or not. From the greeting
 * window's first day (`before` days ahead of the period) a greeting not yet sent is `open` (进行中),
 * then `due-soon` within the lead time; before that day nothing is said.
 */
import { z } from 'zod';
import { defineKind, type RuleContext } from '../rule/kind';
import { FILTER } from '../rule/record-filter';
import { dayFromYmd, isoDate } from '../time/day';
import { dayOf, isDated, latestRecord } from './shared';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * A greeting around each listed statutory holiday (国家法定节假日期间向客户表达节日的祝福): a
 * contact from `before` days ahead of the holiday period to its last day. Which contacts are
 * greetings is the rule's `records` filter (a record it passes; a blank or unreadable cell it
 * reads is no greeting).
 * @example { holidays: ['春节', '中秋', '国庆', '元旦'], before: 3 } // with records: { callbackTypes: ['节日', '问候'], ifColumnMissing: 'pass' }
 */
export const holidayGreetingParams = /* @__PURE__ */ (() => typedSchema<HolidayGreetingParams, HolidayGreetingParamsInput>()(z.strictObject({
  /** Holiday names as the calendar writes them, matched by containment (国庆 matches 国庆节). @example ['春节', '中秋', '国庆', '元旦'] */
  holidays: z.array(z.string().min(1).max(20)).min(1).max(20),
  /** Days before the holiday period the greeting window opens. @example 3 */
  before: z.number().int().min(0).max(60).default(3),
})))();
/** The params of this kind's rules (`holidayGreetingParams` checks them). */
export interface HolidayGreetingParams {
  /**
   * Holiday names as the calendar writes them, matched by containment (国庆 matches 国庆节).
   * @example ['春节', '中秋', '国庆', '元旦']
   */
  holidays: string[];
  /**
   * Days before the holiday period the greeting window opens.
   * @example 3
   */
  before: number;
}
/** HolidayGreetingParams as a profile writes them (defaults not yet filled in). */
export type HolidayGreetingParamsInput = Defaulted<HolidayGreetingParams, 'before'>;

const messages = {
  missed: { zh: '「{rule}」：{holiday}（{start} 至 {end}）没有节日问候记录（应在 {from} 至 {end} 之间）。', en: '"{rule}": no holiday greeting for {holiday} ({start} to {end}); one was due between {from} and {end}.' },
  'due-soon': { zh: '「{rule}」即将到期：{holiday}（{start} 至 {end}），请于 {end} 前送上节日问候（窗口 {from} 至 {end}）。', en: '"{rule}" due soon: {holiday} ({start} to {end}); send the greeting by {end} (window {from} to {end}).' },
  open: { zh: '「{rule}」问候窗口已开始：{holiday}（{start} 至 {end}），请于 {end} 前送上节日问候（窗口 {from} 至 {end}）。', en: '"{rule}" greeting window open: {holiday} ({start} to {end}); send the greeting by {end} (window {from} to {end}).' },
};

/** Holidays older than this many days before the as-of day are not reported (a year of holidays). */
const LOOKBACK_DAYS = 366;

interface HolidayPeriod {
  start: number;
  end: number;
  name: string;
}

/** Runs of consecutive days off that include one of the listed holidays. */
function holidayPeriods(ctx: RuleContext, words: readonly string[]): HolidayPeriod[] {
  const days: { day: number; name: string }[] = [];
  for (const y of ctx.calendar.data.years) for (const h of y.holidays) days.push({ day: dayOfIso(h.date), name: h.name });
  days.sort((a, b) => a.day - b.day);
  const out: HolidayPeriod[] = [];
  let run: { start: number; end: number; names: string[] } | undefined;
  const flush = () => {
    if (run && run.names.some((n) => words.some((w) => n.includes(w)))) out.push({ start: run.start, end: run.end, name: run.names.join('、') });
  };
  for (const d of days) {
    if (run && d.day === run.end + 1) {
      run.end = d.day;
      if (!run.names.includes(d.name)) run.names.push(d.name);
    } else {
      flush();
      run = { start: d.day, end: d.day, names: [d.name] };
    }
  }
  flush();
  return out;
}

const dayOfIso = (iso: string) => dayFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

export const holidayGreeting = /* @__PURE__ */ defineKind<HolidayGreetingParams>()({
  id: 'holiday-greeting',
  messages,
  needs: () => ['contactAt'],
  check(rule, ctx) {
    const p = rule.params;
    const periods = holidayPeriods(ctx, p.holidays).filter((h) => h.end >= ctx.asOfDay - LOOKBACK_DAYS && h.start - p.before <= ctx.asOfDay);
    if (periods.length === 0) return;
    // The greetings: records the filter passes (one it cannot tell about shows no greeting).
    const greeting = ctx.records(rule);
    if (!greeting) return;
    const applies = ctx.applicable(rule);
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, count } = ctx.ledger.customers;
    const greetings: number[] = [];
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let known: number | undefined;
      greetings.length = 0;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (!isDated(ct.precision[i])) continue;
        const d = dayOf(ct.minute[i]);
        // Any contact makes the customer known; only a greeting greets.
        if (known === undefined || d < known) known = d;
        if (greeting[i] === FILTER.PASSES) greetings.push(d);
      }
      if (known === undefined) continue;
      const row = latestRecord(ctx, c);
      for (const h of periods) {
        const from = h.start - p.before;
        // A holiday before the customer was known to the clerk is not owed.
        if (from < known) continue;
        if (greetings.some((d) => d >= from && d <= h.end)) continue;
        const data = { holiday: h.name, start: isoDate(h.start), end: isoDate(h.end), from: isoDate(from) };
        if (ctx.asOfDay > h.end) ctx.emit(rule, { status: 'violation', customer: c, record: row, dueAt: isoDate(h.end), messageId: 'missed', data });
        else {
          // The window has opened (periods not yet open were left out above).
          ctx.noteDue(c, h.end);
          const status = h.end - ctx.asOfDay <= ctx.profile.dueSoonDays ? 'due-soon' : 'open';
          const quota = { done: 0, required: 1, unit: 'contact' as const, periodStart: data.from, periodEnd: data.end };
          ctx.emit(rule, { status, customer: c, record: row, dueAt: isoDate(h.end), messageId: status, data, severity: 'info', quota });
        }
      }
    }
  },
});
