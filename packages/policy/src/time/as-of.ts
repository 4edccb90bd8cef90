/**
 * The as-of instant of a check. China keeps UTC+8 all year (no daylight saving since 1991), so
 * Shanghai wall time is plain arithmetic on the text: no time-zone library in the engine's path
 * (luxon serves the edges: `todayInShanghai` for apps and panes).
 */
import { LedgerlintError } from '../errors';
import { TIME_ERRORS } from './errors';
import { clockText, dayFromYmd, isoDate, isValidYmd, MINUTES_PER_DAY, minuteFromInstant } from './day';

/** Fixed UTC+8: China has no daylight saving since 1991, and a fixed zone is cheaper than the named one. */
export const SHANGHAI = 'UTC+8';

const AS_OF = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Minute stamp of an as-of value: `YYYY-MM-DD` (the end of that day), `YYYY-MM-DDTHH:mm`, both in
 * Asia/Shanghai, a Date, or nothing (now).
 * @example parseAsOf('2025-03-10') // minute stamp of 2025-03-10 23:59 in Shanghai
 */
export function parseAsOf(value?: string | Date, now: () => Date = () => new Date()): number {
  if (value === undefined) return minuteFromInstant(now());
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new LedgerlintError(TIME_ERRORS, 'bad-as-of', { value: String(value) });
    return minuteFromInstant(value);
  }
  const text = String(value).trim();
  const m = AS_OF.exec(text);
  if (!m) throw new LedgerlintError(TIME_ERRORS, 'bad-as-of', { value: text });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) throw new LedgerlintError(TIME_ERRORS, 'bad-as-of', { value: text });
  const start = dayFromYmd(year, month, day) * MINUTES_PER_DAY;
  return m[4] === undefined ? start + MINUTES_PER_DAY - 1 : start + hour * 60 + minute;
}

/**
 * ISO text with the +08:00 offset of a minute stamp.
 * @example formatAsOf(parseAsOf('2025-03-10')) // '2025-03-10T23:59:00+08:00'
 */
export function formatAsOf(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return `${isoDate(day)}T${clockText(minute - day * MINUTES_PER_DAY)}:00+08:00`;
}
