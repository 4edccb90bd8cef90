/**
 * Tier cadences: "H every 3 days" (a gap rule) and "A at least once a week, B twice a month,
 * C twice in two months" (count rules per calendar period), catalog §0.5-6.
 */
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { firstDayOfMonthIndex, isoDate, monthIndex, weekday, weekStart } from '../time/day';
import { type CountPerPeriodParams, type GapCadenceParams, countPerPeriodParams, gapCadenceParams } from './params';
import { columnName, couldFallIn, dayOf, departmentMask, emitUnsure, fieldDay, latestRecord, QUALIFIES, tierIndex, unsureRecordIn } from './shared';
import { MINUTES_PER_DAY } from '../time/day';

const messages = {
  overdue: { zh: '「{rule}」逾期：上次成功回访 {last}，应于 {due} 前再次回访，已逾期 {days} 天。', en: '"{rule}" overdue: last successful contact {last}, next due by {due}, {days} day(s) overdue.' },
  late: { zh: '「{rule}」间隔超限：{last} 之后应于 {due} 前回访，实际到 {done} 才回访。', en: '"{rule}" gap too long: after {last} the next contact was due by {due} but came on {done}.' },
  'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前回访。', en: '"{rule}" due soon: contact the customer by {due}.' },
  'missed-before-end': { zh: '「{rule}」逾期未回访：上次成功回访 {last}，应于 {due} 前再次回访，直到 {end} 提车都没有回访。', en: '"{rule}" missed: last successful contact {last}, the next was due by {due}, and none came before the pickup on {end}.' },
  'no-anchor': { zh: '「{rule}」无法判断：该客户既没有成功回访，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
  short: { zh: '「{rule}」不足：{period}（{start} 至 {end}）只有 {count} 天有成功回访，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had successful contacts on {count} day(s); at least {min} required.' },
  'short-typed': { zh: '「{rule}」不足：{period}（{start} 至 {end}）「{typeColumn}」含{types}的成功回访只有 {count} 天，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had successful contacts whose "{typeColumn}" names {typesEn} on {count} day(s); at least {min} required.' },
  'period-open': { zh: '「{rule}」本期尚未完成：{start} 至 {end} 目前 {count} 天有成功回访，至少需 {min} 天，请于 {due} 前补足。', en: '"{rule}" open: {start} to {end} has {count} contact day(s) so far; {min} required by {due}.' },
  'short-type': { zh: '「{rule}」不足：{period}（{start} 至 {end}）“{types}”只有 {count} 天有记录，至少应有 {min} 天。', en: '"{rule}" not met: {period} ({start} to {end}) had "{types}" on {count} day(s); at least {min} required.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{last}），无法统计 {start} 至 {end} 的回访次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); contacts from {start} to {end} cannot be counted.' },
};

/** Scratch buffers sized to the largest customer, reused across customers (no per-customer garbage). */
function scratch(ctx: RuleContext): { days: Int32Array; tiers: Int8Array } {
  const { start, count } = ctx.ledger.customers;
  let most = 0;
  for (let c = 0; c < count; c++) most = Math.max(most, start[c + 1] - start[c]);
  return { days: new Int32Array(most), tiers: new Int8Array(most) };
}

/**
 * Days of the customer's counted contacts (`counts[i] === 1`) at minute stamps in [from, until)
 * into `out`, ascending and distinct (or all); returns the count.
 */
function contactDays(ctx: RuleContext, customer: number, distinct: boolean, out: Int32Array, counts: Uint8Array, from = -Infinity, until = Infinity): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let n = 0;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const m = ct.minute[i];
    if (counts[i] !== 1 || m < from || m >= until) continue;
    const d = dayOf(m);
    if (!distinct || n === 0 || out[n - 1] !== d) out[n++] = d;
  }
  return n;
}

/** Earliest day of a fallback anchor field for a customer, or undefined. */
function fallbackDay(ctx: RuleContext, customer: number, field: GapCadenceParams['anchorFallback']): number | undefined {
  return field ? fieldDay(ctx, customer, field, false) : undefined;
}

/** Tier in force at each record (carried forward over blank tier cells), in timeline order, into `out`. */
function tiersInForce(ctx: RuleContext, customer: number, out: Int8Array): Int8Array {
  const { records, start } = ctx.ledger.customers;
  const n = start[customer + 1] - start[customer];
  let t = -1;
  let first = -1;
  for (let j = 0; j < n; j++) {
    const k = ctx.ledger.tier[records[start[customer] + j]];
    if (k >= 0) {
      t = k;
      if (first < 0) first = k;
    }
    out[j] = t;
  }
  // Rows before the first stated tier take the first stated tier.
  for (let k = 0; k < n && out[k] < 0; k++) out[k] = first;
  return out;
}

