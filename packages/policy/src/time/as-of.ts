/** The as-of instant of a check, parsed at the edge with luxon. */
import { DateTime } from 'luxon';
import { LedgerlintError } from '../errors';
import { TIME_ERRORS } from './errors';
import { MINUTES_PER_DAY, minuteFromInstant } from './day';

/** Fixed UTC+8: China has no daylight saving since 1991, and a fixed zone is cheaper than the named one. */
export const SHANGHAI = 'UTC+8';

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
  const text = value.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) {
    throw new LedgerlintError(TIME_ERRORS, 'bad-as-of', { value: text });
  }
  const dt = DateTime.fromISO(text, { zone: SHANGHAI });
  if (!dt.isValid) throw new LedgerlintError(TIME_ERRORS, 'bad-as-of', { value: text });
  const minute = minuteFromInstant(dt.toJSDate());
  return dateOnly ? minute + MINUTES_PER_DAY - 1 : minute;
}

/**
 * ISO text with the +08:00 offset of a minute stamp, formatted by luxon.
 * @example formatAsOf(parseAsOf('2025-03-10')) // '2025-03-10T23:59:00+08:00'
 */
export function formatAsOf(minute: number): string {
  return DateTime.fromMillis((minute - 480) * 60000, { zone: SHANGHAI }).toISO({ suppressMilliseconds: true })!;
}
