/**
 * The working-day calendar (工作日历): statutory holidays off, make-up working days (调休上班) on,
 * for the years it has data for, and "unknown" (undefined) outside them, never a silent Mon-Fri guess
 * (catalog §0.5-3). Queries take day numbers (../time/day.ts) and run in O(1) on typed arrays.
 */
import { LedgerlintError } from '../errors';
import { dayFromYmd, weekday } from '../time/day';
import { CALENDAR_ERRORS } from './errors';
import { calendarInvariantError, parseCalendarData, parseIsoDay, type CalendarData } from './schema';

/** What the calendar says about one day, for explanations ("skipped 2025-01-28 春节"). */
export interface DayInfo {
  workday: boolean;
  /** Set when the day is off because of a holiday. */
  holidayName?: string;
  /** True on a make-up working day (调休上班). */
  makeup?: boolean;
  /** The holiday a make-up working day pays for. */
  makeupFor?: string;
}

/** The usual working week, Monday to Friday. @example new WorkCalendar(data).workWeek // DEFAULT_WORK_WEEK when data has none */
export const DEFAULT_WORK_WEEK: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

const KNOWN = 1;
const WORK = 2;
const HOLIDAY = 4;
const MAKEUP = 8;

/**
 * Working days from calendar data, answered in O(1) without allocating.
 * @example new WorkCalendar(CN_CALENDAR_DATA).isWorkday(dayFromYmd(2025, 1, 26)) // true (调休上班)
 */
export class WorkCalendar {
  /** The data this calendar was built from (validated). */
  readonly data: CalendarData;
  /** First and last year with data; years between them may still be unknown. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** ISO weekdays normally worked. */
  readonly workWeek: readonly number[];

  /** Day number of 1 January of firstYear; index i of the arrays below is day start + i. */
  private readonly start: number;
  private readonly size: number;
  private readonly flags: Uint8Array;
  /** cum[i] = working days among the first i days; cum has size + 1 entries. */
  private readonly cum: Int32Array;
  /** Day numbers of the working days in order, so "the k-th working day" is one lookup. */
  private readonly workList: Int32Array;
  /** Index of the first and last day of the run of consecutive known days containing day i. */
  private readonly runStart: Int32Array;
  private readonly runEnd: Int32Array;
  private readonly holidayNames = new Map<number, string>();
  private readonly makeupNames = new Map<number, string>();

  /**
   * Build from calendar data: `CN_CALENDAR_DATA`, what `parseCalendarData` or `extendCalendar`
   * returned, or a copy of such with another `workWeek`. Only what the arithmetic rests on is
   * asserted here (real dates inside their years, years in range, a sane week; throws
   * `LedgerlintError`): untrusted JSON goes through `parseCalendarData`, whose schema checks the
   * rest, so the engine's calendar needs no schema (nor zod) at run time.
   * @example const dealer = new WorkCalendar({ ...CN_CALENDAR_DATA, workWeek: [1, 2, 3, 4, 5, 6, 7] })
   */
  constructor(data: CalendarData) {
    const d = data;
    if (!d || !Array.isArray(d.years) || d.years.length === 0) throw new LedgerlintError(CALENDAR_ERRORS, 'calendar-no-years');
    const broken = calendarInvariantError(d);
    if (broken) throw broken;
    this.data = d;
    const years = [...d.years].sort((a, b) => a.year - b.year);
    this.firstYear = years[0].year;
    this.lastYear = years[years.length - 1].year;
    this.workWeek = Object.freeze([...(d.workWeek ?? DEFAULT_WORK_WEEK)].sort((a, b) => a - b));

    const start = dayFromYmd(this.firstYear, 1, 1);
    const size = dayFromYmd(this.lastYear + 1, 1, 1) - start;
    this.start = start;
    this.size = size;
    const flags = new Uint8Array(size);
    let weekMask = 0;
    for (const w of this.workWeek) weekMask |= 1 << w;

    for (const y of years) {
      const a = dayFromYmd(y.year, 1, 1) - start;
      const b = dayFromYmd(y.year + 1, 1, 1) - start;
      for (let i = a; i < b; i++) flags[i] = KNOWN | ((weekMask >> weekday(start + i)) & 1 ? WORK : 0);
      // A holiday is off even for a company that works every day of the week.
      for (const h of y.holidays) {
        const day = parseIsoDay(h.date)!;
        flags[day - start] = (flags[day - start] | HOLIDAY) & ~WORK;
        this.holidayNames.set(day, h.name);
      }
      for (const m of y.makeupWorkdays) {
        const day = parseIsoDay(m.date)!;
        flags[day - start] |= MAKEUP | WORK;
        if (m.name) this.makeupNames.set(day, m.name);
      }
    }

    const cum = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) cum[i + 1] = cum[i] + ((flags[i] & WORK) !== 0 ? 1 : 0);
    const workList = new Int32Array(cum[size]);
    for (let i = 0, k = 0; i < size; i++) if (flags[i] & WORK) workList[k++] = start + i;

    // Runs of known days, so an answer never crosses an unknown year between two known ones.
    const runStart = new Int32Array(size).fill(-1);
    const runEnd = new Int32Array(size).fill(-1);
    for (let i = 0; i < size; ) {
      if (!(flags[i] & KNOWN)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < size && flags[j + 1] & KNOWN) j++;
      runStart.fill(i, i, j + 1);
      runEnd.fill(j, i, j + 1);
      i = j + 1;
    }