export const gapCadence = defineKind({
  id: 'gap-cadence',
  params: gapCadenceParams,
  messages,
  needs: () => ['contactAt', 'tier'],
  stageSpans: true,
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const span = ctx.stageSpan(rule);
    const p = rule.params;
    const want = tierIndex(ctx, p.tier);
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, tierNow } = ctx.ledger.customers;
    const counts = departmentMask(ctx, rule, p.departments);
    if (!counts) return;
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
  },
});

export interface Period {
  start: number;
  end: number;
}

/**
 * The calendar period containing a day: ISO week, month, two-month block from `anchorMonth`,
 * quarter (January-March ...), half-year (January-June, July-December) or calendar year.
 */
export function periodOf(kind: CountPerPeriodParams['period'] | 'quarter', day: number, anchorMonth: number, out: Period = { start: 0, end: 0 }): Period {
  if (kind === 'week') {
    const s = weekStart(day);
    out.start = s;
    out.end = s + 6;
    return out;
  }
  const mi = monthIndex(day);
  const span = MONTHS[kind];
  const first = kind === 'bimonth' ? anchorMonth + Math.floor((mi - anchorMonth) / 2) * 2 : Math.floor(mi / span) * span;
  out.start = firstDayOfMonthIndex(first);
  out.end = firstDayOfMonthIndex(first + span) - 1;
  return out;
}

const MONTHS = { month: 1, bimonth: 2, quarter: 3, halfyear: 6, year: 12 };

const PERIOD_NAMES = {
  week: { zh: '该周', en: 'the week' },
  month: { zh: '该月', en: 'the month' },
  bimonth: { zh: '该两个月', en: 'the two months' },
  halfyear: { zh: '该半年', en: 'the half-year' },
  year: { zh: '该年度', en: 'the year' },
};

/**
 * Per record, 1 when it counts for a count rule: a qualifying contact, of one of the listed
 * callback types when the rule lists some (a blank type is not proof of another, as in event windows).
 */
function countedContacts(ctx: RuleContext, callbackTypes: string[] | undefined): Uint8Array {
  const types = callbackTypes && ctx.ledger.columns.callbackType !== undefined ? ctx.ledger.text.callbackType! : undefined;
  if (!types) return ctx.qualifies;
  const out = new Uint8Array(ctx.ledger.size);
  // A ledger repeats a handful of type labels: decide each distinct one once.
  const decided = new Map<string, number>();
  const unknownType = ctx.ledger.unknownType;
  for (let i = 0; i < out.length; i++) {
    const q = ctx.qualifies[i];
    if (q === QUALIFIES.NO) continue;
    const t = types[i];
    // A type the profile does not know may be the one asked for: unsure, as an unreadable cell is.
    if (unknownType?.[i] === 1 || q === QUALIFIES.UNSURE) {
      if (t === null || unknownType?.[i] === 1 || callbackTypes!.some((w) => t.includes(w))) out[i] = QUALIFIES.UNSURE;
      continue;
    }
    if (t === null) {
      out[i] = 1;
      continue;
    }
    let k = decided.get(t);
    if (k === undefined) decided.set(t, (k = callbackTypes!.some((w) => t.includes(w)) ? 1 : 0));
    out[i] = k;
  }
  return out;
}

/** Localised name of a period kind, for messages. */
export function periodName(kind: CountPerPeriodParams['period'], locale: 'zh' | 'en'): string {
  return PERIOD_NAMES[kind][locale];
}

export const countPerPeriod = defineKind({
  id: 'count-per-period',
  params: countPerPeriodParams,
  messages,
  needs: (p) => (p.tier === undefined ? ['contactAt'] : ['contactAt', 'tier']),
  stageSpans: true,
  check(rule, ctx) {
    const p = rule.params;
    const buf = scratch(ctx);
    // One pass per group of types that each need their count (or one pass for all).
    const groups = p.eachOf ?? [p.callbackTypes];
    for (const group of groups) {
      const counts = inMonths(ctx, p.eachOf ? mentioning(ctx, group!) : countedContacts(ctx, group), p.months);
      const types = p.eachOf ? group!.join('/') : undefined;
      countCustomers(rule, ctx, counts, buf, types);
    }
  },
});

/** Qualifying contacts whose callback type or content mentions one of the words (one call may send the gift and ask the needs). */
function mentioning(ctx: RuleContext, words: string[]): Uint8Array {
  const types = ctx.ledger.text.callbackType;
  const content = ctx.ledger.text.content;
  const out = new Uint8Array(ctx.ledger.size);
  const has = (t: string | null | undefined) => !!t && words.some((w) => t.includes(w));
  for (let i = 0; i < out.length; i++) if (ctx.qualifies[i] === 1 && (has(types?.[i]) || has(content?.[i]))) out[i] = 1;
  return out;
}

