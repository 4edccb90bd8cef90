/**
 * Field deadlines: a later field of a record must be filled within a window after an earlier field
 * of the same record ("录入 within 48 hours of receipt", "答复 within 24 hours of the inquiry",
 * "备案 within 5 working days of the first contact"); or, as a lead time, at least some days ahead
 * of it ("重要客户需要提前5天进行预约申请").
 */
import { z } from 'zod';
import { breachSeverity } from '../rule/rule';
import { Precision } from '../ledger/cells';
import { needsTimeOfDay, severitySchema } from '../rule/common';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { isoDate, isoMinute, MINUTES_PER_DAY, ymdFromDay } from '../time/day';
import { windowOf, windowProblem, type Window } from './event-window';
import { distinctFields, timeFieldSchema, DAYS_INSTEAD } from './shared-params';
import { columnName, dayOf, isDated, timeText, vagueTimeWords } from './shared';
import type { Field } from '../ledger/fields';
import type { Severity } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * A deadline between two dates of a record (or of a customer). within (default): `to` is filled
 * within a window after `from`: recordedAt within 48 h of receivedAt, responseAt within 24 h of
 * inquiryAt, registeredAt within 5 working days of the first contact. ahead: `to` (the booking)
 * is at least `atLeast` days before `from` (the event), on the same row: 提前5天进行预约申请,
 * inclusive (booking on D-5 passes).
 * @example { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 }
 * @example { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5, scope: 'customer' }
 * @example { mode: 'ahead', from: 'contactAt', to: 'bookedAt', atLeast: 5 }
 */
export const fieldDeadlineParams = /* @__PURE__ */ (() => typedSchema<FieldDeadlineParams, FieldDeadlineParamsInput>()(z.discriminatedUnion('mode', [
  z
    .strictObject({
      /** within: `to` is due within a window after `from`. @example 'within' */
      mode: z.literal('within').default('within'),
      /** The earlier field, where the clock starts. @example 'inquiryAt' */
      from: timeFieldSchema,
      /** The later field that must be filled in time. @example 'responseAt' */
      to: timeFieldSchema,
      /**
       * minutes / hours: clock time from the exact minute (both cells need hour and minute, else
       * indeterminate); days: calendar dates (the start day not counted); workdays: the working-day
       * calendar (indeterminate outside its known years). @example 'hours'
       */
      unit: z.enum(['minutes', 'hours', 'days', 'workdays']),
      /**
       * The window length, inclusive (不得超过 24 小时 = 24). null when the document gives no number
       * (及时, 第一时间): the rule then reports not-configured. @example 48
       */
      within: z.number().int().min(0).max(100000).nullable(),
      /**
       * record: each record on its own (default). customer: once per customer, from the customer's
       * earliest `from` to the earliest `to` on any of its rows (first contact -> registration).
       * @example 'customer'
       */
      scope: z.enum(['record', 'customer']).default('record'),
      /** Severity of a late fill (default: the rule's breach severity). @example 'warning' */
      lateSeverity: severitySchema.optional(),
    })
    .superRefine(distinctFields('from', 'to'))
    .superRefine((p, ctx) => {
      if (p.unit !== 'minutes' && p.unit !== 'hours') return;
      needsTimeOfDay(ctx, ['from'], p.from, `unit: ${p.unit}`, DAYS_INSTEAD);
      needsTimeOfDay(ctx, ['to'], p.to, `unit: ${p.unit}`, DAYS_INSTEAD);
    }),
  z
    .strictObject({
      /** ahead: a lead time, `to` at least `atLeast` before `from`. @example 'ahead' */
      mode: z.literal('ahead'),
      /** When it happens. @example 'contactAt' */
      from: timeFieldSchema,
      /** When it was booked or applied for; blank on an event row is a violation. @example 'bookedAt' */
      to: timeFieldSchema,
      /** The least lead, inclusive (提前5天 = 5). @example 5 */
      atLeast: z.number().int().min(1).max(3660),
      /** days: calendar days; workdays: the working-day calendar. @example 'workdays' */
      unit: z.enum(['days', 'workdays']).default('days'),
    })
    .superRefine(distinctFields('from', 'to')),
])))();
/** The params of this kind's rules (`fieldDeadlineParams` checks them). */
export type FieldDeadlineParams = { mode: 'within'; from: Field; to: Field; unit: 'days' | 'workdays' | 'minutes' | 'hours'; within: number | null; scope: 'record' | 'customer'; lateSeverity?: Severity | undefined; } | { mode: 'ahead'; from: Field; to: Field; atLeast: number; unit: 'days' | 'workdays'; };
/** FieldDeadlineParams as a profile writes them (defaults not yet filled in). */
export type FieldDeadlineParamsInput = { from: Field; to: Field; unit: 'days' | 'workdays' | 'minutes' | 'hours'; within: number | null; mode?: 'within' | undefined; scope?: 'record' | 'customer' | undefined; lateSeverity?: Severity | undefined; } | { mode: 'ahead'; from: Field; to: Field; atLeast: number; unit?: 'days' | 'workdays' | undefined; };
type Within = Extract<FieldDeadlineParams, { mode: 'within' }>;
type Ahead = Extract<FieldDeadlineParams, { mode: 'ahead' }>;

