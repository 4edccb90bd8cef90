/**
 * `@ledgerlint/policy/calendar`: working-day calendars (China's holidays and make-up workdays, a
 * company's own), day numbers and minute stamps, the as-of date and today in Shanghai.
 * Only `todayInShanghai` loads luxon.
 */
export * from '../calendar';
export * from '../time/day';
export { parseAsOf, formatAsOf } from '../time/as-of';
export { todayInShanghai } from '../time/today';
export { TIME_ERRORS } from '../time/errors';
