/**
 * Call windows: calls start inside allowed times of day on working days (一般是工作日上午
 * 10:00-11:00,下午14:00-16:00). The mirror of quiet-hours, which flags calls inside windows.
 */
import { CHANNELS, Precision } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { isoDate, weekday, ymdFromDay } from '../time/day';
import { type CallWindowParams, callWindowParams } from './params';
import { clockText, clockWindows, dayOf, isDated, minuteOfDay, windowAt } from './shared';

const messages = {
  outside: { zh: '「{rule}」：{date} {time} 的回访不在规定时段（{windows}）内。', en: '"{rule}": the call at {date} {time} was outside the call windows ({windows}).' },
  'not-workday': { zh: '「{rule}」：{date}（{day}）不是工作日。', en: '"{rule}": {date} ({dayEn}) is not a working day.' },
  'no-time': { zh: '「{rule}」无法判断：{count} 条回访只有日期没有时分（第一条 {date}），无法判断是否在规定时段内。', en: '"{rule}" indeterminate: {count} contact(s) have a date but no time (the first on {date}); they cannot be placed in the call windows.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
};

const WEEKDAYS_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const callWindow = defineKind({
  id: 'call-window',
  params: callWindowParams,
  messages,
  needs: (p) => (p.channels ? ['contactAt', 'channel'] : ['contactAt']),
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
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
  },
});

