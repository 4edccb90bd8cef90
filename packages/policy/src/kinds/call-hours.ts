/**
 * The hours of the day calls may start in. `allowed` windows: calls start inside them, on working
 * days (一般是工作日上午10:00-11:00,下午14:00-16:00). `quiet` windows: the customer's rest hours,
 * calls must not start inside them (尽量不要在客户休息和不方便的时候通话).
 */
import { z } from 'zod';
import { CHANNELS, Precision } from '../ledger/cells';
import { channelSchema } from '../rule/common';
import { defineKind, type RuleContext, type KindRule } from '../rule/kind';
import { isoDate, weekday, ymdFromDay } from '../time/day';
import { clockWindowsSchema } from './shared-params';
import { clockText, clockWindows, dayOf, isDated, minuteOfDay, windowAt } from './shared';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

/**
 * Calls must start inside allowed time-of-day windows (`allowed`), on working days of the profile's
 * calendar (调休 make-up days are working days); or must not start inside quiet hours (`quiet`).
 * @example { mode: 'allowed', windows: [{ from: '10:00', to: '11:00' }, { from: '14:00', to: '16:00' }], channels: ['phone'] }
 * @example { mode: 'quiet', windows: [{ from: '12:00', to: '14:00' }, { from: '21:00', to: '08:00' }], channels: ['phone'] }
 */
export const callHoursParams = /* @__PURE__ */ (() => typedSchema<CallHoursParams, CallHoursParamsInput>()(z.discriminatedUnion('mode', [
  z.strictObject({
    /** Calls start inside one of the windows. */
    mode: z.literal('allowed'),
    windows: clockWindowsSchema,
    /** Only contacts by these channels are checked; absent: every channel. @example ['phone'] */
    channels: z.array(channelSchema).min(1).max(10).optional(),
    /** The day must also be a working day (a year the calendar lacks gives indeterminate). */
    workdaysOnly: z.boolean().default(true),
    /** A call starting on a window's last minute is inside (10:00-11:00 includes 11:00). */
    endInclusive: z.boolean().default(true),
  }),
  z.strictObject({
    /**
     * Calls do not start inside any window (rest hours; a window's last minute is outside them:
     * 12:00-14:00 lets a call start at 14:00). Calls with a date alone are not judged.
     */
    mode: z.literal('quiet'),
    windows: clockWindowsSchema,
    /** The channels whose contacts are checked. @example ['phone'] */
    channels: z.array(channelSchema).min(1).max(10),
  }),
])))();
/** The params of this kind's rules (`callHoursParams` checks them). */
export type CallHoursParams = { mode: 'allowed'; windows: { from: string; to: string; }[]; workdaysOnly: boolean; endInclusive: boolean; channels?: Channel[] | undefined; } | { mode: 'quiet'; windows: { from: string; to: string; }[]; channels: Channel[]; };
/** CallHoursParams as a profile writes them (defaults not yet filled in). */
export type CallHoursParamsInput = { mode: 'allowed'; windows: { from: string; to: string; }[]; channels?: Channel[] | undefined; workdaysOnly?: boolean | undefined; endInclusive?: boolean | undefined; } | { mode: 'quiet'; windows: { from: string; to: string; }[]; channels: Channel[]; };

