/**
 * Coverage KPIs (对全部理财客户开展并完成的新签约回访比例应达到100%): per period in which deadlines
 * fell, the share of customers whose callback was completed by its deadline. The customers who
 * missed it are each reported by the deadline rule; this reports the rate, once per closed period.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import { addMonths, firstDayOfMonthIndex, isoDate, monthIndex } from '../time/day';
import { collectAnchors, contactMask, MASK, windowOf, type Anchor } from './event-window';
import { couldFallIn, dayOf } from './shared';
import { MINUTES_PER_DAY } from '../time/day';
import type { Field } from '../ledger/fields';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

/**
 * A coverage KPI: of the customers whose deadline (anchor + `within`) fell in a closed period,
 * the share with a qualifying contact of the listed types by the deadline must reach `target`
 * percent (新签约回访比例应达到100%). The per-customer breaches belong to a deadline rule; this
 * reports the rate per period.
 * @example { anchor: 'signedAt', unit: 'months', within: 1, callbackTypes: ['新签约'], period: 'month', target: 100 }
 */
export const completionRateParams = /* @__PURE__ */ (() => typedSchema<CompletionRateParams, CompletionRateParamsInput>()(z.strictObject({
  anchor: fieldSchema,
  /** days: calendar dates; workdays: the calendar; months: calendar months clamped to the month end. */
  unit: z.enum(['days', 'workdays', 'months']),
  /** The deadline: anchor + this many units, inclusive (签约后一个自然月 = 1 month). @example 1 */
  within: z.number().int().min(0).max(100000),
  /**
   * Only callbacks of these types complete it, where the ledger has a callback-type column. A blank
   * type is no proof of another and completes it: that is why this is not the rule's `records`,
   * where a blank cell would make a callback one that only might complete it. @example ['新签约']
   */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** Only callbacks by these channels complete it (a blank channel does). @example ['phone', 'visit'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** Deadlines are grouped by the period they fall in. */
  period: z.enum(['month', 'quarter', 'year']),
  /** Percent to reach, inclusive. @example 100 */
  target: z.number().min(0).max(100),
})))();
/** The params of this kind's rules (`completionRateParams` checks them). */
export interface CompletionRateParams {
  anchor: Field;
  /** days: calendar dates; workdays: the calendar; months: calendar months clamped to the month end. */
  unit: 'days' | 'workdays' | 'months';
  /**
   * The deadline: anchor + this many units, inclusive (签约后一个自然月 = 1 month).
   * @example 1
   */
  within: number;
  /** Deadlines are grouped by the period they fall in. */
  period: 'month' | 'year' | 'quarter';
  /**
   * Percent to reach, inclusive.
   * @example 100
   */
  target: number;
  /**
   * Only callbacks of these types complete it, where the ledger has a callback-type column. A blank
   * type is no proof of another and completes it: that is why this is not the rule's `records`,
   * where a blank cell would make a callback one that only might complete it.
   * @example ['新签约']
   */
  callbackTypes?: string[];
  /**
   * Only callbacks by these channels complete it (a blank channel does).
   * @example ['phone', 'visit']
   */
  channels?: Channel[];
}
/** CompletionRateParams as a profile writes them. */
export type CompletionRateParamsInput = CompletionRateParams;

const messages = {
  'below-target': {
    zh: '「{rule}」：{period} 到期的 {total} 位客户中，按时完成 {done} 位，完成率 {rate}%，应达到 {target}%（未完成：{missing}）。',
    en: '"{rule}": of {total} customer(s) due in {period}, {done} were completed on time: {rate}%, {target}% required (not completed: {missing}).',
  },
  'unsure-rate': {
    zh: '「{rule}」无法判断：{period} 到期的 {total} 位客户中，确定按时完成的 {done} 位（{rate}%，应达到 {target}%），但第 {rows} 行可能也是按时完成的回访，只是有单元格读不出；改正后再查。',
    en: '"{rule}" indeterminate: of {total} customer(s) due in {period}, {done} were surely completed on time ({rate}%, {target}% required), but row(s) {rows} may be on-time callbacks too, with a cell that cannot be read; correct them and check again.',
  },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，{count} 位客户的期限无法计算。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; the deadline of {count} customer(s) cannot be computed.' },
};

interface PeriodTally {
  total: number;
  done: number;
  missing: string[];
  /** Rows that might have completed a customer counted as not completed (an unreadable cell). */
  maybe: number[];
}

const MAX_NAMED = 10;

export const completionRate = /* @__PURE__ */ defineKind<CompletionRateParams>()({
  id: 'completion-rate',
  messages,
  needs: (p) => ['contactAt', p.anchor],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const L = ctx.ledger;
    const ct = L.times.contactAt!;
    // Which records complete the callback (1): qualifying, by an allowed channel, of a listed type.
    const counts = contactMask(ctx, { channels: p.channels, callbackTypes: p.callbackTypes, attemptsCount: false });
    const span = p.period === 'month' ? 1 : p.period === 'quarter' ? 3 : 12;
    const tallies = new Map<number, PeriodTally>();
    let unknown = 0;
    let unknownYear = 0;
    const anchors: Anchor[] = [];
    const { records, start, count } = L.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      const n = collectAnchors(ctx, c, p.anchor, anchors);
      for (let k = 0; k < n; k++) {
        const a = anchors[k];
        const from = dayOf(a.minute);
        let due: number;
        if (p.unit === 'months') due = addMonths(from, p.within);
        else {
          const w = windowOf(ctx, { unit: p.unit, from: 0, to: p.within }, a.minute, a.precision);
          if ('problem' in w) {
            if (w.problem === 'calendar-unknown' && unknown++ === 0) unknownYear = w.year;
            continue;
          }
          due = dayOf(w.end);
        }
        const block = Math.floor(monthIndex(due) / span) * span;
        // Only periods that have ended: an open period's rate can still change.
        if (firstDayOfMonthIndex(block + span) - 1 >= ctx.asOfDay) continue;
        let done = false;
        let maybe = -1;
        for (let j = start[c]; j < start[c + 1] && !done; j++) {
          const i = records[j];
          if (counts[i] === MASK.UNSURE && maybe < 0 && couldFallIn(ctx, i, from * MINUTES_PER_DAY, due * MINUTES_PER_DAY + MINUTES_PER_DAY - 1)) maybe = i;
          if (counts[i] !== 1) continue;
          const d = dayOf(ct.minute[i]);
          done = d >= from && d <= due;
        }
        let t = tallies.get(block);
        if (!t) tallies.set(block, (t = { total: 0, done: 0, missing: [], maybe: [] }));
        t.total++;
        if (!done && maybe >= 0) t.maybe.push(L.row[maybe]);
        if (done) t.done++;
        else if (t.missing.length < MAX_NAMED) t.missing.push(L.customers.key[c]);
        else if (t.missing.length === MAX_NAMED) t.missing.push('…');
      }
    }
    for (const block of [...tallies.keys()].sort((x, y) => x - y)) {
      const t = tallies.get(block)!;
      if (t.done * 100 >= p.target * t.total) continue;
      const end = firstDayOfMonthIndex(block + span) - 1;
      const rate = Math.floor((t.done * 1000) / t.total) / 10;
      // The rows that might be completions could lift the rate to the target: it cannot be told.
      if ((t.done + t.maybe.length) * 100 >= p.target * t.total) {
        const rows = t.maybe.length > MAX_NAMED ? `${t.maybe.slice(0, MAX_NAMED).join('、')}…` : t.maybe.join('、');
        ctx.emit(rule, { status: 'indeterminate', customer: null, record: -1, dueAt: isoDate(end), messageId: 'unsure-rate', data: { period: periodLabel(block, span), total: t.total, done: t.done, rate, target: p.target, rows } });
        continue;
      }
      ctx.emit(rule, {
        status: 'violation',
        customer: null,
        record: -1,
        dueAt: isoDate(end),
        messageId: 'below-target',
        data: { period: periodLabel(block, span), total: t.total, done: t.done, rate, target: p.target, missing: t.missing.join('、') },
      });
    }
    if (unknown > 0) ctx.emit(rule, { status: 'indeterminate', customer: null, record: -1, messageId: 'calendar-unknown', data: { year: unknownYear, count: unknown } });
  },
});

/** 2025-09, 2025Q3 or 2025 for a block of months. */
function periodLabel(block: number, span: number): string {
  const year = Math.floor(block / 12);
  if (span === 12) return String(year);
  if (span === 3) return `${year}Q${Math.floor((block % 12) / 3) + 1}`;
  return `${year}-${String((block % 12) + 1).padStart(2, '0')}`;
}
