/**
 * The shape of calendar data (the years a State Council notice lists, and the work week) and its
 * zod schema: the one check for calendar JSON, whether it comes alone or as a profile's
 * `calendarYears`.
 */
import { z } from 'zod';
import { dayFromYmd, isValidYmd, weekday } from '../time/day';
import { LedgerlintError } from '../errors';
import { CALENDAR_ERRORS, calendarError, formatPath } from './errors';

/** A day off in a holiday period. */
export interface CalendarHoliday {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** The holiday's Chinese name, e.g. 春节. */
  name: string;
}

/** A weekend day that is a working day (调休上班). */
export interface CalendarMakeupWorkday {
  /** ISO date, `YYYY-MM-DD`, a Saturday or Sunday. */
  date: string;
  /** The holiday it pays for, e.g. 春节. */
  name?: string;
}

/** One year's arrangement, as in the State Council notice for that year. */
export interface CalendarYear {
  year: number;
  holidays: readonly CalendarHoliday[];
  makeupWorkdays: readonly CalendarMakeupWorkday[];
}

/** Calendar data: the known years, and the weekdays a company normally works. */
export interface CalendarData {
  years: readonly CalendarYear[];
  /**
   * ISO weekdays (1 = Monday ... 7 = Sunday) normally worked; default Monday-Friday. A company that
   * works weekends (car dealers, restaurants) uses [1, 2, 3, 4, 5, 6, 7]; every listed holiday day
   * stays off for it, including weekdays the notice swapped with make-up days (调休).
   */
  workWeek?: readonly number[];
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

/** A year the calendar can hold (the schema and the calendar's own check share it). */
const yearInRange = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** A work week: distinct ISO weekdays 1-7, at least one. */
const isWorkWeek = (w: readonly number[]) => w.length > 0 && w.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) && new Set(w).size === w.length;

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Day number of a real `YYYY-MM-DD` date, else undefined. */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : undefined;
}

type Path = (string | number)[];

const isoDateSchema = /* @__PURE__ */ (() => z.string().superRefine((s, ctx) => {
  if (parseIsoDay(s) === undefined) ctx.addIssue({ code: 'custom', message: `not a real date: ${s}`, params: { code: 'calendar-bad-date', value: s } });
}))();

const NAME_MAX = 50;
// A refinement, so that a bad name gets its calendar-* message; `meta` gives the profile's JSON
// Schema the bound the refinement checks.
const nameSchema = /* @__PURE__ */ (() => z
  .string()
  .superRefine((s, ctx) => {
    if (s.trim().length === 0 || s.length > NAME_MAX) ctx.addIssue({ code: 'custom', message: 'bad name', params: { code: 'calendar-bad-name', max: NAME_MAX } });
  })
  .meta({ maxLength: NAME_MAX }))();

const holidaySchema = /* @__PURE__ */ (() => z.strictObject({ date: isoDateSchema, name: nameSchema }))();
const makeupSchema = /* @__PURE__ */ (() => z.strictObject({ date: isoDateSchema, name: nameSchema.optional() }))();

/**
 * One year of calendar data: real ISO dates inside the year, no date twice, make-up days on
 * weekends. A profile's `calendarYears` use it too, so a bad date fails when the profile loads.
 */
export const calendarYearSchema = /* @__PURE__ */ (() => z
  .strictObject({
    year: z
      .number()
      .int()
      .superRefine((y, ctx) => {
        if (!yearInRange(y)) ctx.addIssue({ code: 'custom', message: `year out of range: ${y}`, params: { code: 'calendar-bad-year', value: y, min: MIN_YEAR, max: MAX_YEAR } });
      })
      .meta({ minimum: MIN_YEAR, maximum: MAX_YEAR }),
    holidays: z.array(holidaySchema).max(366),
    makeupWorkdays: z.array(makeupSchema).max(366),
  })
  .superRefine((y, ctx) => {
    // zod runs this even when a field above failed, so every value is checked before use.
    if (typeof y.year !== 'number') return;
    const seen = new Map<number, Path>();
    const lists: ['holidays' | 'makeupWorkdays', readonly { date: unknown }[]][] = [
      ['holidays', Array.isArray(y.holidays) ? y.holidays : []],
      ['makeupWorkdays', Array.isArray(y.makeupWorkdays) ? y.makeupWorkdays : []],
    ];
    for (const [key, list] of lists) {
      list.forEach((entry, i) => {
        const value = entry && typeof entry.date === 'string' ? entry.date : undefined;
        const day = value === undefined ? undefined : parseIsoDay(value);
        if (day === undefined) return; // reported by isoDateSchema
        const path = [key, i, 'date'];
        if (Number(value!.slice(0, 4)) !== y.year) {
          ctx.addIssue({ code: 'custom', path, message: `${value} not in ${y.year}`, params: { code: 'calendar-date-outside-year', value, year: y.year } });
          return;
        }
        const other = seen.get(day);
        if (other) {
          ctx.addIssue({ code: 'custom', path, message: `duplicate ${value}`, params: { code: 'calendar-duplicate-date', value, other: formatPath(other) } });
          return;
        }
        seen.set(day, path);
        const wd = weekday(day);
        if (key === 'makeupWorkdays' && wd < 6) {
          ctx.addIssue({ code: 'custom', path, message: `make-up day ${value} on a weekday`, params: { code: 'calendar-makeup-not-weekend', value, weekdayZh: WEEKDAY_ZH[wd], weekdayEn: WEEKDAY_EN[wd] } });
        }
      });
    }
  }))();

