/**
 * Lunar (农历) month and day to Gregorian dates, for yearly dates kept in the lunar calendar (an
 * elder's 寿辰 is usually celebrated on its lunar date). The table covers lunar years 1990-2100.
 */
import { dayFromYmd } from '../time/day';
import { LUNAR_FIRST_YEAR, LUNAR_YEARS } from './lunar.generated';

/**
 * Day number of a lunar month and day in a lunar year; undefined outside the table. A 30th in a
 * 29-day month falls on the 29th; a date of a leap month is kept in the regular month (闰月 birthdays
 * are celebrated there in the years without one).
 * @example isoDate(lunarToDay(2025, 8, 15)!) // '2025-10-06' (中秋)
 */
export function lunarToDay(year: number, month: number, day: number): number | undefined {
  const row = LUNAR_YEARS[year - LUNAR_FIRST_YEAR];
  if (row === undefined || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const [newYear, leapText, bits] = row.split(' ');
  const leap = +leapText;
  const length = (k: number) => (bits.charCodeAt(k) === 49 ? 30 : 29);
  let d = dayFromYmd(+newYear.slice(0, 4), +newYear.slice(5, 7), +newYear.slice(8, 10));
  let k = 0;
  for (let m = 1; m < month; m++) {
    d += length(k++);
    if (m === leap) d += length(k++);
  }
  return d + Math.min(day, length(k)) - 1;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 1-30 from 初一..初十, 十一..十九, 二十, 廿一..廿九, 三十, 卅 or digits. */
function smallNumber(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) return +s;
  if (s.startsWith('初')) return DIGITS[s.slice(1)];
  if (s === '二十' || s === '廿') return 20;
  if (s === '三十' || s === '卅') return 30;
  const m = /^(十|廿|二十)([一二三四五六七八九])$/.exec(s);
  if (m) return (m[1] === '十' ? 10 : 20) + DIGITS[m[2]];
  return DIGITS[s];
}

const MONTH_NAMES: Record<string, number> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 };

/**
 * Month and day of a lunar date as clerks write it: 八月十五, 农历八月十五, 腊月初八, 正月廿三,
 * 闰四月初二, 农历8月15日, 8-15. Undefined when it is not one.
 * @example readLunarMonthDay('农历腊月初八') // { month: 12, day: 8 }
 */
export function readLunarMonthDay(text: string): { month: number; day: number } | undefined {
  const s = text.normalize('NFKC').replace(/\s/g, '').replace(/^(农历|阴历|農曆|陰曆|旧历|舊曆)/, '').replace(/^闰|^閏/, '');
  const m = /^(\d{1,2}|正|冬|腊|臘|十[一二]?|[一二三四五六七八九])(?:月|[-/.])(.+?)日?$/.exec(s);
  if (!m) return undefined;
  const month = MONTH_NAMES[m[1]] ?? smallNumber(m[1]);
  const day = smallNumber(m[2]);
  if (!month || !day || month > 12 || day > 30) return undefined;
  return { month, day };
}