const messages = {
  overdue: { zh: '「{rule}」未完成：「{to}」应于 {due} 前填写（自「{from}」{start} 起算），已逾期 {days} 天。', en: '"{rule}" not done: "{to}" was due by {due} (counted from "{from}" {start}), {days} day(s) overdue.' },
  late: { zh: '「{rule}」完成晚了：「{to}」应不晚于 {due}（自「{from}」{start} 起算），实际为 {done}。', en: '"{rule}" done late: "{to}" was due by {due} (counted from "{from}" {start}), done {done}.' },
  'due-soon': { zh: '「{rule}」即将到期：「{to}」请于 {due} 前完成。', en: '"{rule}" due soon: "{to}" by {due}.' },
  'anchor-no-time': { zh: '「{rule}」无法判断：「{column}」只有日期没有时分，按小时计的期限需要精确到分钟。', en: '"{rule}" indeterminate: "{column}" has a date but no time; an hour-based deadline needs minutes.' },
  'done-no-time': { zh: '「{rule}」无法判断：「{column}」{done} 没有时分，无法确定是否在 {due} 之前。', en: '"{rule}" indeterminate: "{column}" {done} has no time of day, so it cannot be placed before or after {due}.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
  // The rule's own clause is quoted ({quote} is the finding's citation): 定期 where it says 定期.
  'not-configured': { zh: '「{rule}」未配置：原文“{quote}”只说{word}，没有给出具体数字；请在规则配置中设定期限（within）。', en: '"{rule}" not configured: the text "{quote}" says only {wordEn}, with no number; set the deadline (within) in the profile.' },
  short: { zh: '「{rule}」：{event} 的「{eventColumn}」只提前 {days} 天预约（{arranged}），应至少提前 {min} {unit}。', en: '"{rule}": "{eventColumn}" {event} was booked only {days} day(s) ahead ({arranged}); at least {min} {unitEn} required.' },
  missing: { zh: '「{rule}」：{event} 的「{eventColumn}」没有「{arrangedColumn}」，无法证明已提前预约。', en: '"{rule}": "{eventColumn}" {event} has no "{arrangedColumn}"; no advance booking is shown.' },
  'not-configured-no-limit': { zh: '「{rule}」未配置：原文“{quote}”没有给出期限；请在规则配置中设定期限（within）。', en: '"{rule}" not configured: the text "{quote}" gives no time limit; set the deadline (within) in the profile.' },
};

/** 1 in time, 2 late, 3 cannot tell (a date-only fill on the day a clock deadline falls). */
function placeDone(w: Window, minute: number, precision: number): 1 | 2 | 3 {
  if (w.clock && precision === Precision.Day) {
    if (minute > w.end) return 2;
    return minute + MINUTES_PER_DAY - 1 <= w.end ? 1 : 3;
  }
  return minute <= w.end ? 1 : 2;
}

type Rule = KindRule<'field-deadline', FieldDeadlineParams>;
type Ctx = RuleContext<keyof typeof messages>;

export const fieldDeadline = /* @__PURE__ */ defineKind<FieldDeadlineParams>()({
  id: 'field-deadline',
  messages,
  // An unset deadline is reported as not configured whatever columns the ledger has.
  needs: (p) => (p.mode === 'within' && p.within === null ? [] : [p.from, p.to]),
  emits: (p) =>
    p.mode === 'ahead'
      ? ['short', 'missing', ...(p.unit === 'workdays' ? (['calendar-unknown'] as const) : [])]
      : p.within === null
        ? ['not-configured', 'not-configured-no-limit']
        : ['overdue', 'late', 'due-soon', ...(p.unit === 'minutes' || p.unit === 'hours' ? (['anchor-no-time', 'done-no-time'] as const) : []), ...(p.unit === 'workdays' ? (['calendar-unknown'] as const) : [])],
  check(rule, ctx) {
    const p = rule.params;
    if (p.mode === 'ahead') checkAhead(rule, ctx, p);
    else checkWithin(rule, ctx, p);
  },
});

/** `to` filled within the window after `from`. */
function checkWithin(rule: Rule, ctx: Ctx, p: Within): void {
  if (p.within === null) {
    const word = vagueTimeWords(rule.citation.quote);
    ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: word.zh ? 'not-configured' : 'not-configured-no-limit', data: word.zh ? { word: word.zh, wordEn: word.en } : undefined });
    return;
  }
  const within = p.within;
  const from = ctx.ledger.times[p.from];
  const to = ctx.ledger.times[p.to];
  // The params schema admits only time fields; a custom profile's text field has nothing to compare.
  if (!from || !to) return;
  const mask = ctx.records(rule);
  if (!mask) return;
  const applies = ctx.applicable(rule);
  const unit = p.unit === 'hours' ? 'minutes' : p.unit;
  const span = p.unit === 'hours' ? within * 60 : within;
  const dueSoon = ctx.profile.dueSoonDays * MINUTES_PER_DAY;
  const names = { from: columnName(ctx, p.from), to: columnName(ctx, p.to) };
  const { records, start, count } = ctx.ledger.customers;

  /** Judge one anchor (record a) against the fill of `to` on record d (-1 when blank). */
  const judge = (c: number, a: number, d: number) => {
    const w = windowOf(ctx, { unit, from: 0, to: span }, from.minute[a], from.precision[a]);
    if (windowProblem(ctx, rule, c, a, w, p.from)) return;
    // A fill in time is the common case: nothing to format then.
    const place = d >= 0 ? placeDone(w, to.minute[d], to.precision[d]) : 0;
    if (place === 1) return;
    const explain = { from: p.from, fromAt: isoMinute(from.minute[a]), to: p.to, unit: p.unit, within: p.within, dueAt: w.dueAt };
    const base = { start: timeText(from.minute[a], from.precision[a]), due: w.dueText, ...names };
    if (d >= 0) {
      const m = to.minute[d];
      const done = timeText(m, to.precision[d]);
      if (place === 3) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: d, field: p.to, dueAt: w.dueAt, messageId: 'done-no-time', data: { done, due: w.dueText }, explain });
        return;
      }
      const overdueDays = w.clock ? Math.max(1, Math.ceil((m - w.end) / MINUTES_PER_DAY)) : dayOf(m) - dayOf(w.end);
      ctx.emit(rule, { status: 'late', customer: c, record: d, field: p.to, dueAt: w.dueAt, overdueDays, messageId: 'late', data: { ...base, done }, severity: p.lateSeverity ?? breachSeverity(rule), explain });
      return;
    }
    if (ctx.asOf > w.end) {
      const overdueDays = w.clock ? Math.max(1, Math.ceil((ctx.asOf - w.end) / MINUTES_PER_DAY)) : ctx.asOfDay - dayOf(w.end);
      ctx.emit(rule, { status: 'overdue', customer: c, record: a, field: p.to, dueAt: w.dueAt, overdueDays, messageId: 'overdue', data: { ...base, days: overdueDays }, explain });
      return;
    }
    ctx.noteDue(c, dayOf(w.end));
    if (w.end - ctx.asOf <= dueSoon) ctx.emit(rule, { status: 'due-soon', customer: c, record: a, field: p.to, dueAt: w.dueAt, messageId: 'due-soon', data: base, severity: 'info', explain });
  };

  for (let c = 0; c < count; c++) {
    if (applies[c] !== 1) continue;
    if (p.scope === 'record') {
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (mask[i] === 1 && isDated(from.precision[i]) && to.precision[i] !== Precision.Invalid) judge(c, i, isDated(to.precision[i]) ? i : -1);
      }
      continue;
    }
    // Customer scope: the customer's earliest `from` (on a selected record) and earliest `to`.
    let a = -1;
    let d = -1;
    for (let j = start[c]; j < start[c + 1]; j++) {
      const i = records[j];
      if (mask[i] === 1 && isDated(from.precision[i]) && (a < 0 || from.minute[i] < from.minute[a])) a = i;
      if (isDated(to.precision[i]) && (d < 0 || to.minute[i] < to.minute[d])) d = i;
    }
    if (a >= 0) judge(c, a, d);
  }
}

