/**
 * Reports due on fixed days: "每月10号、20号、30号发送电子文件", "每周五交周报". A report row
 * carries its submission date (reportedAt) and, where the ledger says so, the period it covers
 * (reportPeriod; on a callback log, the contact date of the row it reports). Each due date must
 * show a report submitted by the end of that day: missing -> overdue, after it -> late. Cycles of
 * one submitter missed in a row (no report, or too few entries) are one finding.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { defineKind, type RuleContext } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import { dayFromYmd, daysInMonth, isoDate, weekday, ymdFromDay } from '../time/day';
import { MissedRun } from './missed-run';
import { dayOf, isDated } from './shared';
import { FIELDS, type Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * Reports due on fixed days: given days of each month (a day the month lacks, such as the 30th in
 * February, falls on the month's last day) or one weekday each week. Each due report must have been
 * submitted (reportedAt) by the end of its due day; one finding per late due date and per run of
 * due dates missed in a row.
 * @example { due: { every: 'month', days: [10, 20, 30] } } // 10号、20号、30号
 * @example { due: { every: 'week', weekday: 5 } } // every Friday
 */
export const reportScheduleParams = /* @__PURE__ */ (() => typedSchema<ReportScheduleParams, ReportScheduleParamsInput>()(z.strictObject({
  due: z.discriminatedUnion('every', [
    z.strictObject({
      every: z.literal('month'),
      /** Days of the month a report is due (31: the month's last day). @example [10, 20, 30] */
      days: z.array(z.number().int().min(1).max(31)).min(1).max(31),
    }),
    z.strictObject({
      every: z.literal('week'),
      /** ISO weekday a report is due, 1 Monday to 7 Sunday. @example 5 */
      weekday: z.number().int().min(1).max(7),
    }),
  ]),
  /**
   * true: every submitter (报送人, else 回访人/业务员) owes each report; false: one report for the
   * whole ledger. @example true
   */
  perSubmitter: z.boolean().default(true),
  /** The date of an entry (a report sent, a spot-check call made). @example 'auditedAt' */
  entry: fieldSchema.default('reportedAt'),
  /**
   * Entries each cycle needs. Above 1 (三个电话抽查), entries count in the cycle they fall in and a
   * short cycle is one finding; late entries do not fill earlier cycles. @example 3
   */
  min: z.number().int().min(1).max(100).default(1),
  /**
   * Days after a cycle's last day by which its report is due: a calendar month reported by the 5th
   * of the next (每月底 → 次月5日前: 5). Reports sent in those days belong to the cycle. @example 5
   */
  graceDays: z.number().int().min(0).max(60).default(0),
  /**
   * Who owes each report: the first of these columns the ledger has (with `headerWords`, only a
   * column whose header contains one of them: 经销商名称 names distributors, 客户名称 need not).
   * Without any, the rule cannot tell one submitter's report from another's: indeterminate, never
   * one report standing for everyone. Absent: 报送人, else 回访人/业务员, else the whole ledger.
   * @example { fields: ['submitter', 'customerName', 'customerId'], headerWords: ['经销商', '报送'] }
   */
  by: z
    .strictObject({
      fields: z.array(fieldSchema).min(1).max(5),
      headerWords: z.array(z.string().min(1).max(20)).min(1).max(20).optional(),
      /** The submitters are the ledger's customers (distributors): a submitter's finding is listed under its customer. */
      areCustomers: z.boolean().default(false),
    })
    .optional(),
  /**
   * With `min` above 1: entries count once per customer, and a submitter with fewer customers on
   * the list than `min` needs all of them (至少三个, 不足三位的全部). @example true
   */
  sampleOfList: z.boolean().default(false),
})))();
/** The params of this kind's rules (`reportScheduleParams` checks them). */
export interface ReportScheduleParams {
  due: { every: 'month'; days: number[]; } | { every: 'week'; weekday: number; };
  /**
   * true: every submitter (报送人, else 回访人/业务员) owes each report; false: one report for the
   * whole ledger.
   * @example true
   */
  perSubmitter: boolean;
  /**
   * The date of an entry (a report sent, a spot-check call made).
   * @example 'auditedAt'
   */
  entry: Field;
  /**
   * Entries each cycle needs. Above 1 (三个电话抽查), entries count in the cycle they fall in and a
   * short cycle is one finding; late entries do not fill earlier cycles.
   * @example 3
   */
  min: number;
  /**
   * Days after a cycle's last day by which its report is due: a calendar month reported by the 5th
   * of the next (每月底 → 次月5日前: 5). Reports sent in those days belong to the cycle.
   * @example 5
   */
  graceDays: number;
  /**
   * With `min` above 1: entries count once per customer, and a submitter with fewer customers on
   * the list than `min` needs all of them (至少三个, 不足三位的全部).
   * @example true
   */
  sampleOfList: boolean;
  /**
   * Who owes each report: the first of these columns the ledger has (with `headerWords`, only a
   * column whose header contains one of them: 经销商名称 names distributors, 客户名称 need not).
   * Without any, the rule cannot tell one submitter's report from another's: indeterminate, never
   * one report standing for everyone. Absent: 报送人, else 回访人/业务员, else the whole ledger.
   * @example { fields: ['submitter', 'customerName', 'customerId'], headerWords: ['经销商', '报送'] }
   */
  by?: { fields: Field[]; areCustomers: boolean; headerWords?: string[] | undefined; };
}
/** ReportScheduleParams as a profile writes them (defaults not yet filled in). */
export type ReportScheduleParamsInput = { due: { every: 'month'; days: number[]; } | { every: 'week'; weekday: number; }; perSubmitter?: boolean | undefined; entry?: Field | undefined; min?: number | undefined; graceDays?: number | undefined; by?: { fields: Field[]; headerWords?: string[] | undefined; areCustomers?: boolean | undefined; } | undefined; sampleOfList?: boolean | undefined; };

