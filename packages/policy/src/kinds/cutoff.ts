/**
 * Cut-offs set by a date on the same row: "前一周每天晚6点前交当天敲定顾客档案", "下午举办的会议，
 * 当天上午10点前交", "第一事业部提前一天完成邀约". The cut-off is the anchor's day (rolled over
 * to the next day after a clock time, where the document says so) plus an offset, at a clock time.
 */
import { z } from 'zod';
import { fieldSchema, needsTimeOfDay, ordered } from '../rule/common';
import { clock } from './shared-params';
import { Precision } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import { defineKind } from '../rule/kind';
import { isoDate, isoMinute, MINUTES_PER_DAY, readableMinute } from '../time/day';
import { columnName, dayOf, isDated, minuteOfClock, tierIndex, timeText } from './shared';
import { typedSchema } from '../rule/common';

/**
 * A time on a row must come before a cut-off set by a date on the same row: the anchor's day plus
 * `offsetDays`, at a clock time that may depend on the anchor's time of day (an afternoon event:
 * 10:00; an evening event: 16:00). Blank after the cut-off -> overdue; later -> late.
 * @example { field: 'reportedAt', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -7, to: -1 } }
 * @example { field: 'confirmedAt', anchor: 'eventAt', at: [{ offsetDays: 0, clock: '00:00' }], tier: 'D1' }
 */
