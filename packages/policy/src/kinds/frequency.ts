/**
 * Declared cadence: each customer is contacted as often as its own card says (联系频率 "每月一次",
 * 客户服务沟通频率), else as often as the profile says. A document that only says 定期 leaves the
 * profile's period blank (null): customers without a declared frequency are then not-configured,
 * never checked against an invented number. Gaps are read as 每N天/每月一次 interval rules
 * (catalog §0.5-6): the next qualifying contact is due N days, or N calendar months, after the last.
 */
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { addMonths, isoDate, monthIndex } from '../time/day';
import { periodOf, type Period } from './cadence';
import { type DeclaredCadenceParams, type Frequency, type PeriodCount, declaredCadenceParams } from './params';
import { dayOf, fieldDay, latestRecord } from './shared';

const messages = {
  late: { zh: '「{rule}」间隔超限：按{freq}，{last} 之后应于 {due} 前联系，实际到 {done} 才联系。', en: '"{rule}" gap too long: at {freqEn}, after {last} the next contact was due by {due} but came on {done}.' },
  overdue: { zh: '「{rule}」逾期：按{freq}，上次联系 {last}，应于 {due} 前再次联系，已逾期 {days} 天。', en: '"{rule}" overdue: at {freqEn}, last contact {last}, next due by {due}, {days} day(s) overdue.' },
  'due-soon': { zh: '「{rule}」即将到期：按{freq}，请于 {due} 前联系。', en: '"{rule}" due soon: at {freqEn}, contact the customer by {due}.' },
  'no-anchor': { zh: '「{rule}」无法判断：该客户没有成功联系的记录，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
  unreadable: { zh: '「{rule}」：「{column}」写的“{value}”看不出频率（可写“每周一次”“每月一次”“每季度一次”“一月两次”）。', en: '"{rule}": "{column}" says "{value}", which is not a frequency (write 每周一次, 每月一次, 每季度一次, 一月两次).' },
  short: { zh: '「{rule}」不足：按{freq}，{start} 至 {end} 这一{unit}只有 {count} 天有成功联系，至少应有 {min} 天。', en: '"{rule}" not met: at {freqEn}, the {unitEn} {start} to {end} had successful contacts on {count} day(s); at least {min} required.' },
  'period-open': { zh: '「{rule}」本{unit}尚未完成：按{freq}，{start} 至 {end} 目前 {count} 天有成功联系，至少需 {min} 天，请于 {due} 前补足。', en: '"{rule}" open: at {freqEn}, the {unitEn} {start} to {end} has {count} contact day(s) so far; {min} required by {due}.' },
  'roster-count': { zh: '「{rule}」无法判断：台账只保留最近一次联系（{last}），无法统计 {start} 至 {end} 的联系次数。', en: '"{rule}" indeterminate: the ledger keeps only the latest contact ({last}); contacts from {start} to {end} cannot be counted.' },
  'not-configured': { zh: '「{rule}」未配置：制度没有给出周期（如“定期”），{count} 位客户无法检查。请在规则配置中设定周期（fallback），或在客户卡片上填写联系频率。', en: '"{rule}" not configured: the document gives no period (such as "periodically"), so {count} customer(s) cannot be checked. Set the period (fallback) in the profile, or fill in the frequency on the customer card.' },
};

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

/** The day a contact is due after `day` at a frequency. */
function dueAfter(day: number, f: Frequency): number {
  if (f.unit === 'day') return day + f.every;
  if (f.unit === 'week') return day + 7 * f.every;
  return addMonths(day, f.unit === 'month' ? f.every : 12 * f.every);
}

const UNIT_NAMES = { day: ['天', '天', 'day'], week: ['周', '周', 'week'], month: ['月', '个月', 'month'], year: ['年', '年', 'year'] };
/** "每月一次" / "每2周一次", "once a month" / "once every 2 weeks". */
function describe(f: Frequency): { freq: string; freqEn: string } {
  const [one, many, en] = UNIT_NAMES[f.unit];
  if (f.every === 1) return { freq: `每${one}一次`, freqEn: `once a ${en}` };
  return { freq: `每${f.every}${many}一次`, freqEn: `once every ${f.every} ${en}s` };
}

/** The customer's declared frequency text: the latest filled cell. */
function declaredText(ctx: RuleContext, customer: number, text: (string | null)[]): { value: string; record: number } | undefined {
  const { records, start } = ctx.ledger.customers;
  for (let j = start[customer + 1] - 1; j >= start[customer]; j--) {
    const v = text[records[j]];
    if (v !== null && v.trim() !== '') return { value: v.trim(), record: records[j] };
  }
  return undefined;
}

const PERIOD_UNITS: Record<PeriodCount['per'], [string, string]> = { week: ['周', 'week'], month: ['月', 'month'], quarter: ['季度', 'quarter'], halfyear: ['半年', 'half-year'], year: ['年', 'year'] };
const CN_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** "每季度一次" / "每月两次", "once a quarter" / "2 times a month". */
function describeCount(f: PeriodCount): { freq: string; freqEn: string } {
  const [zh, en] = PERIOD_UNITS[f.per];
  return { freq: `每${zh}${CN_COUNT[f.min] ?? f.min}次`, freqEn: f.min === 1 ? `once a ${en}` : `${f.min} times a ${en}` };
}

/** Days of the customer's counted contacts, ascending and distinct, into `out`; returns how many. */
function countedDays(ctx: RuleContext, customer: number, mask: Uint8Array, out: number[]): number {
  const ct = ctx.ledger.times.contactAt!;
  const { records, start } = ctx.ledger.customers;
  let n = 0;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    if (ctx.qualifies[i] !== 1 || mask[i] !== 1) continue;
    const d = dayOf(ct.minute[i]);
    if (n === 0 || out[n - 1] !== d) out[n++] = d;
  }
  out.length = n;
  return n;
}

