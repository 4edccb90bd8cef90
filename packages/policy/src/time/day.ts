/**
 * Day numbers and minute stamps: the hot path's representation of time.
 *
 * A day number counts civil days since 1970-01-01 in Asia/Shanghai (day 0). A minute stamp counts
 * minutes since 1970-01-01 00:00 Shanghai wall time. China has had no daylight saving since 1991,
 * so wall time is UTC+8 and plain integer arithmetic is exact. luxon is used only at the edges.
 */

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;
/** Shanghai's fixed offset from UTC, in minutes. */
export const SHANGHAI_OFFSET_MINUTES = 480;

/**
 * Day number of a civil date (proleptic Gregorian).
 * @example dayFromYmd(1970, 1, 1) // 0; dayFromYmd(2025, 1, 29) // 20117
 */
export function dayFromYmd(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: exact integer arithmetic, no Date objects.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Civil date of a day number.
 * @example ymdFromDay(20117) // { year: 2025, month: 1, day: 29 }
 */
export function ymdFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
 * @example weekday(dayFromYmd(2025, 10, 11)) // 6 (a Saturday)
 */
export function weekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** True when the civil date exists (rejects 2025-02-30). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month. @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * ISO date text of a day number.
 * @example isoDate(20117) // '2025-01-29'
 */
export function isoDate(dayNumber: number): string {
  // Findings of a large ledger repeat a few hundred dates: format each once.
  const slot = dayNumber - ISO_CACHE_FROM;
  if (slot >= 0 && slot < ISO_CACHE.length) return (ISO_CACHE[slot] ??= formatIsoDate(dayNumber));
  return formatIsoDate(dayNumber);
}

/** 1990-01-01 .. 2099-12-31. */
const ISO_CACHE_FROM = 7305;
const ISO_CACHE: (string | undefined)[] = new Array(40177);

function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * ISO date-time with the +08:00 offset for a minute stamp.
 * @example isoMinute(dayFromYmd(2025, 3, 5) * 1440 + 14 * 60 + 30) // '2025-03-05T14:30+08:00'
 */
export function isoMinute(minuteStamp: number): string {
  const day = Math.floor(minuteStamp / MINUTES_PER_DAY);
  return `${isoDate(day)}T${clockText(minuteStamp - day * MINUTES_PER_DAY)}+08:00`;
}

/**
 * A minute stamp as a person reads it (Shanghai wall time, no offset).
 * @example readableMinute(dayFromYmd(2025, 3, 6) * 1440 + 14 * 60) // '2025-03-06 14:00'
 */
export function readableMinute(minuteStamp: number): string {
  const day = Math.floor(minuteStamp / MINUTES_PER_DAY);
  return `${isoDate(day)} ${clockText(minuteStamp - day * MINUTES_PER_DAY)}`;
}

/**
 * HH:mm of a minute of the day.
 * @example clockText(14 * 60 + 5) // '14:05'
 */
export function clockText(minuteOfDay: number): string {
  // Findings repeat the same clock times: format each minute of the day once.
  if (Number.isInteger(minuteOfDay) && minuteOfDay >= 0 && minuteOfDay < MINUTES_PER_DAY) return (CLOCK_CACHE[minuteOfDay] ??= formatClock(minuteOfDay));
  return formatClock(minuteOfDay);
}

const CLOCK_CACHE: (string | undefined)[] = new Array(MINUTES_PER_DAY);

function formatClock(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/**
 * Month index (year * 12 + month - 1) of a day number, for calendar-month arithmetic.
 * @example monthIndex(dayFromYmd(2025, 3, 5)) // 24302
 */
export function monthIndex(dayNumber: number): number {
  // Period rules ask this for every period of every customer: look each day up once.
  const slot = dayNumber - ISO_CACHE_FROM;
  if (slot >= 0 && slot < MONTH_CACHE.length) {
    const known = MONTH_CACHE[slot];
    if (known !== 0) return known;
    return (MONTH_CACHE[slot] = computeMonthIndex(dayNumber));
  }
  return computeMonthIndex(dayNumber);
}

/** Month indices of 1990-01-01 .. 2099-12-31 (0: not yet computed; real ones are about 24,000). */
const MONTH_CACHE = new Int32Array(ISO_CACHE.length);

function computeMonthIndex(dayNumber: number): number {
  const { year, month } = ymdFromDay(dayNumber);
  return year * 12 + month - 1;
}

/** First day number of a month index. @example firstDayOfMonthIndex(24302) // day of 2025-03-01 */
export function firstDayOfMonthIndex(mi: number): number {
  return dayFromYmd(Math.floor(mi / 12), (mi % 12) + 1, 1);
}

/**
 * The same day `months` later, clamped to the month's last day (《民法典》第202条).
 * @example addMonths(dayFromYmd(2025, 1, 31), 1) // day of 2025-02-28
 */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = ymdFromDay(dayNumber);
  const mi = year * 12 + month - 1 + months;
  const y = Math.floor(mi / 12);
  const m = (mi % 12) + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Monday (day number) of the ISO week containing a day. */
export function weekStart(dayNumber: number): number {
  return dayNumber - (weekday(dayNumber) - 1);
}

/** Shanghai minute stamp of a JS Date (an instant). */
export function minuteFromInstant(date: Date): number {
  return Math.floor(date.getTime() / 60000) + SHANGHAI_OFFSET_MINUTES;
}
