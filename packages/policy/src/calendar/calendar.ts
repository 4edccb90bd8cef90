/**
 * The working-day calendar (工作日历): statutory holidays off, make-up working days (调休上班) on,
 * for the years it has data for, and "unknown" (undefined) outside them, never a silent Mon-Fri guess
 * (catalog §0.5-3). Queries take day numbers (../time/day.ts) and run in O(1) on typed arrays.
 */
import { z } from 'zod';
import { LedgerlintError, type MessageParams, type MessageTable } from '../errors';
import { dayFromYmd, isoDate, isValidYmd, weekday } from '../time/day';
import { CN_CALENDAR_TABLE } from './cn-calendar.generated';

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

const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

// ---------------------------------------------------------------------------------------------
// Messages

/**
 * Messages of calendar data errors, zh and en; `{path}` is where in the JSON the bad value is.
 * @example try { parseCalendarData(json) } catch (e) { if (isLedgerlintError(e)) console.error(e.bilingual()) }
 */
export const CALENDAR_ERRORS: MessageTable = {
  'calendar-bad-date': {
    zh: '工作日历数据 {path}：「{value}」不是有效日期，应为真实存在的日期，格式 YYYY-MM-DD。',
    en: 'Calendar data {path}: "{value}" is not a real date in the form YYYY-MM-DD.',
  },
  'calendar-date-outside-year': {
    zh: '工作日历数据 {path}：日期 {value} 不在所属年份 {year} 年内。',
    en: 'Calendar data {path}: {value} is not in the year {year} it is listed under.',
  },
  'calendar-duplicate-date': {
    zh: '工作日历数据 {path}：日期 {value} 重复，同一年的 {other} 已有该日期。',
    en: 'Calendar data {path}: {value} is listed twice; {other} of the same year already has it.',
  },
  'calendar-duplicate-year': {
    zh: '工作日历数据 {path}：{value} 年重复，{other} 已是该年。',
    en: 'Calendar data {path}: the year {value} is listed twice; {other} already is that year.',
  },
  'calendar-bad-year': {
    zh: '工作日历数据 {path}：年份 {value} 无效，应为 {min} 至 {max} 之间的整数。',
    en: 'Calendar data {path}: the year {value} is invalid; expected a whole number from {min} to {max}.',
  },
  'calendar-makeup-not-weekend': {
    zh: '工作日历数据 {path}：调休上班日 {value} 是{weekdayZh}，调休上班日只能是周六或周日。',
    en: 'Calendar data {path}: the make-up working day {value} is a {weekdayEn}; make-up working days (调休上班) are Saturdays or Sundays.',
  },
  'calendar-bad-work-week': {
    zh: '工作日历数据 {path}：每周工作日 {value} 无效，应为 1（周一）至 7（周日）之间互不重复的整数，至少一个。',
    en: 'Calendar data {path}: the work week {value} is invalid; expected distinct whole numbers from 1 (Monday) to 7 (Sunday), at least one.',
  },
  'calendar-bad-name': {
    zh: '工作日历数据 {path}：节日名称应为 1 至 {max} 个字符。',
    en: 'Calendar data {path}: a holiday name must have 1 to {max} characters.',
  },
  'calendar-unknown-key': {
    zh: '工作日历数据 {path}：未知字段「{key}」。允许的字段：{allowed}。',
    en: 'Calendar data {path}: unknown key "{key}". Allowed keys: {allowed}.',
  },
  'calendar-missing': {
    zh: '工作日历数据缺少必填字段 {path}。',
    en: 'Calendar data: the required field {path} is missing.',
  },
  'calendar-wrong-type': {
    zh: '工作日历数据 {path}：应为{expectedZh}，实际是 {found}。',
    en: 'Calendar data {path}: expected {expectedEn}, found {found}.',
  },
  'calendar-invalid': {
    zh: '工作日历数据 {path} 无效：{detail}',
    en: 'Calendar data {path} is invalid: {detail}',
  },
  'calendar-no-years': {
    zh: '工作日历数据不含任何年份，无法判断工作日。',
    en: 'The calendar data has no years, so no day can be judged a working day.',
  },
};

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TYPE_ZH: Record<string, string> = { string: '文本', number: '数字', array: '列表（数组）', object: '对象' };
const TYPE_EN: Record<string, string> = { string: 'a string', number: 'a number', array: 'an array', object: 'an object' };

// ---------------------------------------------------------------------------------------------
// Schema

/** Day number of a real `YYYY-MM-DD` date, else undefined. */
function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : undefined;
}

type Path = (string | number)[];

/** `years[0].holidays[3].date`; `(root)` for the whole document. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

const isoDateSchema = z.string().superRefine((s, ctx) => {
  if (parseIsoDay(s) === undefined) ctx.addIssue({ code: 'custom', message: `not a real date: ${s}`, params: { code: 'calendar-bad-date', value: s } });
});

const NAME_MAX = 50;
const nameSchema = z.string().superRefine((s, ctx) => {
  if (s.trim().length === 0 || s.length > NAME_MAX) ctx.addIssue({ code: 'custom', message: 'bad name', params: { code: 'calendar-bad-name', max: NAME_MAX } });
});

const holidaySchema = z.strictObject({ date: isoDateSchema, name: nameSchema });
const makeupSchema = z.strictObject({ date: isoDateSchema, name: nameSchema.optional() });

const yearSchema = z
  .strictObject({
    year: z
      .number()
      .int()
      .superRefine((y, ctx) => {
        if (y < MIN_YEAR || y > MAX_YEAR) ctx.addIssue({ code: 'custom', message: `year out of range: ${y}`, params: { code: 'calendar-bad-year', value: y, min: MIN_YEAR, max: MAX_YEAR } });
      }),
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
  });

const workWeekSchema = z.array(z.number()).superRefine((w, ctx) => {
  const ok = w.length > 0 && w.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) && new Set(w).size === w.length;
  if (!ok) ctx.addIssue({ code: 'custom', message: 'bad work week', params: { code: 'calendar-bad-work-week', value: JSON.stringify(w) } });
});

/**
 * Zod schema of calendar JSON: strict objects, real ISO dates inside their stated year, no date or
 * year twice, make-up days on weekends.
 * @example calendarDataSchema.safeParse({ years: [{ year: 2027, holidays: [], makeupWorkdays: [] }] }).success // true
 */
