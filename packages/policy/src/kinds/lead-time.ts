/**
 * Lead time: an event is booked at least N days before it happens ("重要客户需要提前5天进行预约申请").
 * Inclusive, as 提前N天 reads (booking on D-5 passes); the same row holds both dates.
 */
import { Precision } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { isoDate, ymdFromDay } from '../time/day';
import { type LeadTimeParams, leadTimeParams } from './params';
import { columnName, dayOf, isDated } from './shared';

const messages = {
  short: { zh: '「{rule}」：{event} 的「{eventColumn}」只提前 {days} 天预约（{arranged}），应至少提前 {min} {unit}。', en: '"{rule}": "{eventColumn}" {event} was booked only {days} day(s) ahead ({arranged}); at least {min} {unitEn} required.' },
  missing: { zh: '「{rule}」：{event} 的「{eventColumn}」没有「{arrangedColumn}」，无法证明已提前预约。', en: '"{rule}": "{eventColumn}" {event} has no "{arrangedColumn}"; no advance booking is shown.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
};

export const leadTime = defineKind({
  id: 'lead-time',
  params: leadTimeParams,
  messages,
  needs: (p) => [p.arranged, p.event],
  check(rule, ctx) {
    const p = rule.params;
    const arranged = ctx.ledger.times[p.arranged];
    const event = ctx.ledger.times[p.event];
    if (!arranged || !event) return;
    const mask = ctx.records(rule);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const names = { eventColumn: columnName(ctx, p.event), arrangedColumn: columnName(ctx, p.arranged) };
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
        ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.arranged, messageId: 'missing', data: { event: isoDate(eventDay), ...names } });
        continue;
      }
      const bookedDay = dayOf(arranged.minute[i]);
      // The latest booking day that is still early enough.
      const latest = p.unit === 'workdays' ? ctx.calendar.addWorkdays(eventDay, -p.minDays) : eventDay - p.minDays;
      if (latest === undefined) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: p.event, messageId: 'calendar-unknown', data: { year: ymdFromDay(eventDay).year } });
        continue;
      }
      if (bookedDay <= latest) continue;
      ctx.emit(rule, {
        status: 'violation',
        customer: c,
        record: i,
        field: p.arranged,
        dueAt: isoDate(latest),
        messageId: 'short',
        data: { event: isoDate(eventDay), arranged: isoDate(bookedDay), days: Math.max(0, eventDay - bookedDay), min: p.minDays, ...unit, ...names },
      });
    }
  },
});