/** Only the contacts dated in the listed calendar months (a copy; all when no months are listed). */
function inMonths(ctx: RuleContext, counts: Uint8Array, months: number[] | undefined): Uint8Array {
  if (!months) return counts;
  const ct = ctx.ledger.times.contactAt!;
  const out = new Uint8Array(counts.length);
  for (let i = 0; i < out.length; i++) if (counts[i] === 1 && months.includes((monthIndex(dayOf(ct.minute[i])) % 12) + 1)) out[i] = 1;
  return out;
}

function countCustomers(rule: KindRule<string, CountPerPeriodParams>, ctx: RuleContext, counts: Uint8Array, buf: ReturnType<typeof scratch>, types: string | undefined): void {
    const applies = ctx.applicable(rule);
    const span = ctx.stageSpan(rule);
    const p = rule.params;
    const tiered = p.tier !== undefined;
    const want = tiered ? tierIndex(ctx, p.tier!) : -1;
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, tierNow } = ctx.ledger.customers;
    const roster = ctx.ledger.shape === 'roster';
    const period: Period = { start: 0, end: 0 };
    const typed: { types?: string; typesEn?: string; typeColumn?: string } =
      p.callbackTypes && ctx.ledger.columns.callbackType !== undefined
        ? { types: p.callbackTypes.map((t) => `“${t}”`).join('或'), typesEn: p.callbackTypes.map((t) => `"${t}"`).join(' or '), typeColumn: columnName(ctx, 'callbackType') }
        : {};
    for (let c = 0; c < ctx.ledger.customers.count; c++) {
      if (applies[c] !== 1) continue;
      // A customer never in the tier has nothing to count.
      let ever = !tiered;
      for (let j = start[c]; j < start[c + 1] && !ever; j++) ever = ctx.ledger.tier[records[j]] === want;
      if (!ever) continue;
      // The part of the customer's time this rule judges: an intent cadence ends the day before the
      // pickup, as a tier's does the day before the record that changes it.
      const from = span ? span.from[c] : -Infinity;
      const until = span ? span.until[c] : Infinity;
      const nDays = contactDays(ctx, c, p.distinctDays, buf.days, counts, from, until);
      const days = buf.days;
      const last = latestRecord(ctx, c);
      // Segments of time the customer spent in the tier: [from, to] in days.
      const segments: { from: number; to: number }[] = [];
      if (!tiered) {
        // Without a tier the obligation runs from the start date (签约日期) or the first dated record.
        const first = p.startField ? fallbackDay(ctx, c, p.startField) : firstDay(ctx, c);
        if (first === undefined) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-anchor' });
          continue;
        }
        // A period that the end date (解约) cuts short owes nothing: it ends before that period does.
        const endDay = p.endField ? fallbackDay(ctx, c, p.endField) : undefined;
        const to = endDay === undefined ? ctx.asOfDay : Math.min(ctx.asOfDay, periodOf(p.period, endDay, monthIndex(first)).start - 1);
        if (first <= to) segments.push({ from: first, to });
      }
      const tiers = tiered ? tiersInForce(ctx, c, buf.tiers) : buf.tiers;
      // The day the current segment opened (undefined: none open; day numbers can be negative).
      let open: number | undefined;
      for (let j = start[c]; j < start[c + 1] && tiered; j++) {
        const i = records[j];
        const m = ct.minute[i];
        const d = Number.isNaN(m) ? fallbackDay(ctx, c, 'receptionAt') : dayOf(m);
        if (d === undefined) continue;
        const t = tiers[j - start[c]];
        if (t === want && open === undefined) open = d;
        else if (t !== want && open !== undefined) {
          segments.push({ from: open, to: d - 1 });
          open = undefined;
        }
      }
      if (open !== undefined) segments.push({ from: open, to: ctx.asOfDay });
      if (tiered && tierNow[c] === want && segments.length === 0) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-anchor' });
        continue;
      }
      if (span) clipSegments(segments, from, until);
      for (const seg of segments) {
        let from = seg.from;
        if (roster) {
          // A roster shows one contact: only what came after it can be proven.
          const lastDay = nDays ? days[nDays - 1] : undefined;
          if (lastDay === undefined) continue;
          const own = periodOf(p.period, lastDay, monthIndex(lastDay));
          if (p.min > 1) {
            ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'roster-count', data: { last: isoDate(lastDay), start: isoDate(own.start), end: isoDate(own.end) } });
          }
          from = own.end + 1;
          if (from > seg.to) continue;
        }
        const anchorMonth = monthIndex(roster ? from : seg.from);
        let k = 0;
        // One period object walked forward (a weekly rule visits ~52 periods per customer a year).
        const per = periodOf(p.period, from, anchorMonth, period);
        for (; per.start <= seg.to; periodOf(p.period, per.end + 1, anchorMonth, per)) {
          // A period the customer left the tier (or the stage: the pickup) in owes this tier nothing,
          // as one an end date cuts short: from the change on, the new tier's cadence applies.
          if ((tiered || span) && seg.to < ctx.asOfDay && per.end > seg.to) break;
          const lo = Math.max(per.start, seg.from);
          const hi = Math.min(per.end, seg.to);
          while (k < nDays && days[k] < lo) k++;
          let n = 0;
          for (let q = k; q < nDays && days[q] <= hi; q++) n++;
          let min = p.min;
          if (!roster && per.start < seg.from && per.end >= seg.from) {
            if (p.period === 'week' && p.exemptFirstWeekAfterWeekday && weekday(seg.from) > p.exemptFirstWeekAfterWeekday) min = 0;
            if (p.period !== 'week' && p.prorateBelowDays && per.end - seg.from + 1 < p.prorateBelowDays) min = p.proratedMin ?? min;
          }
          if (n >= min) continue;
          // Rows that might count here (a cell that decides is unreadable) may make up the shortfall.
          if (per.end - ctx.asOfDay <= ctx.profile.dueSoonDays) {
            const u = unsureMakesUp(ctx, c, counts, lo, hi, min - n, p.distinctDays ? days.subarray(k, k + n) : undefined);
            if (u >= 0) {
              emitUnsure(ctx, rule, c, u, isoDate(per.end));
              continue;
            }
          }
          // With listed months (每年12月) the message names the months that count, not the whole period.
          const shown = p.months && p.period !== 'week' ? Math.max(per.start, firstDayOfMonthIndex(Math.floor(monthIndex(per.start) / 12) * 12 + Math.min(...p.months) - 1)) : per.start;
          const data = { start: isoDate(shown), end: isoDate(per.end), count: n, min, due: isoDate(per.end), periodKind: p.period, ...typed, ...(types ? { types } : {}) };
          if (per.end < ctx.asOfDay) {
            // Only contacts of the named types count: the message says so (a 日常沟通 that half-year does not).
            const messageId = types ? 'short-type' : typed.types ? 'short-typed' : 'short';
            ctx.emit(rule, { status: 'violation', customer: c, record: recordBefore(ctx, c, per.end) ?? last, field: 'contactAt', dueAt: isoDate(per.end), overdueDays: ctx.asOfDay - per.end, messageId, data });
          } else {
            ctx.noteDue(c, per.end);
            if (per.end - ctx.asOfDay <= ctx.profile.dueSoonDays) {
              ctx.emit(rule, { status: 'due-soon', customer: c, record: last, field: 'contactAt', dueAt: isoDate(per.end), messageId: 'period-open', data, severity: 'info' });
            }
          }
        }
      }
    }
}