const workWeekSchema = /* @__PURE__ */ (() => z.array(z.number()).superRefine((w, ctx) => {
  if (!isWorkWeek(w)) ctx.addIssue({ code: 'custom', message: 'bad work week', params: { code: 'calendar-bad-work-week', value: JSON.stringify(w) } });
}))();

/**
 * Zod schema of calendar JSON: strict objects, real ISO dates inside their stated year, no date or
 * year twice, make-up days on weekends.
 * @example calendarDataSchema.safeParse({ years: [{ year: 2027, holidays: [], makeupWorkdays: [] }] }).success // true
 */
export const calendarDataSchema = /* @__PURE__ */ (() => z
  .strictObject({
    years: z.array(calendarYearSchema).max(MAX_YEAR - MIN_YEAR + 1),
    workWeek: workWeekSchema.optional(),
  })
  .superRefine((data, ctx) => {
    if (!Array.isArray(data.years)) return;
    const seen = new Map<number, number>();
    data.years.forEach((y, i) => {
      if (!y || typeof y.year !== 'number') return;
      const other = seen.get(y.year);
      if (other !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `duplicate year ${y.year}`, params: { code: 'calendar-duplicate-year', value: y.year, other: `years[${other}]` } });
      } else seen.set(y.year, i);
    });
  }))();

/**
 * What `WorkCalendar`'s arithmetic rests on, checked without the schema: every year in range,
 * every date real and inside its year, a work week of distinct ISO weekdays. Undefined when all
 * hold; else the error for the first that does not (the same codes the schema reports).
 * @example calendarInvariantError({ years: [{ year: 2027, holidays: [{ date: '2027-02-30', name: 'x' }], makeupWorkdays: [] }] })?.code // 'calendar-bad-date'
 */
export function calendarInvariantError(data: CalendarData): LedgerlintError | undefined {
  for (const y of data.years) {
    if (!yearInRange(y.year)) return new LedgerlintError(CALENDAR_ERRORS, 'calendar-bad-year', { value: String(y.year), min: MIN_YEAR, max: MAX_YEAR });
    for (const entry of [...(y.holidays ?? []), ...(y.makeupWorkdays ?? [])]) {
      const value = String(entry?.date);
      if (parseIsoDay(value) === undefined) return new LedgerlintError(CALENDAR_ERRORS, 'calendar-bad-date', { value });
      if (Number(value.slice(0, 4)) !== y.year) return new LedgerlintError(CALENDAR_ERRORS, 'calendar-date-outside-year', { value, year: y.year });
    }
  }
  const w = data.workWeek;
  if (w !== undefined && !isWorkWeek(w)) {
    return new LedgerlintError(CALENDAR_ERRORS, 'calendar-bad-work-week', { value: JSON.stringify(w) });
  }
  return undefined;
}

/**
 * Check untrusted calendar JSON; throws `LedgerlintError` naming the first bad value's path.
 * @example parseCalendarData(JSON.parse(text)).years[0].year // 2027
 */
export function parseCalendarData(input: unknown): CalendarData {
  const result = calendarDataSchema.safeParse(input);
  if (!result.success) throw calendarError(result.error, input);
  return result.data;
}

/**
 * Add or replace years (and the work week, if given) from user JSON; the base is not changed.
 * A year in `extra` replaces that whole year of `base`.
 * @example extendCalendar(CN_CALENDAR_DATA, { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] }] })
 */
export function extendCalendar(base: CalendarData, extra: unknown): CalendarData {
  // Re-check the merged whole: base was only trusted by its type.
  return parseCalendarData(mergeCalendar(base, parseCalendarData(extra)));
}

/**
 * Years (and the work week, if given) of checked data laid over a base: a year of `add` replaces
 * that whole year of `base`. No check: both are checked data (a profile's `calendarYears` were
 * checked when the profile loaded).
 * @example mergeCalendar(CN_CALENDAR_DATA, { years: profile.calendarYears })
 */
export function mergeCalendar(base: CalendarData, add: CalendarData): CalendarData {
  const byYear = new Map<number, CalendarYear>();
  for (const y of base.years) byYear.set(y.year, y);
  for (const y of add.years) byYear.set(y.year, y);
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year), workWeek: add.workWeek ?? base.workWeek };
}