const messages = {
  overdue: { zh: '「{rule}」未报送：{who}{from} 至 {to} 的报告应于 {due}{note}前报送，至今未见，已逾期 {days} 天。', en: '"{rule}" missing: {who}the report for {from} to {to} was due by {due}{noteEn}; none submitted, {days} day(s) overdue.' },
  'overdue-run': { zh: '「{rule}」未报送：{who}自 {from} 起连续 {periods} {unit}没有报送（{from} 至 {to}），第一期应于 {due}{note}前报送，已逾期 {days} 天。', en: '"{rule}" missing: {who}no report for {periods} {unitsEn} in a row, {from} to {to}; the first was due by {due}{noteEn}, {days} day(s) overdue.' },
  late: { zh: '「{rule}」迟报：{who}{from} 至 {to} 的报告应于 {due}{note}前报送，实际 {done} 才报送，迟了 {days} 天。', en: '"{rule}" late: {who}the report for {from} to {to} was due by {due}{noteEn} but came on {done}, {days} day(s) late.' },
  'due-soon': { zh: '「{rule}」即将到期：{who}请于 {due}{note}前报送 {from} 至 {to} 的报告。', en: '"{rule}" due soon: {who}submit the report for {from} to {to} by {due}{noteEn}.' },
  short: { zh: '「{rule}」不足：{who}{from} 至 {to} 只有 {count} 条「{column}」，至少应有 {min} 条。', en: '"{rule}" not met: {who}{from} to {to} has {count} "{column}" entr(ies); at least {min} required.' },
  'short-run': { zh: '「{rule}」不足：{who}自 {from} 起连续 {periods} {unit}每期「{column}」不足 {min} 条（{from} 至 {to}；最近一期 {count} 条）。', en: '"{rule}" not met: {who}{periods} {unitsEn} in a row, {from} to {to}, each had fewer than {min} "{column}" entr(ies) (the latest: {count}).' },
  'short-sample': { zh: '「{rule}」不足：{who}{from} 至 {to} 只抽查了 {count} 位客户（名单上共 {list} 位），应至少抽查 {min} 位。', en: '"{rule}" not met: {who}{from} to {to} spot-checked {count} customer(s) of the {list} on the list; at least {min} required.' },
  'short-sample-run': { zh: '「{rule}」不足：{who}自 {from} 起连续 {periods} {unit}抽查人数不足（{from} 至 {to}；最近一期抽查 {count} 位，名单上共 {list} 位，应至少抽查 {min} 位）。', en: '"{rule}" not met: {who}{periods} {unitsEn} in a row, {from} to {to}, spot-checked too few customers (the latest: {count} of the {list} on the list; at least {min} required).' },
  'no-submitter': { zh: '「{rule}」无法判断：台账没有标明报送者的列（{columns}），分不清各自的报告，不能拿一份报告代表所有人。', en: '"{rule}" indeterminate: the ledger has no column naming who reports ({columns}), so one report cannot be told from another and none may stand for everyone.' },
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

/** How a run of cycles is counted in words: 周, 个月 for one due day a month, else 期. */
function cycleUnit(due: Due): { unit: string; unitsEn: string } {
  if (due.every === 'week') return { unit: '周', unitsEn: 'weeks' };
  return due.days.length === 1 ? { unit: '个月', unitsEn: 'months' } : { unit: '期', unitsEn: 'cycles' };
}

/** The due day before a due day (the previous cycle's), so a cycle is (previous, due]. */
function dueBefore(due: Due, dueDay: number): number {
  if (due.every === 'week') return dueDay - 7;
  // The latest due day before dueDay: search back from the day before, at most a month.
  let d = dueDay - 1;
  while (dueOnOrAfter(due, d) !== d) d--;
  return d;
}

/** The configured day a month-end due day stands for (30 for 2025-02-28, 31 for 2025-10-31), or 0 when it is not the month's end. */
function monthEndFrom(due: Due, dueDay: number): number {
  if (due.every !== 'month') return 0;
  const { year, month, day } = ymdFromDay(dueDay);
  if (day !== daysInMonth(year, month)) return 0;
  let from = 0;
  for (const k of due.days) if (k >= day && (from === 0 || k < from)) from = k;
  return from;
}

/**
 * Message data saying a due day is the month's end: 31 stands for the last day of every month
 * (月末); another day the month lacks falls on it (30号 -> 02-28). In both languages.
 */
function note(due: Due, dueDay: number, graceDays = 0): { note: string; noteEn: string } {
  const k = graceDays ? 0 : monthEndFrom(due, dueDay);
  const day = ymdFromDay(dueDay).day;
  // The Chinese note sits between the date and 前: a space when there is none.
  if (k === 31) return { note: '（月末）', noteEn: ' (the month\'s last day)' };
  return k > day ? { note: `（当月无${k}号，按月末）`, noteEn: ` (the month has no day ${k}: its last day)` } : { note: ' ', noteEn: '' };
}

interface Group {
  name: string;
  /** Earliest day of anything the submitter wrote: the schedule starts with the cycle holding it. */
  first: number;
  /** Latest day and record of the group (where a finding points when the group has no rows of its own). */
  lastDay: number;
  lastRecord: number;
  /** Due day -> [earliest submission day, its record] for reports that name their period. */
  byPeriod: Map<number, [number, number]>;
  /** Reports that name no period: [submission day, record], matched to cycles in order. */
  loose: [number, number][];
  /** The group's rows with the day each belongs to (its period or contact date): [day, record]. */
  rows: [number, number][];
  /** The one customer of all the group's rows (-1 none yet, -2 several). */
  customer: number;
}

/** The column naming who owes each report, or null when `by` finds none (undefined: the whole ledger). */
function submitterColumn(ctx: RuleContext, p: ReportScheduleParams): { field: Field; text: (string | null)[] } | null | undefined {
  const L = ctx.ledger;
  if (!p.by) {
    if (!p.perSubmitter) return undefined;
    const field: Field | undefined = L.columns.submitter !== undefined ? 'submitter' : L.columns.performer !== undefined ? 'performer' : undefined;
    return field ? { field, text: L.text[field]! } : undefined;
  }
  for (const field of p.by.fields) {
    const col = L.columns[field];
    if (col === undefined) continue;
    const header = L.headers[col] ?? '';
    if (p.by.headerWords && !p.by.headerWords.some((w) => header.includes(w))) continue;
    const text = L.text[field];
    if (text) return { field, text };
  }
  return null;
}

export const reportSchedule = /* @__PURE__ */ defineKind<ReportScheduleParams>()({
  id: 'report-schedule',
  messages,
  needs: (p) => [p.entry],
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const rep = L.times[p.entry]!;
    const counting = p.min > 1;
    const period = L.times.reportPeriod;
    const contact = L.times.contactAt;
    const who = submitterColumn(ctx, p);
    if (who === null) {
      const columns = p.by!.fields.map((f) => (ctx.profile.headers?.[f] ?? FIELDS[f].headers)[0]).join('、');
      ctx.emit(rule, { status: 'indeterminate', customer: null, record: -1, messageId: 'no-submitter', data: { columns } });
      return;
    }
    const byCustomer = who !== undefined && (who.field === 'customerId' || who.field === 'customerName');
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
      // A distributor named by the customer column: a blank name cell still has its customer.
      const name = who?.text[i] ?? (byCustomer && c >= 0 ? L.customers.key[c] : '');
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { name, first: Infinity, lastDay: -Infinity, lastRecord: i, byPeriod: new Map(), loose: [], rows: [], customer: -1 }));
      if (c >= 0) g.customer = g.customer === -1 || g.customer === c ? c : -2;
      if (rowDay !== undefined) g.rows.push([rowDay, i]);
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
      // Rows in day order (stable: equal days keep sheet order), for the row a cycle's finding points at.
      g.rows.sort((a, b) => a[0] - b[0]);
      if (counting) checkCounts(rule, ctx, p, g);
      else checkGroup(rule, ctx, p, g);
    }
  },
});