export const calendarDataSchema = z
  .strictObject({
    years: z.array(yearSchema).max(MAX_YEAR - MIN_YEAR + 1),
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
  });

/** Allowed keys of the object at a path, for the unknown-key message. */
function allowedKeys(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'years, workWeek';
  if (path.length === 2) return 'year, holidays, makeupWorkdays';
  return 'date, name';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The first zod issue as a LedgerlintError naming the path of the bad value. */
function calendarError(error: z.ZodError, input: unknown): LedgerlintError {
  let issue = error.issues[0];
  // A misspelt key shows up as "missing X" first, then "unknown key Y" on the same object; the
  // unknown key is the more useful message.
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    const parent = formatPath(issue.path.slice(0, -1));
    const typo = error.issues.find((i) => i.code === 'unrecognized_keys' && formatPath(i.path) === parent);
    if (typo) issue = typo;
  }
  const path = formatPath(issue.path);
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    const { code, ...params } = issue.params as { code: string } & MessageParams;
    return new LedgerlintError(CALENDAR_ERRORS, code, { ...params, path });
  }
  if (issue.code === 'unrecognized_keys') {
    return new LedgerlintError(CALENDAR_ERRORS, 'calendar-unknown-key', { path, key: issue.keys[0], allowed: allowedKeys(issue.path) });
  }
  if (issue.code === 'invalid_type') {
    const found = valueAt(input, issue.path);
    if (found === undefined && issue.path.length > 0) return new LedgerlintError(CALENDAR_ERRORS, 'calendar-missing', { path });
    const expected = String(issue.expected);
    return new LedgerlintError(CALENDAR_ERRORS, 'calendar-wrong-type', {
      path,
      expectedZh: TYPE_ZH[expected] ?? expected,
      expectedEn: TYPE_EN[expected] ?? expected,
      found: typeName(found),
    });
  }
  return new LedgerlintError(CALENDAR_ERRORS, 'calendar-invalid', { path, detail: issue.message });
}

// Data that passed the schema, so the constructor need not check it again.
const validated = new WeakSet<object>();

/**
 * Check untrusted calendar JSON; throws `LedgerlintError` naming the first bad value's path.
 * @example parseCalendarData(JSON.parse(text)).years[0].year // 2027
 */
export function parseCalendarData(input: unknown): CalendarData {
  const result = calendarDataSchema.safeParse(input);
  if (!result.success) throw calendarError(result.error, input);
  validated.add(result.data);
  return result.data;
}

/**
 * Add or replace years (and the work week, if given) from user JSON; the base is not changed.
 * A year in `extra` replaces that whole year of `base`.
 * @example extendCalendar(CN_CALENDAR_DATA, { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] }] })
 */
export function extendCalendar(base: CalendarData, extra: unknown): CalendarData {
  const add = parseCalendarData(extra);
  const byYear = new Map<number, CalendarYear>();
  for (const y of base.years) byYear.set(y.year, y);
  for (const y of add.years) byYear.set(y.year, y);
  const merged: CalendarData = {
    years: [...byYear.values()].sort((a, b) => a.year - b.year),
    workWeek: add.workWeek ?? base.workWeek,
  };
  // Re-check the merged whole: base was only trusted by its type.
  return parseCalendarData(merged);
}

// ---------------------------------------------------------------------------------------------
// The calendar

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
   * Build from calendar data; unchecked data is validated first (throws `LedgerlintError`).
   * @example const dealer = new WorkCalendar({ ...CN_CALENDAR_DATA, workWeek: [1, 2, 3, 4, 5, 6, 7] })
   */
  constructor(data: CalendarData) {
    const d = validated.has(data) ? data : parseCalendarData(data);
    if (d.years.length === 0) throw new LedgerlintError(CALENDAR_ERRORS, 'calendar-no-years');
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

  /**
   * Validate calendar JSON and build a calendar from it.
   * @example WorkCalendar.fromJson(JSON.parse(text)).firstYear // 2027
   */
  static fromJson(json: unknown): WorkCalendar {
    return new WorkCalendar(parseCalendarData(json));
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

// ---------------------------------------------------------------------------------------------
// China's calendar from the pinned table

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
export const CN_CALENDAR_DATA: CalendarData = deepFreeze(
  parseCalendarData({
    years: CN_CALENDAR_TABLE.map(([year, holidays, makeups]) => ({
      year,
      holidays: expandCompact(holidays),
      makeupWorkdays: expandCompact(makeups),
    })),
  }),
);

/**
 * The default calendar: China's statutory holidays and make-up days, Monday-Friday work week.
 * @example chinaCalendar.isWorkday(dayFromYmd(2025, 1, 29)) // false (春节)
 */
export const chinaCalendar: WorkCalendar = new WorkCalendar(CN_CALENDAR_DATA);
