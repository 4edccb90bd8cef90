/** Today as a clerk in China reads the calendar: an edge of the library, where luxon does the zone. */
import { DateTime } from 'luxon';

/**
 * Today's date in Asia/Shanghai (ISO), whatever the zone of the machine: a pane's default as-of.
 * @example todayInShanghai(new Date('2025-03-09T17:00:00Z')) // '2025-03-10'
 */
export function todayInShanghai(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone('Asia/Shanghai').toISODate()!;
}
