/** China's working-day calendar, from the pinned table of statutory holidays and make-up days. */
import { isoDate } from '../time/day';
import { CN_CALENDAR_TABLE } from './cn-calendar.generated';
import { parseIsoDay, type CalendarData } from './schema';
import { WorkCalendar } from './work-calendar';

/** One compact string of the generated table ("春节 2025-01-28..2025-02-04; 清明 ...") as entries. */
function expandCompact(text: string): { date: string; name: string }[] {
  const out: { date: string; name: string }[] = [];
  for (const group of text.split(';')) {
    const [name, ...items] = group.trim().split(/\s+/);
    if (!name) continue;
    for (const item of items) {
      const [from, to = from] = item.split('..');
      const a = parseIsoDay(from);
      const b = parseIsoDay(to);
      // Only a hand-edited table can fail here; the schema check below would not see a dropped item.
      if (a === undefined || b === undefined || b < a) throw new Error(`cn-calendar.generated.ts: bad item "${item}"`);
      for (let d = a; d <= b; d++) out.push({ date: isoDate(d), name });
    }
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * China's working-day calendar from the pinned table (chinese-days 1.5.7: 2004-2026), Monday-Friday.
 * @example CN_CALENDAR_DATA.years.at(-1)!.year // 2026
 */
// Not run through parseCalendarData here: the table is generated and checked by the calendar's
// tests, and the engine's calendar carries no schema (nor zod).
export const CN_CALENDAR_DATA: CalendarData = /* @__PURE__ */ deepFreeze({
  years: CN_CALENDAR_TABLE.map(([year, holidays, makeups]) => ({
    year,
    holidays: expandCompact(holidays),
    makeupWorkdays: expandCompact(makeups),
  })),
});

/**
 * The default calendar: China's statutory holidays and make-up days, Monday-Friday work week.
 * @example chinaCalendar.isWorkday(dayFromYmd(2025, 1, 29)) // false (春节)
 */
export const chinaCalendar: WorkCalendar = /* @__PURE__ */ new WorkCalendar(CN_CALENDAR_DATA);
