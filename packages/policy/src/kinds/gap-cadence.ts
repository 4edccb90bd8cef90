/**
 * A recurring cadence inside a phase of the customer's life, between two of its dates: "monthly
 * from delivery until the warranty ends" (grid: one contact in each period counted from the
 * phase start) and "every 3 months after the warranty" (gap: consecutive contacts at most N
 * apart). Periods in months are calendar months from the phase start, clamped to the month's
 * last day (catalog §0.5-2); each period is counted from the start, so clamping never drifts.
 */
import { defineKind } from '../rule/kind';
import { addMonths, isoDate, MINUTES_PER_DAY } from '../time/day';
import { type PhaseCadenceParams, phaseCadenceParams } from './params';
import { CHANNELS } from '../ledger/cells';
import type { RuleContext } from '../rule/kind';
import { columnName, dayOf, departmentMask, emitUnsure, fieldDay, latestRecord, QUALIFIES, unsureRecordIn } from './shared';

/**
 * Clear the records of a mask whose channel is not one of `channels` (a blank channel is kept: not
 * proof of another) or whose callback type names none of `types`; a blank type is kept when
 * `blankTypeCounts`, else cleared. Without a callback-type column types do not filter.
 */
function restrictTo(ctx: RuleContext, mask: Uint8Array, channels: readonly string[] | undefined, types: readonly string[] | undefined, blankTypeCounts: boolean): void {
  const channel = ctx.ledger.channel;
  const ok = channels ? CHANNELS.map((ch) => channels.includes(ch)) : undefined;
  const text = types && ctx.ledger.columns.callbackType !== undefined ? ctx.ledger.text.callbackType! : undefined;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    const ch = channel[i];
    if (ok && (ch === -2 || (ch >= 0 && !ok[ch]))) mask[i] = 0;
    else if (text) {
      const t = text[i];
      if (t === null ? !blankTypeCounts : !types!.some((w) => t.includes(w))) mask[i] = 0;
    }
  }
}

const messages = {
  missed: { zh: '「{rule}」漏访：{start} 至 {end} 这一期没有成功回访。', en: '"{rule}" missed: no successful contact in the period {start} to {end}.' },
  'period-open': { zh: '「{rule}」本期尚未回访：{start} 至 {end}，请于 {due} 前回访。', en: '"{rule}" open: no contact yet in {start} to {end}; contact the customer by {due}.' },
  late: { zh: '「{rule}」间隔超限：{sinceHead}之后应于 {due} 前回访，实际到 {done} 才回访。', en: '"{rule}" gap too long: after {sinceEn} the next contact was due by {due} but came on {done}.' },
  overdue: { zh: '「{rule}」逾期：自{since}起应于 {due} 前回访，已逾期 {days} 天。', en: '"{rule}" overdue: counting from {sinceEn}, a contact was due by {due}; {days} day(s) overdue.' },
  'due-soon': { zh: '「{rule}」即将到期：请于 {due} 前回访。', en: '"{rule}" due soon: contact the customer by {due}.' },
  'due-soon-since': { zh: '「{rule}」即将到期：自{since}起，请于 {due} 前回访。', en: '"{rule}" due soon: counting from {sinceEn}, contact the customer by {due}.' },
  'no-start': { zh: '「{rule}」无法判断：该客户没有「{column}」，无法确定从哪天起算。', en: '"{rule}" indeterminate: the customer has no "{column}", so there is no day to count from.' },
  'no-end': { zh: '「{rule}」无法判断：该客户没有「{column}」，无法确定这一阶段到哪天为止。', en: '"{rule}" indeterminate: the customer has no "{column}", so the end of this phase is unknown.' },
  'no-contact': { zh: '「{rule}」无法判断：该客户还没有计入本规则的成功回访，无法确定从哪天起算。', en: '"{rule}" indeterminate: the customer has no successful contact this rule counts yet, so there is no day to count from.' },
  'roster-hidden': { zh: '「{rule}」无法判断：台账只保留最近一次回访（{last}），看不到 {start} 至 {end} 各期的回访。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); the periods from {start} to {end} cannot be seen.' },
};

