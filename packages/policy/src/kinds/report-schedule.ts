/**
 * Reports due on fixed days: "每月10号、20号、30号发送电子文件", "每周五交周报". A report row
 * carries its submission date (reportedAt) and, where the ledger says so, the period it covers
 * (reportPeriod; on a callback log, the contact date of the row it reports). Each due date must
 * show a report submitted by the end of that day: missing -> overdue, after it -> late.
 */
import type { KindDef, RuleContext } from '../engine/types';
import type { Rule } from '../profile/schema';
import { dayFromYmd, daysInMonth, isoDate, weekday, ymdFromDay } from '../time/day';
import type { ReportScheduleParams } from './params';
import { dayOf, isDated } from './shared';

const messages = {
  overdue: { zh: '「{rule}」未报送：{who}{from} 至 {to} 的报告应于 {due}{note} 前报送，至今未见，已逾期 {days} 天。', en: '"{rule}" missing: {who}the report for {from} to {to} was due by {due}{noteEn}; none submitted, {days} day(s) overdue.' },
  late: { zh: '「{rule}」迟报：{who}{from} 至 {to} 的报告应于 {due}{note} 前报送，实际 {done} 才报送，迟了 {days} 天。', en: '"{rule}" late: {who}the report for {from} to {to} was due by {due}{noteEn} but came on {done}, {days} day(s) late.' },
  'due-soon': { zh: '「{rule}」即将到期：{who}请于 {due}{note} 前报送 {from} 至 {to} 的报告。', en: '"{rule}" due soon: {who}submit the report for {from} to {to} by {due}{noteEn}.' },
  short: { zh: '「{rule}」不足：{who}{from} 至 {to} 只有 {count} 条「{column}」，至少应有 {min} 条。', en: '"{rule}" not met: {who}{from} to {to} has {count} "{column}" entr(ies); at least {min} required.' },
};

type Due = ReportScheduleParams['due'];

/**
 * The first due day on or after a day. Month days the month lacks fall on its last day (30 -> 02-28).
 * @example dueOnOrAfter({ every: 'month', days: [10, 20, 30] }, dayFromYmd(2025, 2, 21)) // 2025-02-28
 */
export function dueOnOrAfter(due: Due, day: number): number {
  if (due.every === 'week') return day + ((due.weekday - weekday(day) + 7) % 7);
  const { year, month, day: d } = ymdFromDay(day);
  const last = daysInMonth(year, month);
  let best = 0;
  for (const k of due.days) {
    const c = Math.min(k, last);
    if (c >= d && (best === 0 || c < best)) best = c;
  }
  if (best > 0) return dayFromYmd(year, month, best);
  // None left this month: the earliest of the next month.
  const ny = month === 12 ? year + 1 : year;
  const nm = month === 12 ? 1 : month + 1;
  return dayFromYmd(ny, nm, Math.min(Math.min(...due.days), daysInMonth(ny, nm)));
}

/** The due day before a due day (the previous cycle's), so a cycle is (previous, due]. */
function dueBefore(due: Due, dueDay: number): number {
  if (due.every === 'week') return dueDay - 7;
  // The latest due day before dueDay: search back from the day before, at most a month.
  let d = dueDay - 1;
  while (dueOnOrAfter(due, d) !== d) d--;
  return d;
}

/** The configured day a clamped due day stands for (30 for 2025-02-28), or 0 when not clamped. */
function clampedFrom(due: Due, dueDay: number): number {
  if (due.every !== 'month') return 0;
  const { year, month, day } = ymdFromDay(dueDay);
  if (day !== daysInMonth(year, month)) return 0;
  let from = 0;
  for (const k of due.days) if (k > day && (from === 0 || k < from)) from = k;
  return from;
}

/** Message data saying a due day was moved to the month's end (30号 -> 02-28), in both languages. */
function note(due: Due, dueDay: number): { note: string; noteEn: string } {
  const k = clampedFrom(due, dueDay);
  return k ? { note: `（当月无${k}号，按月末）`, noteEn: ` (the month has no day ${k}: its last day)` } : { note: '', noteEn: '' };
}

interface Group {
  name: string;
  /** Earliest day of anything the submitter wrote: the schedule starts with the cycle holding it. */
  first: number;
  /** Latest day and record of the group (where a missing-report finding points). */
  lastDay: number;
  lastRecord: number;
  /** Due day -> [earliest submission day, its record] for reports that name their period. */
  byPeriod: Map<number, [number, number]>;
  /** Reports that name no period: [submission day, record], matched to cycles in order. */
  loose: [number, number][];
}