export const cutoffParams = /* @__PURE__ */ (() => typedSchema<CutoffParams, CutoffParamsInput>()(z.strictObject({
  /** The time that must come before the cut-off (the file handed in). @example 'reportedAt' */
  field: fieldSchema,
  /** Times of `field` at or after this clock count as the next day's (每晚6点后再邀约算作第二天邀约). */
  fieldRollover: clock.optional(),
  /** The date the cut-off is set from. @example 'confirmedAt' */
  anchor: fieldSchema,
  /** Anchor times at or after this clock count as the next day's. @example '18:00' */
  anchorRollover: clock.optional(),
  /**
   * The cut-off: the anchor day + offsetDays at clock. With several entries, the last one whose
   * `ifAnchorFrom` is at or before the anchor's time of day applies (the anchor then needs minutes).
   * @example [{ ifAnchorFrom: '00:00', offsetDays: -1, clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }, { ifAnchorFrom: '18:00', clock: '16:00' }]
   */
  at: z
    .array(
      z.strictObject({
        ifAnchorFrom: clock.default('00:00'),
        /** Days from the anchor's day to the cut-off's (-1: the day before). @example -1 */
        offsetDays: z.number().int().min(-366).max(366).default(0),
        clock,
      }),
    )
    .min(1)
    .max(6),
  /** Whose time of day chooses among `at` entries (the event's, say); default the anchor. @example 'eventAt' */
  chooseBy: fieldSchema.optional(),
  /** true: strictly before the cut-off (6点前); false: at it is still in time. */
  strict: z.boolean().default(true),
  /**
   * Only rows whose (rolled-over) anchor day lies within [from, to] days of this date, inclusive (前一周: -7..-1 of 会议日期).
   * @example { field: 'eventAt', from: -7, to: -1 }
   */
  during: z
    .strictObject({ field: fieldSchema, from: z.number().int().min(-366).max(366), to: z.number().int().min(-366).max(366) })
    .superRefine(ordered('from', 'to', { en: 'no day lies in it', zh: '其间没有任何一天' }))
    .optional(),
  /** Only rows of this tier (a division, say). @example 'D1' */
  tier: z.string().min(1).max(10).optional(),
  /**
   * record: a finding per row. group-day: one per group (tier, else performer) and cut-off: a daily
   * file handed in late is one instance however many rows it holds (a fine per late day).
   */
  per: z.enum(['record', 'group-day']).default('record'),
}).superRefine((p, ctx) => {
  // A rollover hour, or cut-offs chosen by the time of day, read a time a date column does not hold.
  needsTimeOfDay(ctx, ['anchorRollover'], p.anchorRollover === undefined ? undefined : p.anchor, 'anchorRollover', { en: 'leave anchorRollover out', zh: '请去掉 anchorRollover' });
  needsTimeOfDay(ctx, ['fieldRollover'], p.fieldRollover === undefined ? undefined : p.field, 'fieldRollover', { en: 'leave fieldRollover out', zh: '请去掉 fieldRollover' });
  if (p.at.some((e) => e.ifAnchorFrom !== p.at[0].ifAnchorFrom)) {
    needsTimeOfDay(ctx, [p.chooseBy ? 'chooseBy' : 'anchor'], p.chooseBy ?? p.anchor, 'several cut-offs chosen by ifAnchorFrom', { en: 'keep one entry in at, or choose by a column with a time of day (chooseBy)', zh: 'at 只保留一项，或用带时分的列作 chooseBy' });
  }
})))();
/** The params of this kind's rules (`cutoffParams` checks them). */
export interface CutoffParams {
  /**
   * The time that must come before the cut-off (the file handed in).
   * @example 'reportedAt'
   */
  field: Field;
  /**
   * The date the cut-off is set from.
   * @example 'confirmedAt'
   */
  anchor: Field;
  /**
   * The cut-off: the anchor day + offsetDays at clock. With several entries, the last one whose
   * `ifAnchorFrom` is at or before the anchor's time of day applies (the anchor then needs minutes).
   * @example [{ ifAnchorFrom: '00:00', offsetDays: -1, clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }, { ifAnchorFrom: '18:00', clock: '16:00' }]
   */
  at: { ifAnchorFrom: string; offsetDays: number; clock: string; }[];
  /** true: strictly before the cut-off (6点前); false: at it is still in time. */
  strict: boolean;
  /**
   * record: a finding per row. group-day: one per group (tier, else performer) and cut-off: a daily
   * file handed in late is one instance however many rows it holds (a fine per late day).
   */
  per: 'record' | 'group-day';
  /** Times of `field` at or after this clock count as the next day's (每晚6点后再邀约算作第二天邀约). */
  fieldRollover?: string;
  /**
   * Anchor times at or after this clock count as the next day's.
   * @example '18:00'
   */
  anchorRollover?: string;
  /**
   * Whose time of day chooses among `at` entries (the event's, say); default the anchor.
   * @example 'eventAt'
   */
  chooseBy?: Field;
  /**
   * Only rows whose (rolled-over) anchor day lies within [from, to] days of this date, inclusive (前一周: -7..-1 of 会议日期).
   * @example { field: 'eventAt', from: -7, to: -1 }
   */
  during?: { field: Field; from: number; to: number; };
  /**
   * Only rows of this tier (a division, say).
   * @example 'D1'
   */
  tier?: string;
}
/** CutoffParams as a profile writes them (defaults not yet filled in). */
export type CutoffParamsInput = { field: Field; anchor: Field; at: { clock: string; ifAnchorFrom?: string | undefined; offsetDays?: number | undefined; }[]; fieldRollover?: string | undefined; anchorRollover?: string | undefined; chooseBy?: Field | undefined; strict?: boolean | undefined; during?: { field: Field; from: number; to: number; } | undefined; tier?: string | undefined; per?: 'record' | 'group-day' | undefined; };