type RuleOf = KindRule<string, DeclaredCadenceParams>;

/**
 * 每月一次 as a count per calendar period: from the start (first counted contact, else
 * `startField`), each calendar period needs `min` contact days. The period the start falls in
 * counts only when the start is its first day (a card opened mid-month owes that month nothing
 * more than it has). A roster shows only the latest contact: earlier periods cannot be counted.
 */
function checkCount(rule: RuleOf, ctx: RuleContext, c: number, f: PeriodCount, words: { freq: string; freqEn: string }, mask: Uint8Array, days: number[]): void {
  const p = rule.params;
  const n = countedDays(ctx, c, mask, days);
  const row = latestRecord(ctx, c);
  let from = n > 0 ? days[0] : p.startField ? fieldDay(ctx, c, p.startField, false) : undefined;
  if (from === undefined) {
    ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'no-anchor' });
    return;
  }
  const [unit, unitEn] = PERIOD_UNITS[f.per];
  const per: Period = { start: 0, end: 0 };
  if (ctx.ledger.shape === 'roster' && n > 0) {
    const own = periodOf(f.per, days[n - 1], 0, per);
    if (f.min > 1) ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'roster-count', data: { last: isoDate(days[n - 1]), start: isoDate(own.start), end: isoDate(own.end) } });
    from = own.end + 1;
  } else {
    periodOf(f.per, from, 0, per);
    if (per.start !== from) from = per.end + 1;
  }
  let k = 0;
  for (periodOf(f.per, from, 0, per); per.start <= ctx.asOfDay; periodOf(f.per, per.end + 1, 0, per)) {
    while (k < n && days[k] < per.start) k++;
    let got = 0;
    for (let q = k; q < n && days[q] <= per.end; q++) got++;
    if (got >= f.min) continue;
    const data = { ...words, unit, unitEn, start: isoDate(per.start), end: isoDate(per.end), count: got, min: f.min, due: isoDate(per.end) };
    if (per.end < ctx.asOfDay) {
      ctx.emit(rule, { status: 'violation', customer: c, record: row, field: 'contactAt', dueAt: isoDate(per.end), overdueDays: ctx.asOfDay - per.end, messageId: 'short', data });
      continue;
    }
    ctx.noteDue(c, per.end);
    if (per.end - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: row, field: 'contactAt', dueAt: isoDate(per.end), messageId: 'period-open', data, severity: 'info' });
  }
}

export const declaredCadence = defineKind({
  id: 'declared-cadence',
  params: declaredCadenceParams,
  messages,
  needs: (p) => ['contactAt'],
  check(rule, ctx) {
    const p = rule.params;
    // Without a declared column the profile's period is all there is.
    const text = p.field && ctx.ledger.columns[p.field] !== undefined ? ctx.ledger.text[p.field] : undefined;
    if (p.field && !text && p.fallback === undefined) {
      ctx.requireColumns(rule, [p.field]);
      return;
    }
    const mask = ctx.records(rule);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, count } = ctx.ledger.customers;
    let unconfigured = 0;
    const scratchDays: number[] = [];
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let freq: Frequency | PeriodCount | undefined;
      let words: { freq: string; freqEn: string } | undefined;
      const declared = text ? declaredText(ctx, c, text) : undefined;
      if (declared && p.fallbackOnly) continue;
      if (declared) {
        freq = (p.calendarPeriods ? parseCount(declared.value) : undefined) ?? parseFrequency(declared.value);
        if (!freq) {
          ctx.emit(rule, { status: 'invalid', customer: c, record: declared.record, field: p.field, messageId: 'unreadable', data: { value: declared.value.slice(0, 40) } });
          continue;
        }
        words = { freq: `“${declared.value}”`, freqEn: `"${declared.value}"` };
      } else if (p.fallback) {
        freq = p.fallback;
        words = 'per' in freq ? describeCount(freq) : describe(freq);
      } else {
        if (p.fallback === null) unconfigured++;
        continue;
      }
      if ('per' in freq) {
        checkCount(rule, ctx, c, freq, words, mask, scratchDays);
        continue;
      }
      // Walk the qualifying contacts: every gap longer than the period is a late contact.
      let last: number | undefined;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (ctx.qualifies[i] !== 1 || mask[i] !== 1) continue;
        const d = dayOf(ct.minute[i]);
        if (last !== undefined && d > dueAfter(last, freq)) {
          const due = dueAfter(last, freq);
          ctx.emit(rule, { status: 'late', customer: c, record: i, field: 'contactAt', dueAt: isoDate(due), overdueDays: d - due, messageId: 'late', data: { ...words, last: isoDate(last), due: isoDate(due), done: isoDate(d) } });
        }
        if (last === undefined || d > last) last = d;
      }
      const row = latestRecord(ctx, c);
      const anchor = last ?? (p.startField ? fieldDay(ctx, c, p.startField, false) : undefined);
      if (anchor === undefined) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: row, messageId: 'no-anchor' });
        continue;
      }
      const due = dueAfter(anchor, freq);
      const data = { ...words, last: last !== undefined ? isoDate(last) : '—', due: isoDate(due) };
      if (ctx.asOfDay > due) {
        ctx.emit(rule, { status: 'overdue', customer: c, record: row, field: 'contactAt', dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due } });
        continue;
      }
      ctx.noteDue(c, due);
      if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) ctx.emit(rule, { status: 'due-soon', customer: c, record: row, field: 'contactAt', dueAt: isoDate(due), messageId: 'due-soon', data, severity: 'info' });
    }
    if (unconfigured > 0) ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured', data: { count: unconfigured } });
  },
});
