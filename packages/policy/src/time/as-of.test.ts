import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isLedgerlintError } from '../errors';
import { formatAsOf, parseAsOf } from './as-of';
import { todayInShanghai } from './today';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isLedgerlintError(e) ? e.code : 'other';
  }
  return 'none';
};

describe('parseAsOf and formatAsOf: Shanghai wall time by arithmetic', () => {
  it.each([
    ['2025-03-10', '2025-03-10T23:59:00+08:00'],
    ['2025-03-10T00:00', '2025-03-10T00:00:00+08:00'],
    ['2025-03-10T14:30:59', '2025-03-10T14:30:00+08:00'],
    [' 2024-02-29 ', '2024-02-29T23:59:00+08:00'],
    ['1999-12-31T23:59', '1999-12-31T23:59:00+08:00'],
  ])('%s reads as %s', (text, iso) => expect(formatAsOf(parseAsOf(text))).toBe(iso));

  it.each(['2025-02-29', '2025-13-01', '2025-03-10T24:00', '2025-03-10T12:60', '2025-3-10', '20250310', '2025-03-10 12:00', 'today', ''])('%j is refused with bad-as-of', (text) =>
    expect(codeOf(() => parseAsOf(text))).toBe('bad-as-of'),
  );

  it('agrees with luxon in Asia/Shanghai for instants across three decades', () => {
    for (let k = 0; k < 2000; k++) {
      const instant = new Date(Date.UTC(1995, 0, 1) + k * 15_485_863_000);
      const zoned = DateTime.fromJSDate(instant).setZone('Asia/Shanghai');
      const minute = parseAsOf(instant);
      expect(formatAsOf(minute)).toBe(zoned.startOf('minute').toISO({ suppressMilliseconds: true }));
      expect(parseAsOf(zoned.toFormat("yyyy-MM-dd'T'HH:mm"))).toBe(minute);
    }
  });

  it('a Date that is no date is refused', () => expect(codeOf(() => parseAsOf(new Date(Number.NaN)))).toBe('bad-as-of'));
});

describe('todayInShanghai', () => {
  it.each([
    ['2025-03-09T15:59:59Z', '2025-03-09'],
    ['2025-03-09T16:00:00Z', '2025-03-10'],
    ['2025-12-31T23:00:00-05:00', '2026-01-01'],
  ])('%s is %s in Shanghai', (instant, day) => expect(todayInShanghai(new Date(instant))).toBe(day));
});