/**
 * The row a cycle's finding points at: the group's last row in the cycle, else its last row before
 * it, else its latest record. Never another submitter's row.
 */
function cycleRecord(g: Group, to: number): number {
  let lo = 0;
  let hi = g.rows.length;
  // The first row after `to`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (g.rows[mid][0] <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? g.rows[lo - 1][1] : g.lastRecord;
}

function checkGroup(rule: RuleBase, ctx: RuleContext, p: ReportScheduleParams, g: Group): void {
  const due = p.due;
  const grace = p.graceDays;
  g.loose.sort((a, b) => a[0] - b[0]);
  const whoText = g.name ? `${g.name}：` : '';
  const owner = p.by?.areCustomers && g.customer >= 0 ? g.customer : null;
  const customerOf = (record: number) => (ctx.ledger.customerOf[record] >= 0 ? ctx.ledger.customerOf[record] : null);
  // Cycles still without a report, oldest first; a second report in a later cycle fills the oldest late.
  const pending: number[] = [];
  // The last cycle whose deadline passed before the check.
  let lastDue = -Infinity;
  let k = 0;
  const emitLate = (dueDay: number, sent: number, record: number) => {
    const from = dueBefore(due, dueDay) + 1;
    const deadline = dueDay + grace;
    ctx.emit(rule, { status: 'late', customer: customerOf(record), record, field: p.entry, dueAt: isoDate(deadline), overdueDays: sent - deadline, messageId: 'late', data: { who: whoText, from: isoDate(from), to: isoDate(dueDay), due: isoDate(deadline), ...note(due, dueDay, grace), done: isoDate(sent), days: sent - deadline } });
  };
  for (let d = dueOnOrAfter(due, g.first); ; d = dueOnOrAfter(due, d + 1)) {
    const prev = dueBefore(due, d);
    if (prev >= ctx.asOfDay) break;
    const deadline = d + grace;
    if (deadline < ctx.asOfDay) lastDue = d;
    // Loose reports submitted in this cycle: all but the last fill older missing cycles (late).
    const inCycle: [number, number][] = [];
    while (k < g.loose.length && g.loose[k][0] <= deadline) inCycle.push(g.loose[k++]);
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
      if (own[0] > deadline) emitLate(d, own[0], own[1]);
      continue;
    }
    if (deadline < ctx.asOfDay) pending.push(d);
    else if (deadline - ctx.asOfDay <= ctx.profile.dueSoonDays) {
      ctx.emit(rule, { status: 'due-soon', customer: owner, record: cycleRecord(g, d), field: p.entry, dueAt: isoDate(deadline), messageId: 'due-soon', data: { who: whoText, from: isoDate(prev + 1), to: isoDate(d), due: isoDate(deadline), ...note(due, d, grace) }, severity: 'info' });
    }
  }
  // Cycles still missing in a row are one finding; it is ongoing when it reaches the last cycle due before the check.
  const run = new MissedRun<number>();
  let prevMissing = -Infinity;
  const close = () => {
    const r = run.close(prevMissing === lastDue);
    if (!r) return;
    const d = r.first;
    const deadline = r.dues[0];
    const data = { who: whoText, from: isoDate(dueBefore(due, d) + 1), to: isoDate(r.last), due: isoDate(deadline), ...note(due, d, grace), days: ctx.asOfDay - deadline };
    const [runData, messageId] = r.dues.length === 1 ? [data, 'overdue' as const] : [{ ...data, periods: r.dues.length, ...cycleUnit(due) }, 'overdue-run' as const];
    ctx.emit(rule, { status: 'overdue', customer: owner, record: cycleRecord(g, r.last), field: p.entry, dueAt: data.due, overdueDays: data.days, messageId, data: runData, missed: r });
  };
  for (const d of pending) {
    if (prevMissing > -Infinity && dueOnOrAfter(due, prevMissing + 1) !== d) close();
    run.add(d + grace, d);
    prevMissing = d;
  }
  close();
}

