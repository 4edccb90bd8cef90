/**
 * Contacts at fixed points after an anchor date: month 1, 3 and 6 after purchase; one week, 4-6
 * months and 10-12 months after purchase; 3-5 days after a repair. Each point is a window judged
 * like an event window (overdue, late, due soon); months are calendar months, clamped to the
 * month's last day (catalog §0.5-2).
 */
import { defineKind, type RuleContext } from '../rule/kind';
import type { Field } from '../ledger/fields';
import { addMonths, dayFromYmd, daysInMonth, MINUTES_PER_DAY, ymdFromDay } from '../time/day';
import { collectAnchors, contactMask, DayWindow, judgeWindow, messages, windowOf, windowProblem, type Anchor, type Window } from './event-window';
import { type ScheduleParams, scheduleParams } from './params';
import { dayOf } from './shared';

/** The window of one point, or why it cannot be computed. */
function pointWindow(ctx: RuleContext, p: ScheduleParams, point: ScheduleParams['points'][number], a: Anchor): ReturnType<typeof windowOf> {
  // 第k月 = (P + (k-1), P + k]: the window opens the day after its `from` point; with endsBefore
  // [P + from, P + to): it closes the day before its `to` point.
  const shift = p.startsAfter ? 1 : 0;
  const cut = p.endsBefore ? 1 : 0;
  if (p.unit !== 'months') {
    const w = windowOf(ctx, { unit: p.unit, from: point.from, to: point.to }, a.minute, a.precision);
    if ('problem' in w || (shift === 0 && cut === 0)) return w;
    const endDay = dayOf(w.end) - cut;
    return new DayWindow(w.start + shift * MINUTES_PER_DAY, endDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, a.minute, endDay);
  }
  const day = dayOf(a.minute);
  const startDay = addMonths(day, point.from) + shift;
  let endDay = addMonths(day, point.to);
  if (p.toMonthEnd) {
    const { year, month } = ymdFromDay(endDay);
    endDay = dayFromYmd(year, month, daysInMonth(year, month));
  }
  endDay += point.plusDays ?? 0;
  endDay -= cut;
  return new DayWindow(startDay * MINUTES_PER_DAY, endDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, a.minute, endDay);
}

export const schedule = defineKind({
  id: 'schedule',
  params: scheduleParams,
  messages,
  // The anchor column is checked in check(): the fallback column may stand in for it.
  needs: () => ['contactAt'],
  check(rule, ctx) {
    const p = rule.params;
    const fallback = p.anchorFallback && ctx.ledger.columns[p.anchorFallback] !== undefined ? p.anchorFallback : undefined;
    if (!fallback && !ctx.requireColumns(rule, [p.anchor])) return;
    const applies = ctx.applicable(rule);
    const mask = contactMask(ctx, { ...p, attemptsCount: false });
    const viaAnchor = { anchor: p.anchor, early: p.early, lateSeverity: p.lateSeverity };
    const viaFallback = { ...viaAnchor, anchor: fallback ?? p.anchor };
    const anchors: Anchor[] = [];
    for (let c = 0; c < ctx.ledger.customers.count; c++) {
      if (applies[c] !== 1) continue;
      let via = viaAnchor;
      let n = collectAnchors(ctx, c, p.anchor, anchors);
      if (n === 0 && fallback) {
        via = viaFallback;
        n = collectAnchors(ctx, c, fallback, anchors);
      }
      for (let k = 0; k < n; k++) {
        const a = anchors[k];
        let next = pointWindow(ctx, p, p.points[0], a);
        for (let q = 0; q < p.points.length; q++) {
          const w = next;
          if (windowProblem(ctx, rule, c, a.record, w, via.anchor as Field)) break;
          next = q + 1 < p.points.length ? pointWindow(ctx, p, p.points[q + 1], a) : w;
          // A contact in a later point's window is that point's, not a late one for this point.
          const lateBefore = next !== w && !('problem' in next) ? next.start : Infinity;
          judgeWindow(ctx, rule, via, c, a.record, w as Window, mask, lateBefore);
        }
      }
    }
  },
});
