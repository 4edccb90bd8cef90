/**
 * Contact frequencies as customers' cards write them (联系频率 "每月一次", "每隔10天", "一月两次"):
 * read as a gap between contacts or as a count per calendar period (catalog §0.5-6, §16 A2), and
 * said back in both languages. The `declared` gaps of gap-cadence read them.
 */
import { z } from 'zod';
import { addMonths } from '../time/day';

/** A period: every n days, weeks, months or years (months by calendar, clamped to the month's end). @example { every: 1, unit: 'month' } */
export const frequencySchema = /* @__PURE__ */ (() => z.strictObject({ every: z.number().int().min(1).max(3660), unit: z.enum(['day', 'week', 'month', 'year']) }))();
export type Frequency = z.infer<typeof frequencySchema>;
/** `min` contacts (on distinct days) in each calendar period: 每月一次 = { per: 'month', min: 1 } (catalog §16 A2). @example { per: 'quarter', min: 1 } */
export const periodCountSchema = /* @__PURE__ */ (() => z.strictObject({ per: z.enum(['week', 'month', 'quarter', 'halfyear', 'year']), min: z.number().int().min(1).max(100) }))();
export type PeriodCount = z.infer<typeof periodCountSchema>;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 三, 十, 十二, 二十 -> a number; '' -> 1. */
function readCount(s: string | undefined): number | undefined {
  if (!s) return 1;
  if (/^\d+$/.test(s)) return +s;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS[s.slice(ten + 1)];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

const UNIT_WORDS: Record<string, Frequency> = {
  天: { every: 1, unit: 'day' },
  日: { every: 1, unit: 'day' },
  周: { every: 1, unit: 'week' },
  星期: { every: 1, unit: 'week' },
  礼拜: { every: 1, unit: 'week' },
  双周: { every: 2, unit: 'week' },
  半月: { every: 15, unit: 'day' },
  月: { every: 1, unit: 'month' },
  月度: { every: 1, unit: 'month' },
  季: { every: 3, unit: 'month' },
  季度: { every: 3, unit: 'month' },
  半年: { every: 6, unit: 'month' },
  年: { every: 1, unit: 'year' },
  年度: { every: 1, unit: 'year' },
};
/** Days in a period, for "k times per period" (a period split k ways is a span of days). */
const PERIOD_DAYS = { day: 1, week: 7, month: 30, year: 365 };
const N = '(\\d+|[一二两三四五六七八九十]+)';
const FREQUENCY = new RegExp(`^(?:每隔|每|隔)?${N}?个?(双周|半月|半年|季度|月度|年度|星期|礼拜|天|日|周|月|季|年)(?:(?:至少|不少于)?${N}次(?:以上)?)?`);

/**
 * A declared frequency as a period between contacts, or undefined when the text is not one.
 * @example parseFrequency('每月一次') // { every: 1, unit: 'month' }; parseFrequency('一月两次') // { every: 15, unit: 'day' }
 */
export function parseFrequency(text: string): Frequency | undefined {
  const s = text.normalize('NFKC').replace(/\s/g, '');
  const m = FREQUENCY.exec(s);
  if (!m) return undefined;
  const n = readCount(m[1]);
  const k = readCount(m[3]);
  const base = UNIT_WORDS[m[2]];
  if (!n || !k || !base) return undefined;
  if (k === 1) return { every: base.every * n, unit: base.unit };
  const days = Math.floor((base.every * n * PERIOD_DAYS[base.unit]) / k);
  return days >= 1 ? { every: days, unit: 'day' } : undefined;
}

const COUNT_UNITS: Record<string, PeriodCount['per']> = { 周: 'week', 星期: 'week', 礼拜: 'week', 月: 'month', 月度: 'month', 季: 'quarter', 季度: 'quarter', 半年: 'halfyear', 年: 'year', 年度: 'year' };
const PER_PERIOD = new RegExp(`^(?:每)?(?:一|1)?个?(半年|季度|月度|年度|星期|礼拜|周|月|季|年)(?:(?:至少|不少于)?${N}次(?:以上)?)?`);

/**
 * A declared frequency read as a count per calendar period (catalog §16 A2: 每月一次 names a period
 * and a count), or undefined when it names an interval (每隔10天, 15天一次, 每两周) or nothing.
 * @example parseCount('每月一次') // { per: 'month', min: 1 }; parseCount('一月两次') // { per: 'month', min: 2 }
 */
export function parseCount(text: string): PeriodCount | undefined {
  const s = text.normalize('NFKC').replace(/\s/g, '');
  const m = PER_PERIOD.exec(s);
  if (!m) return undefined;
  const min = readCount(m[2]);
  return min ? { per: COUNT_UNITS[m[1]], min } : undefined;
}

/** The day a contact is due after `day` at a frequency. @example dueAfter(day, { every: 10, unit: 'day' }) // day + 10 */
export function dueAfter(day: number, f: Frequency): number {
  if (f.unit === 'day') return day + f.every;
  if (f.unit === 'week') return day + 7 * f.every;
  return addMonths(day, f.unit === 'month' ? f.every : 12 * f.every);
}

const UNIT_NAMES = { day: ['天', '天', 'day'], week: ['周', '周', 'week'], month: ['月', '个月', 'month'], year: ['年', '年', 'year'] };
/** "每月一次" / "每2周一次", "once a month" / "once every 2 weeks". @example describe({ every: 1, unit: 'month' }).freq // 每月一次 */
export function describe(f: Frequency): { freq: string; freqEn: string } {
  const [one, many, en] = UNIT_NAMES[f.unit];
  if (f.every === 1) return { freq: `每${one}一次`, freqEn: `once a ${en}` };
  return { freq: `每${f.every}${many}一次`, freqEn: `once every ${f.every} ${en}s` };
}

/** A calendar period's name in a count: 每{zh}, a {en}. */
export const PERIOD_UNITS: Record<PeriodCount['per'], [string, string]> = { week: ['周', 'week'], month: ['月', 'month'], quarter: ['季度', 'quarter'], halfyear: ['半年', 'half-year'], year: ['年', 'year'] };
const CN_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** "每季度一次" / "每月两次", "once a quarter" / "2 times a month". @example describeCount({ per: 'month', min: 2 }).freq // 每月两次 */
export function describeCount(f: PeriodCount): { freq: string; freqEn: string } {
  const [zh, en] = PERIOD_UNITS[f.per];
  return { freq: `每${zh}${CN_COUNT[f.min] ?? f.min}次`, freqEn: f.min === 1 ? `once a ${en}` : `${f.min} times a ${en}` };
}
