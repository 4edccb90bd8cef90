/**
 * Enough different staff in contact with a customer: "对一些较重要、未来发展潜力巨大的新客户,公司要有
 * 两名以上的人员与之联系". Distinct names in the staff column of the customer's contacts while it
 * is new.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import type { Field } from '../ledger/fields';
import { addMonths, isoDate } from '../time/day';
import { dayOf, fieldDay, isDated, latestRecord } from './shared';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * At least `min` different staff in contact with each selected customer (两名以上的人员与之联系),
 * counted over its contacts (any outcome) while it is new: from its earliest `since` date for
 * `forMonths` months.
 * @example { min: 2, only: { flag: { field: 'importance', values: ['重要'] } }, since: 'registeredAt', forMonths: 12 }
 */
export const staffCountParams = /* @__PURE__ */ (() => typedSchema<StaffCountParams, StaffCountParamsInput>()(z.strictObject({
  /** Different staff needed, inclusive (两名以上 = 2). @example 2 */
  min: z.number().int().min(1).max(100),
  /** The column naming who made each contact. @example 'performer' */
  staff: fieldSchema.default('performer'),
  /** The date the customer counts as new from (its earliest on any row). @example 'registeredAt' */
  since: fieldSchema.optional(),
  /** How long it stays new; absent: always. @example 12 */
  forMonths: z.number().int().min(1).max(1200).optional(),
})))();
/** The params of this kind's rules (`staffCountParams` checks them). */
export interface StaffCountParams {
  /**
   * Different staff needed, inclusive (两名以上 = 2).
   * @example 2
   */
  min: number;
  /**
   * The column naming who made each contact.
   * @example 'performer'
   */
  staff: Field;
  /**
   * The date the customer counts as new from (its earliest on any row).
   * @example 'registeredAt'
   */
  since?: Field;
  /**
   * How long it stays new; absent: always.
   * @example 12
   */
  forMonths?: number;
}
/** StaffCountParams as a profile writes them (defaults not yet filled in). */
export type StaffCountParamsInput = Defaulted<StaffCountParams, 'staff'>;

const messages = {
  'too-few': { zh: '「{rule}」：{until}只有 {count} 人与该客户联系（{names}），应有 {min} 人以上。', en: '"{rule}": {untilEn}only {count} staff contacted the customer ({names}); {min} or more required.' },
};

export const staffCount = /* @__PURE__ */ defineKind<StaffCountParams>()({
  id: 'staff-count',
  messages,
  needs: (p) => ['contactAt', p.staff, ...(p.since ? [p.since] : [])] as Field[],
  check(rule, ctx) {
    const p = rule.params;
    const only = ctx.records(rule);
    if (!only) return;
    const applies = ctx.applicable(rule);
    const contact = ctx.ledger.times.contactAt!;
    const since = p.since ? ctx.ledger.times[p.since]! : undefined;
    const staff = ctx.ledger.text[p.staff]!;
    const { records, start, count } = ctx.ledger.customers;
    const names: string[] = []; // reused per customer
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let selected = false;
      for (let j = start[c]; j < start[c + 1] && !selected; j++) selected = only[records[j]] === 1;
      const from = p.since ? (fieldDay(ctx, c, p.since, false) ?? Infinity) : Infinity;
      // Not selected, or never became new (no registration: another rule's business), or not yet.
      if (!selected || (since && (from === Infinity || from > ctx.asOfDay))) continue;
      const end = since && p.forMonths ? addMonths(from, p.forMonths) : Infinity;
      names.length = 0;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (!isDated(contact.precision[i]) || dayOf(contact.minute[i]) > end) continue;
        const who = staff[i]?.trim();
        if (who && !names.includes(who)) names.push(who);
      }
      if (names.length >= p.min) continue;
      const until = end === Infinity || end >= ctx.asOfDay ? '' : `新客户期（至 ${isoDate(end)}）内`;
      const untilEn = until ? `while new (until ${isoDate(end)}) ` : '';
      ctx.emit(rule, { status: 'violation', customer: c, record: latestRecord(ctx, c), field: p.staff, messageId: 'too-few', data: { count: names.length, names: names.join('、') || '无', min: p.min, until, untilEn } });
    }
  },
});
