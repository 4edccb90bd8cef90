/**
 * Counts per channel group and calendar period: 每月上门回访不得低于一次,电话、微信沟通不低于2次.
 * The customer's first, partial period is not counted.
 */
import { CHANNELS, Precision } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { firstDayOfMonthIndex, isoDate, monthIndex, weekStart } from '../time/day';
import { type ChannelCountParams, channelCountParams } from './params';
import { MINUTES_PER_DAY } from '../time/day';
import { couldFallIn, dayOf, emitUnsure, QUALIFIES, tierIndex } from './shared';

const countMessages = {
  short: { zh: '「{rule}」不足：{start} 至 {end} 以{allowed}方式的成功回访只有 {count} 次，至少应有 {min} 次。', en: '"{rule}" not met: {start} to {end} had {count} successful contact(s) by {allowed}; at least {min} required.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次回访，无法按月统计各方式的回访次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact; contacts per channel and period cannot be counted.' },
};

/** First day of the period containing a day, and of the next one. */
function periodBounds(kind: ChannelCountParams['period'], day: number): [number, number] {
  if (kind === 'week') {
    const s = weekStart(day);
    return [s, s + 7];
  }
  const mi = monthIndex(day);
  return [firstDayOfMonthIndex(mi), firstDayOfMonthIndex(mi + 1)];
}

export const channelCount = defineKind({
  id: 'channel-count',
  params: channelCountParams,
  messages: countMessages,
  needs: (p) => ['contactAt', 'channel', ...(p.tier ? (['tier'] as const) : [])],
  check(rule, ctx) {
    const p = rule.params;
    const applies = ctx.applicable(rule);
    const want = p.tier === undefined ? -1 : tierIndex(ctx, p.tier);
    const ct = ctx.ledger.times.contactAt!;
    const channel = ctx.ledger.channel;
    const groupOf = p.groups.map((g) => new Set(g.channels.map((ch) => CHANNELS.indexOf(ch))));
    const { records, start, count, tierNow } = ctx.ledger.customers;
    const counts = new Int32Array(p.groups.length);
    const maybe = new Int32Array(p.groups.length);
    const firstMaybe = new Int32Array(p.groups.length);
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1 || (want >= 0 && tierNow[c] !== want)) continue;
      const a = start[c];
      const b = start[c + 1];
      // The customer's first dated row opens its first, partial period; counting starts after it.
      let j = a;
      while (j < b && Number.isNaN(ct.minute[records[j]])) j++;
      if (j === b) continue;
      if (ctx.ledger.shape === 'roster') {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: records[b - 1], messageId: 'roster-count' });
        continue;
      }
      let [from, to] = periodBounds(p.period, dayOf(ct.minute[records[j]]));
      // One pointer over the rows (in time order) across all periods.
      let q = j;
      while (q < b && dayOf(ct.minute[records[q]]) < to) q++;
      for (;;) {
        [from, to] = periodBounds(p.period, to);
        if (to - 1 >= ctx.asOfDay) break;
        counts.fill(0);
        maybe.fill(0);
        firstMaybe.fill(-1);
        let last = -1;
        // A row that might count for a group: its channel, outcome or time cannot be read.
        const might = (i: number) => {
          const q = ctx.qualifies[i];
          if (q === QUALIFIES.NO || (q === QUALIFIES.YES && channel[i] !== -2)) return;
          for (let k = 0; k < groupOf.length; k++) {
            if (channel[i] !== -2 && !groupOf[k].has(channel[i])) continue;
            maybe[k]++;
            if (firstMaybe[k] < 0) firstMaybe[k] = i;
          }
        };
        for (; q < b; q++) {
          const i = records[q];
          if (dayOf(ct.minute[i]) >= to) break;
          last = i;
          if (ctx.qualifies[i] !== 1 || channel[i] === -2) {
            might(i);
            continue;
          }
          for (let k = 0; k < groupOf.length; k++) if (groupOf[k].has(channel[i])) counts[k]++;
        }
        for (let u = a; u < j; u++) if (ct.precision[records[u]] === Precision.Invalid && couldFallIn(ctx, records[u], from * MINUTES_PER_DAY, to * MINUTES_PER_DAY - 1)) might(records[u]);
        for (let k = 0; k < p.groups.length; k++) {
          const g = p.groups[k];
          if (counts[k] >= g.min) continue;
          if (counts[k] + maybe[k] >= g.min) {
            emitUnsure(ctx, rule, c, firstMaybe[k], isoDate(to - 1));
            continue;
          }
          ctx.emit(rule, { status: 'violation', customer: c, record: last >= 0 ? last : records[b - 1], field: 'contactAt', dueAt: isoDate(to - 1), overdueDays: ctx.asOfDay - (to - 1), messageId: 'short', data: { start: isoDate(from), end: isoDate(to - 1), count: counts[k], min: g.min, allowed: g.channels.join('/') } });
        }
      }
    }
  },
});