export const phaseCadence = defineKind({
  id: 'phase-cadence',
  params: phaseCadenceParams,
  messages,
  needs: (p) => ['contactAt', ...(p.from ? [p.from] : []), ...(p.until && !p.untilOptional ? [p.until] : [])],
  check(rule, ctx) {
    const p = rule.params;
    const counts = departmentMask(ctx, rule, p.departments);
    if (!counts) return;
    restrictTo(ctx, counts, p.channels, p.callbackTypes, true);
    // Contacts that start the clock without meeting the cadence (新签约回访 before the yearly 持续回访).
    const starts = p.startTypes && ctx.ledger.columns.callbackType !== undefined ? departmentMask(ctx, rule, p.departments)! : undefined;
    if (starts) restrictTo(ctx, starts, p.channels, p.startTypes, false);
    const typed = p.callbackTypes !== undefined || p.startTypes !== undefined;
    const typeText = ctx.ledger.text.callbackType;
    /** What started the clock, in both languages: a contact (with its type when the rule is about types), or the phase-start column. */
    const since = (day: number, record: number): { since: string; sinceHead: string; sinceEn: string } => {
      const date = isoDate(day);
      if (record < 0) {
        const col = columnName(ctx, p.from!);
        return { since: `「${col}」${date} `, sinceHead: `「${col}」${date} `, sinceEn: `"${col}" ${date}` };
      }
      const t = typed ? typeText?.[record] : null;
      // Spaces around a date, none next to a Chinese quotation mark: 自 2025-10-03 起, 自 2024-03-06 的「新签约回访」起.
      return t ? { since: ` ${date} 的「${t}」`, sinceHead: `${date} 的「${t}」`, sinceEn: `the "${t}" of ${date}` } : { since: ` ${date} `, sinceHead: `${date} `, sinceEn: date };
    };
    const applies = ctx.applicable(rule);
    const ct = ctx.ledger.times.contactAt!;
    const { records, start } = ctx.ledger.customers;
    const roster = ctx.ledger.shape === 'roster';
    const step = p.unit === 'months' ? (day: number, k: number) => addMonths(day, k * p.every) : (day: number, k: number) => day + k * p.every;
    const counted = (i: number) => ctx.qualifies[i] === 1 && counts[i] === 1;
    // A row that might be a counted contact but for a cell that cannot be read, and the days it may be on.
    const unsure = (i: number) => ctx.qualifies[i] === QUALIFIES.UNSURE && counts[i] === 1;
    const unsureBetween = (c: number, fromDay: number, toDay: number) => unsureRecordIn(ctx, c, unsure, fromDay * MINUTES_PER_DAY, toDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1);
    for (let c = 0; c < ctx.ledger.customers.count; c++) {
      if (applies[c] !== 1) continue;
      const last = latestRecord(ctx, c);
      const a = start[c];
      const b = start[c + 1];
      let phaseStart = p.from ? fieldDay(ctx, c, p.from, false) : undefined;
      // Without the start date, a start contact (新签约回访) can open the phase.
      let startRecord = -1;
      if (p.from && phaseStart === undefined && starts) {
        for (let q = a; q < b && startRecord < 0; q++) if (ctx.qualifies[records[q]] === 1 && starts[records[q]] === 1) startRecord = records[q];
        if (startRecord >= 0) phaseStart = dayOf(ct.minute[startRecord]);
      }
      if (p.from && phaseStart === undefined) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, field: p.from, messageId: 'no-start' });
        continue;
      }
      const phaseEnd = p.until ? fieldDay(ctx, c, p.until, true) : undefined;
      if (p.until && phaseEnd === undefined && !(p.untilOptional && ctx.ledger.columns[p.until] === undefined)) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, field: p.until, messageId: 'no-end' });
        continue;
      }
      // Counted contacts are in time order; j walks them once per customer.
      let j = a;
      if (phaseStart === undefined) {
        while (j < b && !counted(records[j])) j++;
        if (j === b) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'no-contact' });
          continue;
        }
        phaseStart = dayOf(ct.minute[records[j]]);
        startRecord = records[j];
      }
      if (phaseStart > ctx.asOfDay) continue;
      const end = phaseEnd ?? Infinity;
      let lastSeen: number | undefined;
      for (let q = b - 1; q >= a && lastSeen === undefined; q--) if (counted(records[q])) lastSeen = dayOf(ct.minute[records[q]]);

      if (p.mode === 'grid') {
        let hidden = -1;
        for (let k = 0; ; k++) {
          const from = step(phaseStart, k);
          const to = step(phaseStart, k + 1) - 1;
          // Whole periods only: the part after the phase end belongs to the next phase.
          if (from > ctx.asOfDay || to > end) break;
          while (j < b && (!counted(records[j]) || dayOf(ct.minute[records[j]]) < from)) j++;
          if (j < b && dayOf(ct.minute[records[j]]) <= to) continue;
          const data = { start: isoDate(from), end: isoDate(to), due: isoDate(to) };
          const u = to - ctx.asOfDay <= ctx.profile.dueSoonDays ? unsureBetween(c, from, to) : -1;
          if (u >= 0) {
            emitUnsure(ctx, rule, c, u, isoDate(to));
            continue;
          }
          if (to < ctx.asOfDay) {
            // A roster shows only the latest contact: a period before it may have had one.
            if (roster && lastSeen !== undefined && lastSeen > to) {
              if (hidden < 0) hidden = from;
              continue;
            }
            ctx.emit(rule, { status: 'violation', customer: c, record: last, field: 'contactAt', dueAt: isoDate(to), overdueDays: ctx.asOfDay - to, messageId: 'missed', data });
          } else {
            ctx.noteDue(c, to);
            if (to - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: last, field: 'contactAt', dueAt: isoDate(to), messageId: 'period-open', data, severity: 'info' });
          }
        }
        if (hidden >= 0) ctx.emit(rule, { status: 'indeterminate', customer: c, record: last, messageId: 'roster-hidden', data: { last: isoDate(lastSeen!), start: isoDate(hidden), end: isoDate(lastSeen!) } });
        continue;
      }

      // Gap mode: the clock starts at the phase start and restarts at each counted contact (and at
      // a start contact inside the current window).
      let prev = phaseStart;
      let prevRecord = startRecord;
      let first = true;
      for (; j < b; j++) {
        const i = records[j];
        const isCounted = counted(i);
        const isStart = !isCounted && starts !== undefined && ctx.qualifies[i] === 1 && starts[i] === 1;
        if (!isCounted && !isStart) continue;
        const d = dayOf(ct.minute[i]);
        if (d < phaseStart || d > end) continue;
        const due = step(prev, 1);
        if (isStart) {
          if (d <= due && d >= prev) {
            prev = d;
            prevRecord = i;
          }
          continue;
        }
        // On a roster the first visible contact may have had hidden ones before it.
        if (d > due && due <= end && !(roster && first)) {
          const u = unsureBetween(c, prev + 1, d - 1);
          if (u >= 0) emitUnsure(ctx, rule, c, u, isoDate(due));
          else ctx.emit(rule, { status: 'late', customer: c, record: i, field: 'contactAt', dueAt: isoDate(due), overdueDays: d - due, messageId: 'late', data: { last: isoDate(prev), ...since(prev, prevRecord), due: isoDate(due), done: isoDate(d) } });
        }
        prev = d;
        prevRecord = i;
        first = false;
      }
      const due = step(prev, 1);
      if (due > end) continue;
      const data = { last: isoDate(prev), ...since(prev, prevRecord), due: isoDate(due) };
      const u = due - ctx.asOfDay <= ctx.profile.dueSoonDays ? unsureBetween(c, prev + 1, Math.min(ctx.asOfDay, end)) : -1;
      if (u >= 0) {
        emitUnsure(ctx, rule, c, u, isoDate(due));
        continue;
      }
      if (ctx.asOfDay > due) {
        ctx.emit(rule, { status: 'overdue', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due } });
        continue;
      }
      ctx.noteDue(c, due);
      if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: last, field: 'contactAt', dueAt: isoDate(due), messageId: typed ? 'due-soon-since' : 'due-soon', data, severity: 'info' });
    }
  },
});
