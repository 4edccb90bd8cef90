/**
 * A time field carries hour and minute (回访时间要精确到分): a cell with a date alone is a breach.
 */
import { z } from 'zod';
import { Precision } from '../ledger/cells';
import { fieldSchema, needsTimeOfDay } from '../rule/common';
import { defineKind } from '../rule/kind';
import { isoDate } from '../time/day';
import { dayOf } from './shared';
import type { Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * A time field must carry hour and minute.
 * @example { field: 'contactAt' }
 */
export const timePrecisionParams = /* @__PURE__ */ (() => typedSchema<TimePrecisionParams, TimePrecisionParamsInput>()(z.strictObject({
  /** The time column. @example 'contactAt' */
  field: fieldSchema,
}).superRefine((p, ctx) => {
  // On a date column every filled cell would be a breach: the column cannot hold hour and minute.
  needsTimeOfDay(ctx, ['field'], p.field, 'a check of hour and minute', { en: 'check a column with a time of day (contactAt ...)', zh: '请检查带时分的列（如 contactAt）' });
})))();
/** The params of this kind's rules (`timePrecisionParams` checks them). */
export interface TimePrecisionParams {
  /**
   * The time column.
   * @example 'contactAt'
   */
  field: Field;
}
/** TimePrecisionParams as a profile writes them. */
export type TimePrecisionParamsInput = TimePrecisionParams;

const messages = {
  'no-time': { zh: '「{rule}」：「{column}」只有日期 {date}，没有填到时、分。', en: '"{rule}": "{column}" holds the date {date} without hour and minute.' },
};

export const timePrecision = /* @__PURE__ */ defineKind<TimePrecisionParams>()({
  id: 'time-precision',
  messages,
  needs: (p) => [p.field],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const col = ctx.ledger.times[rule.params.field]!;
    // A date whose time column (回访日期 + 回访时间) holds something unreadable: the time was
    // written, and that cell is reported as invalid already; "no time filled in" would be false.
    const clockUnreadable = new Uint8Array(rule.params.field === 'contactAt' ? ctx.ledger.size : 0);
    if (clockUnreadable.length) for (const p of ctx.ledger.problems) if (p.field === 'contactClock') clockUnreadable[p.record] = 1;
    for (let i = 0; i < ctx.ledger.size; i++) {
      if (col.precision[i] !== Precision.Day || clockUnreadable[i] === 1) continue;
      const c = ctx.ledger.customerOf[i];
      if (c >= 0 && applies[c] !== 1) continue;
      ctx.emit(rule, { status: 'violation', customer: c >= 0 ? c : null, record: i, field: rule.params.field, messageId: 'no-time', data: { date: isoDate(dayOf(col.minute[i])) } });
    }
  },
});
