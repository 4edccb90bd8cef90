/**
 * Declared cadence: each customer is contacted as often as its own card says (联系频率 "每月一次",
 * 客户服务沟通频率), else as often as the profile says. A document that only says 定期 leaves the
 * profile's period blank (null): customers without a declared frequency are then not-configured,
 * never checked against an invented number. Gaps are read as 每N天/每月一次 interval rules
 * (catalog §0.5-6): the next qualifying contact is due N days, or N calendar months, after the last.
 */
import type { KindDef, RuleContext } from '../engine/types';
import { addMonths, isoDate } from '../time/day';
import type { DeclaredCadenceParams, Frequency } from './params';
import { filterColumns, recordMask } from './record-filter';
import { dayOf, fieldDay, latestRecord } from './shared';

const messages = {
  late: { zh: '「{rule}」间隔超限：按{freq}，{last} 之后应于 {due} 前联系，实际到 {done} 才联系。', en: '"{rule}" gap too long: at {freqEn}, after {last} the next contact was due by {due} but came on {done}.' },
  overdue: { zh: '「{rule}」逾期：按{freq}，上次联系 {last}，应于 {due} 前再次联系，已逾期 {days} 天。', en: '"{rule}" overdue: at {freqEn}, last contact {last}, next due by {due}, {days} day(s) overdue.' },
  'due-soon': { zh: '「{rule}」即将到期：按{freq}，请于 {due} 前联系。', en: '"{rule}" due soon: at {freqEn}, contact the customer by {due}.' },
  'no-anchor': { zh: '「{rule}」无法判断：该客户没有成功联系的记录，也没有可作起点的日期。', en: '"{rule}" indeterminate: the customer has no successful contact and no date to start the clock from.' },
  unreadable: { zh: '「{rule}」：「{column}」写的“{value}”看不出频率（可写“每周一次”“每月一次”“每季度一次”“一月两次”）。', en: '"{rule}": "{column}" says "{value}", which is not a frequency (write 每周一次, 每月一次, 每季度一次, 一月两次).' },
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

export const declaredCadence: KindDef<DeclaredCadenceParams> = {
  kind: 'declared-cadence',
  messages,
  needs: (p) => ['contactAt', ...filterColumns(p.only)],
  check(rule, ctx) {
    const p = rule.params;
    // Without a declared column the profile's period is all there is.
    const text = p.field && ctx.ledger.columns[p.field] !== undefined ? ctx.ledger.text[p.field] : undefined;
    if (p.field && !text && p.fallback === undefined) {
      ctx.requireColumns(rule, [p.field]);
      return;
    }
    const mask = recordMask(rule, ctx, p.only);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, count } = ctx.ledger.customers;
    let unconfigured = 0;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let freq: Frequency | undefined;
      let words: { freq: string; freqEn: string } | undefined;
      const declared = text ? declaredText(ctx, c, text) : undefined;
      if (declared && p.fallbackOnly) continue;
      if (declared) {
        freq = parseFrequency(declared.value);
        if (!freq) {
          ctx.emit(rule, { status: 'invalid', customer: c, record: declared.record, field: p.field, messageId: 'unreadable', data: { value: declared.value.slice(0, 40) } });
          continue;
        }
        words = { freq: `“${declared.value}”`, freqEn: `"${declared.value}"` };
      } else if (p.fallback) {
        freq = p.fallback;
        words = describe(freq);
      } else {
        if (p.fallback === null) unconfigured++;
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
};