    this.flags = flags;
    this.cum = cum;
    this.workList = workList;
    this.runStart = runStart;
    this.runEnd = runEnd;
  }

  /** Index of a known day in the arrays, or -1. */
  private index(day: number): number {
    const i = day - this.start;
    // flags[i] is undefined (so & gives 0) for non-integer or out-of-range i.
    return i >= 0 && i < this.size && (this.flags[i] & KNOWN) !== 0 ? i : -1;
  }

  /**
   * True when the day lies in a year the calendar has data for.
   * @example chinaCalendar.knows(dayFromYmd(2027, 1, 4)) // false
   */
  knows(day: number): boolean {
    return this.index(day) >= 0;
  }

  /**
   * True when the calendar has data for the year.
   * @example chinaCalendar.knowsYear(2025) // true
   */
  knowsYear(year: number): boolean {
    return Number.isInteger(year) && this.knows(dayFromYmd(year, 1, 1));
  }

  /**
   * Whether the day is a working day; undefined when its year is unknown.
   * @example chinaCalendar.isWorkday(dayFromYmd(2025, 10, 11)) // true (a make-up Saturday)
   */
  isWorkday(day: number): boolean | undefined {
    const i = this.index(day);
    return i < 0 ? undefined : (this.flags[i] & WORK) !== 0;
  }

  /**
   * The n-th working day after `day`, not counting `day` itself (《民法典》第201条); `day` for n = 0,
   * counting backwards for n < 0. Undefined when the answer leaves the known years.
   * @example isoDate(chinaCalendar.addWorkdays(dayFromYmd(2025, 1, 24), 5)!) // '2025-02-07'
   */
  addWorkdays(day: number, n: number): number | undefined {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkdays: n must be a whole number, got ${n}`);
    if (n < 0) return this.subtractWorkdays(day, -n);
    const i = this.index(day);
    if (i < 0) return undefined;
    if (n === 0) return day;
    const k = this.cum[i + 1] + n - 1; // cum[i + 1] working days up to and including day
    if (k >= this.workList.length) return undefined;
    const r = this.workList[k];
    return r - this.start <= this.runEnd[i] ? r : undefined;
  }

  /**
   * The n-th working day before `day`, not counting `day` itself; `day` for n = 0. Undefined when
   * the answer leaves the known years.
   * @example isoDate(chinaCalendar.subtractWorkdays(dayFromYmd(2025, 2, 5), 1)!) // '2025-01-27'
   */
  subtractWorkdays(day: number, n: number): number | undefined {
    if (!Number.isInteger(n)) throw new RangeError(`subtractWorkdays: n must be a whole number, got ${n}`);
    if (n < 0) return this.addWorkdays(day, -n);
    const i = this.index(day);
    if (i < 0) return undefined;
    if (n === 0) return day;
    const k = this.cum[i] - n; // cum[i] working days strictly before day
    if (k < 0) return undefined;
    const r = this.workList[k];
    return r - this.start >= this.runStart[i] ? r : undefined;
  }

  /**
   * The first working day on or after `day` (a last day that falls on a holiday moves there,
   * 《民法典》第203条). Undefined when that leaves the known years.
   * @example isoDate(chinaCalendar.nextWorkdayOnOrAfter(dayFromYmd(2025, 10, 1))!) // '2025-10-09'
   */
  nextWorkdayOnOrAfter(day: number): number | undefined {
    const i = this.index(day);
    if (i < 0) return undefined;
    return (this.flags[i] & WORK) !== 0 ? day : this.addWorkdays(day, 1);
  }

  /**
   * Working days in (from, to]: `from` not counted, `to` counted; negative when to < from.
   * Undefined unless both days, and every day between, are known.
   * @example chinaCalendar.workdaysBetween(dayFromYmd(2025, 1, 24), dayFromYmd(2025, 2, 7)) // 5
   */
  workdaysBetween(from: number, to: number): number | undefined {
    const a = this.index(from);
    const b = this.index(to);
    if (a < 0 || b < 0 || this.runEnd[a] !== this.runEnd[b]) return undefined;
    return this.cum[b + 1] - this.cum[a + 1];
  }

  /**
   * What the calendar says about a day: working or not, and which holiday or make-up day it is.
   * Undefined when the year is unknown.
   * @example chinaCalendar.dayInfo(dayFromYmd(2025, 1, 28)) // { workday: false, holidayName: '春节' }
   */
  dayInfo(day: number): DayInfo | undefined {
    const i = this.index(day);
    if (i < 0) return undefined;
    const f = this.flags[i];
    const info: DayInfo = { workday: (f & WORK) !== 0 };
    if (f & HOLIDAY) info.holidayName = this.holidayNames.get(day);
    if (f & MAKEUP) {
      info.makeup = true;
      const name = this.makeupNames.get(day);
      if (name) info.makeupFor = name;
    }
    return info;
  }
}

/**
 * Validate calendar JSON and build a calendar from it.
 * @example calendarFromJson(JSON.parse(text)).firstYear // 2027
 */
export function calendarFromJson(json: unknown): WorkCalendar {
  return new WorkCalendar(parseCalendarData(json));
}
