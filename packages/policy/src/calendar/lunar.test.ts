import { describe, expect, it } from 'vitest';
import { isoDate } from '../time/day';
import { lunarToDay, readLunarMonthDay } from './lunar';

describe('lunar dates', () => {
  it('converts known dates (春节, 中秋, a leap year)', () => {
    expect(isoDate(lunarToDay(2025, 1, 1)!)).toBe('2025-01-29');
    expect(isoDate(lunarToDay(2025, 8, 15)!)).toBe('2025-10-06');
    expect(isoDate(lunarToDay(2024, 8, 15)!)).toBe('2024-09-17');
    // 2023 has a leap second month: 三月初一 comes after 闰二月 (2023-04-20).
    expect(isoDate(lunarToDay(2023, 3, 1)!)).toBe('2023-04-20');
    expect(isoDate(lunarToDay(2024, 12, 8)!)).toBe('2025-01-07'); // 腊八 of lunar 2024
  });
  it('a 30th in a 29-day month falls on the 29th; outside the table is unknown', () => {
    // Lunar 2025: 二月 has 29 days, so 二月三十 is 二月廿九, the day before 三月初一.
    expect(lunarToDay(2025, 2, 30)).toBe(lunarToDay(2025, 2, 29));
    expect(lunarToDay(2025, 3, 1)! - lunarToDay(2025, 2, 29)!).toBe(1);
    expect(lunarToDay(2101, 1, 1)).toBeUndefined();
    expect(lunarToDay(1989, 1, 1)).toBeUndefined();
  });
  it('reads month and day as clerks write them', () => {
    expect(readLunarMonthDay('八月十五')).toEqual({ month: 8, day: 15 });
    expect(readLunarMonthDay('农历腊月初八')).toEqual({ month: 12, day: 8 });
    expect(readLunarMonthDay('正月廿三')).toEqual({ month: 1, day: 23 });
    expect(readLunarMonthDay('闰四月初二')).toEqual({ month: 4, day: 2 });
    expect(readLunarMonthDay('十一月三十')).toEqual({ month: 11, day: 30 });
    expect(readLunarMonthDay('农历８月１５日')).toEqual({ month: 8, day: 15 });
    expect(readLunarMonthDay('8-15')).toEqual({ month: 8, day: 15 });
    expect(readLunarMonthDay('十月初十')).toEqual({ month: 10, day: 10 });
    expect(readLunarMonthDay('冬月二十')).toEqual({ month: 11, day: 20 });
    expect(readLunarMonthDay('不详')).toBeUndefined();
    expect(readLunarMonthDay('十三月初一')).toBeUndefined();
  });
});