/** `to` (the booking) at least `atLeast` days ahead of `from` (the event), on the event's row. */
function checkAhead(rule: Rule, ctx: Ctx, p: Ahead): void {
  const arranged = ctx.ledger.times[p.to];
  const event = ctx.ledger.times[p.from];
  if (!arranged || !event) return;
  const mask = ctx.records(rule);
  if (!mask) return;
  const applies = ctx.applicable(rule);
  const names = { eventColumn: columnName(ctx, p.from), arrangedColumn: columnName(ctx, p.to) };
  const unit = p.unit === 'workdays' ? { unit: '个工作日', unitEn: 'working day(s)' } : { unit: '天', unitEn: 'day(s)' };
  for (let i = 0; i < ctx.ledger.size; i++) {
    if (mask[i] !== 1 || !isDated(event.precision[i])) continue;
    const c = ctx.ledger.customerOf[i];
    if (c < 0 || applies[c] !== 1) continue;
    const eventDay = dayOf(event.minute[i]);
    const pa = arranged.precision[i];
    // An unreadable booking cell is reported as invalid already.
    if (pa === Precision.Invalid) continue;
    if (!isDated(pa)) {
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.to, messageId: 'missing', data: { event: isoDate(eventDay), ...names } });
      continue;
    }
    const bookedDay = dayOf(arranged.minute[i]);
    // The latest booking day that is still early enough.
    const latest = p.unit === 'workdays' ? ctx.calendar.addWorkdays(eventDay, -p.atLeast) : eventDay - p.atLeast;
    if (latest === undefined) {
      ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: p.from, messageId: 'calendar-unknown', data: { year: ymdFromDay(eventDay).year } });
      continue;
    }
    if (bookedDay <= latest) continue;
    ctx.emit(rule, {
      status: 'violation',
      customer: c,
      record: i,
      field: p.to,
      dueAt: isoDate(latest),
      messageId: 'short',
      data: { event: isoDate(eventDay), arranged: isoDate(bookedDay), days: Math.max(0, eventDay - bookedDay), min: p.atLeast, ...unit, ...names },
    });
  }
}