const messages = {
  overdue: { zh: '「{rule}」未完成：「{field}」应在 {due} 前（{anchorName} {anchor}），至今空着，已过 {days} 天。', en: '"{rule}" missing: "{field}" was due before {due} ({anchorName} {anchor}); still blank, {days} day(s) past.' },
  late: { zh: '「{rule}」超过截止时间：「{field}」应在 {due} 前（{anchorName} {anchor}），实际为 {done}。', en: '"{rule}" past the cut-off: "{field}" was due before {due} ({anchorName} {anchor}) but is {done}.' },
  'late-rolled': {
    zh: '「{rule}」超过截止时间：「{field}」为 {done}，在 {rollover} 之后，按规定算作次日 {counted} 的；应在 {due} 前（{anchorName} {anchor}）。',
    en: '"{rule}" past the cut-off: "{field}" is {done}, after {rollover}, so it counts as the next day\'s ({counted}); it was due before {due} ({anchorName} {anchor}).',
  },
  'group-overdue': { zh: '「{rule}」{group}：{day} 的档案应在 {due} 前交，有 {count} 位顾客至今未交。', en: '"{rule}" {group}: the file of {day} was due before {due}; {count} customer(s) still not handed in.' },
  'group-late': { zh: '「{rule}」{group}：{day} 的档案应在 {due} 前交，有 {count} 位顾客到 {done} 才交。', en: '"{rule}" {group}: the file of {day} was due before {due}; {count} customer(s) came only at {done}.' },
  'anchor-no-time': { zh: '「{rule}」无法判断：「{column}」只有日期没有时分，无法确定适用哪个截止时间。', en: '"{rule}" indeterminate: "{column}" has no time of day, so which cut-off applies cannot be told.' },
  'done-no-time': { zh: '「{rule}」无法判断：「{column}」{done} 没有时分，无法确定是否在 {due} 之前。', en: '"{rule}" indeterminate: "{column}" {done} has no time of day; it cannot be placed before or after {due}.' },
};

/** Minutes after midnight of an optional HH:mm (Infinity when absent: nothing rolls over). */
export const rolloverMinutes = (hhmm: string | undefined) => (hhmm === undefined ? Infinity : minuteOfClock(hhmm));

/** Day of a time cell, moved to the next day at or after the rollover minute (minute precision only). */
export function rolledDay(minute: number, precision: number, rollover: number): number {
  const d = dayOf(minute);
  if (precision !== Precision.Minute) return d;
  return minute - d * MINUTES_PER_DAY >= rollover ? d + 1 : d;
}

interface GroupDay {
  group: string;
  day: number;
  cutoff: number;
  /** Rows of the day's file handed in late, and rows never handed in. */
  late: number;
  missing: number;
  /** Latest late hand-in time, and the row a finding points at (a missing row first). */
  done: number;
  record: number;
}