/**
 * min > 1: entries counted in the cycle they fall in; a closed cycle with fewer is one finding.
 * With `sampleOfList`, entries count once per customer and the need is capped at the number of
 * customers on the submitter's list by the cycle's end.
 */
function checkCounts(rule: RuleBase, ctx: RuleContext, p: ReportScheduleParams, g: Group): void {
  const entries = g.loose.slice().sort((a, b) => a[0] - b[0]);
  const who = g.name ? `${g.name}：` : '';
  const owner = p.by?.areCustomers && g.customer >= 0 ? g.customer : null;
  const customerOf = ctx.ledger.customerOf;
  const listed = new Set<number>();
  // Short cycles in a row are one finding, ongoing when the cycle in progress is short too.
  const run = new MissedRun<{ to: number; from: number; data: Record<string, string | number> }>();
  const close = (ongoing: boolean) => {
    const got = run.close(ongoing);
    if (!got) return;
    const { first, last, dues } = got;
    const messageId = p.sampleOfList ? (dues.length === 1 ? 'short-sample' : 'short-sample-run') : dues.length === 1 ? 'short' : 'short-run';
    const data = dues.length === 1 ? first.data : { ...last.data, from: isoDate(first.from), to: isoDate(last.to), periods: dues.length, ...cycleUnit(p.due) };
    ctx.emit(rule, { status: 'violation', customer: owner, record: cycleRecord(g, last.to), field: p.entry, dueAt: isoDate(dues[0]), overdueDays: ctx.asOfDay - dues[0], messageId, data, missed: got });
  };
  let r = 0;
  let k = 0;
  for (let d = dueOnOrAfter(p.due, g.first); ; d = dueOnOrAfter(p.due, d + 1)) {
    const prev = dueBefore(p.due, d);
    if (prev >= ctx.asOfDay) break;
    while (r < g.rows.length && g.rows[r][0] <= d) {
      const c = customerOf[g.rows[r++][1]];
      if (c >= 0) listed.add(c);
    }
    let n = 0;
    const checked = new Set<number>();
    for (; k < entries.length && entries[k][0] <= d; k++) {
      if (entries[k][0] <= prev) continue;
      const c = customerOf[entries[k][1]];
      if (!p.sampleOfList || c < 0) n++;
      else if (!checked.has(c)) {
        checked.add(c);
        n++;
      }
    }
    const min = p.sampleOfList ? Math.min(p.min, listed.size) : p.min;
    if (d >= ctx.asOfDay) {
      close(n < min);
      continue;
    }
    if (n >= min) {
      close(false);
      continue;
    }
    run.add(d, { from: prev + 1, to: d, data: { who, from: isoDate(prev + 1), to: isoDate(d), count: n, min, list: listed.size, ...note(p.due, d) } });
  }
  close(false);
}
