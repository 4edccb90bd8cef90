/**
 * Retention: records are kept for a period from their date ("期限不少于1年"); a deletion or
 * destruction date inside the period is destroying them early. Every finding carries keepUntil.
 */
import { z } from 'zod';
import { timeFieldSchema } from './shared-params';
import { defineKind } from '../rule/kind';
import { addMonths, isoDate } from '../time/day';
import { dayOf, fieldDay, isDated } from './shared';
import type { Field } from '../ledger/fields';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * Records are kept for a period from their date (不少于1年 = 1 year, inclusive): a deletion date
 * inside the period is destroying them early. The finding carries keepUntil.
 * @example { date: 'receptionAt', years: 1, deletedField: 'deletedAt' }
 * @example { date: 'recordedAt', years: 3, deletedField: 'deletedAt', renew: 'customer' }
 */
export const retentionParams = /* @__PURE__ */ (() => typedSchema<RetentionParams, RetentionParamsInput>()(z.strictObject({
  /** The date the period runs from. @example 'recordedAt' */
  date: timeFieldSchema,
  /** Years to keep. @example 3 */
  years: z.number().int().min(0).max(100).default(0),
  /** Months to keep, added to the years. @example 6 */
  months: z.number().int().min(0).max(1200).default(0),
  /** The column holding the deletion or destruction date. @example 'deletedAt' */
  deletedField: timeFieldSchema,
  /**
   * record: each record from its own date (default). customer: from the customer's latest date of
   * `date` on any of its rows (renewed on each new visit). @example 'customer'
   */
  renew: z.enum(['record', 'customer']).default('record'),
})))();
/** The params of this kind's rules (`retentionParams` checks them). */
export interface RetentionParams {
  /**
   * The date the period runs from.
   * @example 'recordedAt'
   */
  date: Field;
  /**
   * Years to keep.
   * @example 3
   */
  years: number;
  /**
   * Months to keep, added to the years.
   * @example 6
   */
  months: number;
  /**
   * The column holding the deletion or destruction date.
   * @example 'deletedAt'
   */
  deletedField: Field;
  /**
   * record: each record from its own date (default). customer: from the customer's latest date of
   * `date` on any of its rows (renewed on each new visit).
   * @example 'customer'
   */
  renew: 'record' | 'customer';
}
/** RetentionParams as a profile writes them (defaults not yet filled in). */
export type RetentionParamsInput = Defaulted<RetentionParams, 'years' | 'months' | 'renew'>;

const messages = {
  'destroyed-early': { zh: '「{rule}」：{date} 的记录应保存至 {keepUntil}（{period}），却在 {deleted} 销毁。', en: '"{rule}": the record of {date} must be kept until {keepUntil} ({periodEn}), but was destroyed on {deleted}.' },
  'no-start': { zh: '「{rule}」无法判断：记录已在 {deleted} 销毁，但「{column}」为空，无法计算保存期限。', en: '"{rule}" indeterminate: the record was destroyed on {deleted}, but "{column}" is empty, so its keep-until date is unknown.' },
};

/** "1年", "1年6个月" / "1 year(s)", for messages. */
function periodText(p: RetentionParams): { zh: string; en: string } {
  const zh = `${p.years ? `${p.years}年` : ''}${p.months ? `${p.months}个月` : ''}` || '0天';
  const en = [p.years ? `${p.years} year(s)` : '', p.months ? `${p.months} month(s)` : ''].filter(Boolean).join(' ') || '0 days';
  return { zh, en };
}

export const retention = /* @__PURE__ */ defineKind<RetentionParams>()({
  id: 'retention',
  messages,
  needs: (p) => [p.date, p.deletedField],
  check(rule, ctx) {
    const p = rule.params;
    const mask = ctx.records(rule);
    if (!mask) return;
    const applies = ctx.applicable(rule);
    const date = ctx.ledger.times[p.date];
    const deleted = ctx.ledger.times[p.deletedField];
    if (!date || !deleted) return;
    const months = 12 * p.years + p.months;
    const period = periodText(p);
    const { records, start, count } = ctx.ledger.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // Renewed per customer: the period runs from the customer's latest date on any row (each new visit).
      const latest = p.renew === 'customer' ? (fieldDay(ctx, c, p.date, true) ?? NaN) : NaN;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (mask[i] !== 1 || !isDated(deleted.precision[i])) continue;
        const deletedDay = dayOf(deleted.minute[i]);
        // The day the period runs from.
        const from = p.renew === 'customer' ? latest : isDated(date.precision[i]) ? dayOf(date.minute[i]) : NaN;
        if (Number.isNaN(from)) {
          ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: p.date, messageId: 'no-start', data: { deleted: isoDate(deletedDay) } });
          continue;
        }
        // The start day is not counted and the last day is kept whole (《民法典》第201-203条).
        const keepUntil = addMonths(from, months);
        if (deletedDay > keepUntil) continue;
        ctx.emit(rule, {
          status: 'violation',
          customer: c,
          record: i,
          field: p.deletedField,
          messageId: 'destroyed-early',
          data: { date: isoDate(from), keepUntil: isoDate(keepUntil), deleted: isoDate(deletedDay), period: period.zh, periodEn: period.en },
          explain: { date: p.date, from: isoDate(from), keepUntil: isoDate(keepUntil), deleted: isoDate(deletedDay) },
        });
      }
    }
  },
});
