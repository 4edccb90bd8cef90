/**
 * Reminders ignored: "经市场管理人员多次督促均不配合的,月底KPI考核时给予相应惩罚". A customer whose
 * rows record at least `atLeast` reminders while the field they were about is still empty.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { Precision } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { columnName } from './shared';
import type { Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * Reminders ignored: a customer whose rows record at least `atLeast` reminders (督促次数) while a
 * required field is still empty (备案日期) is a finding (多次督促均不配合).
 * @example { reminders: 'reminderCount', atLeast: 2, pending: 'registeredAt' }
 */
export const remindersIgnoredParams = /* @__PURE__ */ (() => typedSchema<RemindersIgnoredParams, RemindersIgnoredParamsInput>()(z.strictObject({
  /** The number column counting reminders. @example 'reminderCount' */
  reminders: fieldSchema,
  /** 多次 = this many or more. @example 2 */
  atLeast: z.number().int().min(1).max(100),
  /** The field the reminders are about, still empty on every row. @example 'registeredAt' */
  pending: fieldSchema,
})))();
/** The params of this kind's rules (`remindersIgnoredParams` checks them). */
export interface RemindersIgnoredParams {
  /**
   * The number column counting reminders.
   * @example 'reminderCount'
   */
  reminders: Field;
  /**
   * 多次 = this many or more.
   * @example 2
   */
  atLeast: number;
  /**
   * The field the reminders are about, still empty on every row.
   * @example 'registeredAt'
   */
  pending: Field;
}
/** RemindersIgnoredParams as a profile writes them. */
export type RemindersIgnoredParamsInput = RemindersIgnoredParams;

const messages = {
  ignored: { zh: '「{rule}」：已督促 {times} 次，「{pending}」仍未填写。', en: '"{rule}": reminded {times} times and "{pending}" is still empty.' },
};

export const remindersIgnored = /* @__PURE__ */ defineKind<RemindersIgnoredParams>()({
  id: 'reminders-ignored',
  messages,
  needs: (p) => [p.reminders, p.pending],
  check(rule, ctx) {
    const p = rule.params;
    const applies = ctx.applicable(rule);
    const times = ctx.ledger.numbers[p.reminders];
    if (!times) return; // not a number column: nothing to count
    const pendingTime = ctx.ledger.times[p.pending];
    const pendingText = pendingTime ? undefined : ctx.ledger.textLength[p.pending];
    const pendingName = columnName(ctx, p.pending);
    const { records, start, count } = ctx.ledger.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let most = 0;
      let at = -1;
      let done = false;
      for (let j = start[c]; j < start[c + 1] && !done; j++) {
        const i = records[j];
        done = pendingTime ? pendingTime.precision[i] !== Precision.None : pendingText ? pendingText[i] >= 0 : false;
        if (times[i] > most) {
          most = times[i];
          at = i;
        }
      }
      if (done || most < p.atLeast) continue;
      ctx.emit(rule, { status: 'violation', customer: c, record: at, field: p.pending, messageId: 'ignored', data: { times: most, pending: pendingName } });
    }
  },
});