/** Segments of days cut to a stage span [from, until) (minute stamps): the pickup day is the owner's. */
function clipSegments(segments: { from: number; to: number }[], from: number, until: number): void {
  const first = from === -Infinity ? -Infinity : dayOf(from);
  const last = until === Infinity ? Infinity : dayOf(until) - 1;
  let w = 0;
  for (const seg of segments) {
    seg.from = Math.max(seg.from, first);
    seg.to = Math.min(seg.to, last);
    if (seg.from <= seg.to) segments[w++] = seg;
  }
  segments.length = w;
}

/**
 * The first of the customer's unsure rows (`counts` 2) when enough of them could fall on days
 * lo..hi to make up `short` more counted days (a row on a day already counted adds none), else -1.
 */
function unsureMakesUp(ctx: RuleContext, customer: number, counts: Uint8Array, lo: number, hi: number, short: number, counted: Int32Array | undefined): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let first = -1;
  let more = 0;
  for (let j = start[customer]; j < start[customer + 1] && more < short; j++) {
    const i = records[j];
    if (counts[i] !== QUALIFIES.UNSURE || !couldFallIn(ctx, i, lo * MINUTES_PER_DAY, hi * MINUTES_PER_DAY + MINUTES_PER_DAY - 1)) continue;
    if (counted && !Number.isNaN(ct.minute[i]) && counted.includes(dayOf(ct.minute[i]))) continue;
    if (first < 0) first = i;
    more++;
  }
  return more >= short ? first : -1;
}

/** Day of the customer's first dated record (contact time, else reception). */
function firstDay(ctx: RuleContext, customer: number): number | undefined {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const m = ct.minute[records[j]];
    if (!Number.isNaN(m)) return dayOf(m);
  }
  return fallbackDay(ctx, customer, 'receptionAt');
}

/** The customer's latest record dated on or before a day (where a period's finding belongs). */
function recordBefore(ctx: RuleContext, customer: number, day: number): number | undefined {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let found: number | undefined;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    const m = ct.minute[i];
    if (Number.isNaN(m) || dayOf(m) <= day) found = i;
    else break;
  }
  return found;
}