export const cutoff = /* @__PURE__ */ defineKind<CutoffParams>()({
  id: 'cutoff',
  messages,
  needs: (p) => [p.field, p.anchor, ...(p.during ? [p.during.field] : []), ...(p.chooseBy ? [p.chooseBy] : []), ...(p.tier ? (['tier'] as Field[]) : [])],
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const mask = ctx.records(rule);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const done = L.times[p.field]!;
    const anchor = L.times[p.anchor]!;
    const event = p.during ? L.times[p.during.field]! : undefined;
    const chooser = p.chooseBy ? L.times[p.chooseBy]! : anchor;
    const want = p.tier === undefined ? -1 : tierIndex(ctx, p.tier);
    const entries = p.at.map((e) => ({ from: minuteOfClock(e.ifAnchorFrom), offset: e.offsetDays, clock: minuteOfClock(e.clock) })).sort((a, b) => a.from - b.from);
    const byClock = entries.some((e) => e.from !== entries[0].from);
    const cmpLate = (t: number, cut: number) => (p.strict ? t >= cut : t > cut);
    const anchorRollover = rolloverMinutes(p.anchorRollover);
    const fieldRollover = rolloverMinutes(p.fieldRollover);
    const groups = new Map<string, GroupDay>();
    const performer = p.per === 'group-day' && want < 0 && L.columns.tier === undefined ? L.text.performer : undefined;
    for (let i = 0; i < L.size; i++) {
      if (mask[i] !== 1) continue;
      const c = L.customerOf[i];
      if (c < 0 || applies[c] !== 1) continue;
      if (want >= 0 && L.tier[i] !== want) continue;
      const ap = anchor.precision[i];
      if (!isDated(ap)) continue;
      const am = anchor.minute[i];
      const day = rolledDay(am, ap, anchorRollover);
      if (event) {
        if (!isDated(event.precision[i])) continue;
        const rel = day - dayOf(event.minute[i]);
        if (rel < p.during!.from || rel > p.during!.to) continue;
      }
      let entry = entries[0];
      if (byClock) {
        if (chooser.precision[i] !== Precision.Minute) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: p.chooseBy ?? p.anchor, messageId: 'anchor-no-time' });
          continue;
        }
        const cm = chooser.minute[i];
        const clock = cm - dayOf(cm) * MINUTES_PER_DAY;
        for (const e of entries) if (e.from <= clock) entry = e;
      }
      const cut = (day + entry.offset) * MINUTES_PER_DAY + entry.clock;
      const dp = done.precision[i];
      // A hand-in counted as the next day's (after the rollover) stands at that day's midnight.
      let t = NaN;
      if (isDated(dp)) {
        const dd = rolledDay(done.minute[i], dp, fieldRollover);
        t = dd !== dayOf(done.minute[i]) ? dd * MINUTES_PER_DAY : done.minute[i];
        // A bare date on the cut-off's day cannot be placed before or after it.
        if (dp === Precision.Day && !cmpLate(t, cut) && cmpLate(t + MINUTES_PER_DAY - 1, cut)) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: p.field, messageId: 'done-no-time', data: { done: isoDate(dayOf(t)), due: readableMinute(cut) } });
          continue;
        }
      }
      const missing = Number.isNaN(t);
      const late = !missing && cmpLate(t, cut);
      // Rows in time, and blanks before the cut-off has passed, are fine (and leave a day's file in time).
      if (missing ? ctx.asOf < cut : !late) continue;
      if (p.per === 'group-day') {
        const name = want >= 0 || L.columns.tier !== undefined ? (L.tier[i] >= 0 ? ctx.profile.tiers[L.tier[i]].label.zh : '') : (performer?.[i] ?? '');
        const key = `${name}|${cut}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { group: name, day, cutoff: cut, late: 0, missing: 0, done: -Infinity, record: i }));
        if (missing) {
          if (g.missing++ === 0) g.record = i;
        } else {
          g.late++;
          if (t > g.done) g.done = t;
          if (g.missing === 0) g.record = i;
        }
        continue;
      }
      const data = { field: columnName(ctx, p.field), anchorName: columnName(ctx, p.anchor), anchor: timeText(am, ap), due: readableMinute(cut) };
      if (late) {
        // Late only because the rollover moved it to the next day: the message says so.
        const rolled = dayOf(t) !== dayOf(done.minute[i]) && done.minute[i] <= cut;
        const doneText = dp === Precision.Minute ? readableMinute(done.minute[i]) : isoDate(dayOf(t));
        const extra: Record<string, string> = rolled ? { rollover: p.fieldRollover ?? '', counted: isoDate(dayOf(t)) } : {};
        ctx.emit(rule, { status: 'late', customer: c, record: i, field: p.field, dueAt: isoMinute(cut), overdueDays: dayOf(t) - dayOf(cut), messageId: rolled ? 'late-rolled' : 'late', data: { ...data, ...extra, done: doneText } });
      } else {
        const days = ctx.asOfDay - dayOf(cut);
        ctx.emit(rule, { status: 'overdue', customer: c, record: i, field: p.field, dueAt: isoMinute(cut), overdueDays: days, messageId: 'overdue', data: { ...data, days } });
      }
    }
    for (const g of groups.values()) {
      const c = L.customerOf[g.record];
      const data = { group: g.group, day: isoDate(g.day), due: readableMinute(g.cutoff) };
      if (g.missing > 0) {
        ctx.emit(rule, { status: 'overdue', customer: c, record: g.record, field: p.field, dueAt: isoMinute(g.cutoff), overdueDays: ctx.asOfDay - dayOf(g.cutoff), messageId: 'group-overdue', data: { ...data, count: g.missing } });
      } else {
        ctx.emit(rule, { status: 'late', customer: c, record: g.record, field: p.field, dueAt: isoMinute(g.cutoff), overdueDays: dayOf(g.done) - dayOf(g.cutoff), messageId: 'group-late', data: { ...data, count: g.late, done: readableMinute(g.done) } });
      }
    }
  },
});