const messages = {
  outside: { zh: '「{rule}」：{date} {time} 的回访不在规定时段（{windows}）内。', en: '"{rule}": the call at {date} {time} was outside the call windows ({windows}).' },
  'not-workday': { zh: '「{rule}」：{date}（{day}）不是工作日。', en: '"{rule}": {date} ({dayEn}) is not a working day.' },
  'no-time': { zh: '「{rule}」无法判断：{count} 条回访只有日期没有时分（第一条 {date}），无法判断是否在规定时段内。', en: '"{rule}" indeterminate: {count} contact(s) have a date but no time (the first on {date}); they cannot be placed in the call windows.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
  quiet: { zh: '「{rule}」：{time} 的电话在客户休息时段（{window}）。', en: '"{rule}": the call at {time} fell in rest hours ({window}).' },
};
type MessageId = keyof typeof messages;

const WEEKDAYS_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Allowed = Extract<CallHoursParams, { mode: 'allowed' }>;
type Quiet = Extract<CallHoursParams, { mode: 'quiet' }>;

export const callHours = /* @__PURE__ */ defineKind<CallHoursParams>()({
  id: 'call-hours',
  messages,
  needs: (p) => (p.channels ? ['contactAt', 'channel'] : ['contactAt']),
  emits: (p) => (p.mode === 'quiet' ? ['quiet'] : p.workdaysOnly ? ['outside', 'not-workday', 'no-time', 'calendar-unknown'] : ['outside', 'no-time']),
  check(rule, ctx) {
    const p = rule.params;
    if (p.mode === 'quiet') checkQuiet(rule, p, ctx);
    else checkAllowed(rule, p, ctx);
  },
});

/** Quiet hours: a call by a listed channel starting inside a window (ends excluded). */
function checkQuiet(rule: KindRule<'call-hours', CallHoursParams>, p: Quiet, ctx: RuleContext<MessageId>): void {
  const applies = ctx.applicable(rule);
  const windows = clockWindows(p.windows);
  const channels = new Set(p.channels.map((ch) => CHANNELS.indexOf(ch)));
  const ct = ctx.ledger.times.contactAt!;
  for (let i = 0; i < ctx.ledger.size; i++) {
    if (ct.precision[i] !== Precision.Minute || !channels.has(ctx.ledger.channel[i])) continue;
    // A call on a row without a customer was still made at that hour.
    const c = ctx.ledger.customerOf[i];
    if (c >= 0 && applies[c] !== 1) continue;
    const mod = minuteOfDay(ct.minute[i]);
    const hit = windowAt(windows, mod, false);
    if (hit < 0) continue;
    ctx.emit(rule, { status: 'violation', customer: c >= 0 ? c : null, record: i, field: 'contactAt', messageId: 'quiet', data: { time: clockText(mod), window: windows[hit].text } });
  }
}

/** Allowed windows: a call outside all of them, or on a day off, is a breach. */
function checkAllowed(rule: KindRule<'call-hours', CallHoursParams>, p: Allowed, ctx: RuleContext<MessageId>): void {
  const applies = ctx.applicable(rule);
  const windows = clockWindows(p.windows);
  const windowText = windows.map((w) => w.text).join('、');
  const checked = new Uint8Array(CHANNELS.length).fill(p.channels ? 0 : 1);
  for (const ch of p.channels ?? []) checked[CHANNELS.indexOf(ch)] = 1;
  const ct = ctx.ledger.times.contactAt!;
  const channel = ctx.ledger.channel;
  // Date-only contacts and unknown years are reported once each, not per row.
  let dateOnly = 0;
  let firstDateOnly = -1;
  const unknownYears = new Set<number>();
  for (let i = 0; i < ctx.ledger.size; i++) {
    const pr = ct.precision[i];
    if (!isDated(pr)) continue;
    // A blank channel is not proof of another channel.
    const ch = channel[i];
    if (ch >= 0 ? checked[ch] === 0 : p.channels !== undefined && ch === -2) continue;
    const c = ctx.ledger.customerOf[i];
    if (c < 0 || applies[c] !== 1) continue;
    const m = ct.minute[i];
    const day = dayOf(m);
    if (p.workdaysOnly) {
      const work = ctx.calendar.isWorkday(day);
      if (work === undefined) {
        const year = ymdFromDay(day).year;
        if (!unknownYears.has(year)) {
          unknownYears.add(year);
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: 'contactAt', messageId: 'calendar-unknown', data: { year } });
        }
        continue;
      }
      if (!work) {
        const info = ctx.calendar.dayInfo(day);
        const wd = weekday(day);
        ctx.emit(rule, {
          status: 'violation',
          customer: c,
          record: i,
          field: 'contactAt',
          messageId: 'not-workday',
          data: { date: isoDate(day), day: info?.holidayName ?? WEEKDAYS_ZH[wd], dayEn: info?.holidayName ?? WEEKDAYS_EN[wd] },
        });
        continue;
      }
    }
    if (pr === Precision.Day) {
      if (dateOnly++ === 0) firstDateOnly = i;
      continue;
    }
    const mod = minuteOfDay(m);
    if (windowAt(windows, mod, p.endInclusive) >= 0) continue;
    ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'contactAt', messageId: 'outside', data: { date: isoDate(day), time: clockText(mod), windows: windowText } });
  }
  if (dateOnly > 0) {
    ctx.emit(rule, { status: 'indeterminate', customer: ctx.ledger.customerOf[firstDateOnly], record: firstDateOnly, field: 'contactAt', messageId: 'no-time', data: { count: dateOnly, date: isoDate(dayOf(ct.minute[firstDateOnly])) } });
  }
}