export const reportSchedule: KindDef<ReportScheduleParams> = {
  kind: 'report-schedule',
  messages,
  needs: (p) => [p.entry],
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const rep = L.times[p.entry]!;
    const counting = p.min > 1;
    const period = L.times.reportPeriod;
    const contact = L.times.contactAt;
    const who = p.perSubmitter ? (L.text.submitter ?? L.text.performer) : undefined;
    const applies = ctx.applicable(rule);
    const groups = new Map<string, Group>();
    const usable = (pr: number | undefined) => pr !== undefined && isDated(pr);
    for (let i = 0; i < L.size; i++) {
      const c = L.customerOf[i];
      if (c >= 0 && applies[c] !== 1) continue;
      const hasReport = usable(rep.precision[i]) && dayOf(rep.minute[i]) <= ctx.asOfDay;
      // The period a row reports (its own period, else its contact date); counted entries fall in their own cycle.
      const rowDay = period && usable(period.precision[i]) ? dayOf(period.minute[i]) : contact && usable(contact.precision[i]) ? dayOf(contact.minute[i]) : undefined;
      if (!hasReport && rowDay === undefined) continue;
      const periodDay = counting ? undefined : rowDay;
      const name = who?.[i] ?? '';
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { name, first: Infinity, lastDay: -Infinity, lastRecord: i, byPeriod: new Map(), loose: [] }));
      const sent = hasReport ? dayOf(rep.minute[i]) : undefined;
      const start = Math.min(rowDay ?? Infinity, sent ?? Infinity);
      if (start < g.first) g.first = start;
      const end = Math.max(rowDay ?? -Infinity, sent ?? -Infinity);
      if (end >= g.lastDay) {
        g.lastDay = end;
        g.lastRecord = i;
      }
      if (sent === undefined) continue;
      if (periodDay === undefined) {
        g.loose.push([sent, i]);
        continue;
      }
      const due = dueOnOrAfter(p.due, periodDay);
      const had = g.byPeriod.get(due);
      if (!had || sent < had[0]) g.byPeriod.set(due, [sent, i]);
    }
    for (const g of groups.values()) {
      if (counting) checkCounts(rule, ctx, p, g);
      else checkGroup(rule, ctx, p, g);
    }
  },
};

function checkGroup(rule: Rule, ctx: RuleContext, p: ReportScheduleParams, g: Group): void {
  const due = p.due;
  g.loose.sort((a, b) => a[0] - b[0]);
  const whoText = g.name ? `${g.name}：` : '';
  const customerOf = (record: number) => (ctx.ledger.customerOf[record] >= 0 ? ctx.ledger.customerOf[record] : null);
  // Cycles still without a report, oldest first; a second report in a later cycle fills the oldest late.
  const pending: number[] = [];
  let k = 0;
  const emitLate = (dueDay: number, sent: number, record: number) => {
    const from = dueBefore(due, dueDay) + 1;
    ctx.emit(rule, { status: 'late', customer: customerOf(record), record, field: p.entry, dueAt: isoDate(dueDay), overdueDays: sent - dueDay, messageId: 'late', data: { who: whoText, from: isoDate(from), to: isoDate(dueDay), due: isoDate(dueDay), ...note(due, dueDay), done: isoDate(sent), days: sent - dueDay } });
  };
  for (let d = dueOnOrAfter(due, g.first); ; d = dueOnOrAfter(due, d + 1)) {
    const prev = dueBefore(due, d);
    if (prev >= ctx.asOfDay) break;
    // Loose reports submitted in this cycle: all but the last fill older missing cycles (late).
    const inCycle: [number, number][] = [];
    while (k < g.loose.length && g.loose[k][0] <= d) inCycle.push(g.loose[k++]);
    const named = g.byPeriod.get(d);
    let own: [number, number] | undefined = named;
    for (let q = 0; q < inCycle.length; q++) {
      const last = q === inCycle.length - 1;
      if (!own && last) own = inCycle[q];
      else if (pending.length) {
        const old = pending.shift()!;
        emitLate(old, inCycle[q][0], inCycle[q][1]);
      }
    }
    if (own) {
      if (own[0] > d) emitLate(d, own[0], own[1]);
      continue;
    }
    if (d < ctx.asOfDay) pending.push(d);
    else if (d - ctx.asOfDay <= ctx.profile.dueSoonDays) {
      ctx.emit(rule, { status: 'due-soon', customer: null, record: g.lastRecord, field: p.entry, dueAt: isoDate(d), messageId: 'due-soon', data: { who: whoText, from: isoDate(prev + 1), to: isoDate(d), due: isoDate(d), ...note(due, d) }, severity: 'info' });
    }
  }
  for (const d of pending) {
    const from = dueBefore(due, d) + 1;
    ctx.emit(rule, { status: 'overdue', customer: null, record: g.lastRecord, field: p.entry, dueAt: isoDate(d), overdueDays: ctx.asOfDay - d, messageId: 'overdue', data: { who: whoText, from: isoDate(from), to: isoDate(d), due: isoDate(d), ...note(due, d), days: ctx.asOfDay - d } });
  }
}

/** min > 1: entries counted in the cycle they fall in; a closed cycle with fewer is one finding. */
function checkCounts(rule: Rule, ctx: RuleContext, p: ReportScheduleParams, g: Group): void {
  const days = g.loose.map((e) => e[0]).sort((a, b) => a - b);
  const who = g.name ? `${g.name}：` : '';
  let k = 0;
  for (let d = dueOnOrAfter(p.due, g.first); ; d = dueOnOrAfter(p.due, d + 1)) {
    const prev = dueBefore(p.due, d);
    if (prev >= ctx.asOfDay) break;
    let n = 0;
    while (k < days.length && days[k] <= d) if (days[k++] > prev) n++;
    if (n >= p.min || d >= ctx.asOfDay) continue;
    ctx.emit(rule, { status: 'violation', customer: null, record: g.lastRecord, field: p.entry, dueAt: isoDate(d), overdueDays: ctx.asOfDay - d, messageId: 'short', data: { who, from: isoDate(prev + 1), to: isoDate(d), count: n, min: p.min, ...note(p.due, d) } });
  }
}
