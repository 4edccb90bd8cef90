/**
 * 首问负责制 on inquiry rows (rows with an inquiry time): whoever first receives an inquiry is
 * responsible for it until it is closed or registered and transferred. Three checks: the first
 * receiver is named; a matter closed by someone else carries a transfer record; the customer does
 * not have to call again about a matter still open.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { Precision } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import { defineKind, type RuleContext } from '../rule/kind';
import { isDated, recordTimeText } from './shared';
import { typedSchema } from '../rule/common';

/**
 * 首问负责制 on inquiry rows (rows with an inquiry time). recorded: each inquiry fills `field`
 * (the first receiver, what was asked, the work-contact form). transfer: an inquiry closed by
 * someone other than the first receiver carries a transfer record (to whom, when). repeat: the
 * customer calls again about the same matter before it is closed.
 * @example { check: 'recorded', field: 'firstReceiver' }
 * @example { check: 'transfer' }
 */
export const firstResponderParams = /* @__PURE__ */ (() => typedSchema<FirstResponderParams, FirstResponderParamsInput>()(z.strictObject({
  check: z.enum(['recorded', 'transfer', 'repeat']),
  /** recorded: the field each inquiry row must fill (default the first receiver). @example 'inquiryContent' */
  field: fieldSchema.optional(),
})))();
/** The params of this kind's rules (`firstResponderParams` checks them). */
export interface FirstResponderParams {
  check: 'recorded' | 'transfer' | 'repeat';
  /**
   * recorded: the field each inquiry row must fill (default the first receiver).
   * @example 'inquiryContent'
   */
  field?: Field;
}
/** FirstResponderParams as a profile writes them. */
export type FirstResponderParamsInput = FirstResponderParams;

const messages = {
  missing: { zh: '「{rule}」：{at} 的来询没有填写「{column}」。', en: '"{rule}": the inquiry of {at} has no "{column}".' },
  untransferred: { zh: '「{rule}」：{at} 的来询由首问人「{first}」受理、「{handler}」办结，但没有移交登记（移交对象、移交时间）。', en: '"{rule}": the inquiry of {at} was received by "{first}" and closed by "{handler}" with no transfer record (to whom, when).' },
  'transfer-incomplete': { zh: '「{rule}」：{at} 的来询已移交，但「{column}」未填写。', en: '"{rule}": the inquiry of {at} was transferred but "{column}" is empty.' },
  repeat: { zh: '「{rule}」：客户就事项「{issue}」在 {first} 来询后，事项未办结又于 {at} 再次来询。', en: '"{rule}": the customer called again on {at} about matter "{issue}" (first raised on {first}) while it was still open.' },
};

function needs(p: FirstResponderParams): Field[] {
  if (p.check === 'recorded') return ['inquiryAt', p.field ?? 'firstReceiver'];
  if (p.check === 'transfer') return ['inquiryAt', 'firstReceiver', 'handler', 'transferTo', 'transferAt'];
  return ['inquiryAt', 'issueId'];
}

/** Per record, -1 when the field is blank, else 0 or more. */
function fillOf(ctx: RuleContext, field: Field): Int32Array {
  const len = ctx.ledger.textLength[field];
  if (len) return len;
  const out = new Int32Array(ctx.ledger.size);
  const t = ctx.ledger.times[field];
  const num = ctx.ledger.numbers[field];
  for (let i = 0; i < out.length; i++) out[i] = t ? (t.precision[i] === Precision.None ? -1 : 0) : num && Number.isNaN(num[i]) ? -1 : 0;
  return out;
}

/** The inquiry time as a person reads it: 2025-03-06 14:00, or the date alone. */
const when = (ctx: RuleContext, record: number): string => recordTimeText(ctx, 'inquiryAt', record);

export const firstResponder = /* @__PURE__ */ defineKind<FirstResponderParams>()({
  id: 'first-responder',
  messages,
  needs,
  check(rule, ctx) {
    const p = rule.params;
    const only = ctx.records(rule);
    if (!only) return;
    const applies = ctx.applicable(rule);
    const inquiry = ctx.ledger.times.inquiryAt!;
    const { records, start, count } = ctx.ledger.customers;
    const text = ctx.ledger.text;
    // recorded: the field's fill state per record (text length, -1 blank; a date or number column as 0/-1).
    const recorded = p.field ?? 'firstReceiver';
    const filled = p.check === 'recorded' ? fillOf(ctx, recorded) : new Int32Array(0);
    const emitMissing = (c: number, i: number, field: Field, messageId: 'missing' | 'untransferred' | 'transfer-incomplete') =>
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field, messageId, data: { at: when(ctx, i) } });
    // repeat: per customer, matter number -> its first inquiry record and its earliest closing
    // minute on any row (reused maps). Rows need not be in time order.
    const firstOf = new Map<string, number>();
    const closedOf = new Map<string, number>();
    const closed = ctx.ledger.times.closedAt;
    const issueOf = (i: number) => (p.check === 'repeat' && only[i] === 1 && isDated(inquiry.precision[i]) ? text.issueId![i]?.trim() || null : null);
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      if (p.check === 'repeat') {
        firstOf.clear();
        closedOf.clear();
        for (let j = start[c]; j < start[c + 1]; j++) {
          const i = records[j];
          const issue = issueOf(i);
          if (issue === null) continue;
          const f = firstOf.get(issue);
          if (f === undefined || inquiry.minute[i] < inquiry.minute[f]) firstOf.set(issue, i);
          if (closed && isDated(closed.precision[i]) && !(closed.minute[i] >= (closedOf.get(issue) ?? Infinity))) closedOf.set(issue, closed.minute[i]);
        }
      }
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (only[i] !== 1 || !isDated(inquiry.precision[i])) continue;
        if (p.check === 'recorded') {
          if (filled[i] < 0) emitMissing(c, i, recorded, 'missing');
        } else if (p.check === 'transfer') {
          const first = text.firstReceiver![i]?.trim();
          const handler = text.handler![i]?.trim();
          if (!first || !handler || first === handler) continue;
          const to = text.transferTo![i] !== null;
          const at = ctx.ledger.times.transferAt!.precision[i] !== Precision.None;
          if (!to && !at) {
            ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'transferTo', messageId: 'untransferred', data: { at: when(ctx, i), first, handler } });
          } else if (!to) emitMissing(c, i, 'transferTo', 'transfer-incomplete');
          else if (!at) emitMissing(c, i, 'transferAt', 'transfer-incomplete');
        } else {
          const issue = issueOf(i);
          if (issue === null) continue;
          const first = firstOf.get(issue)!;
          // A later call while the matter was still open (no closing time, or one after this call).
          if (first !== i && inquiry.minute[i] > inquiry.minute[first] && inquiry.minute[i] < (closedOf.get(issue) ?? Infinity)) {
            ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'inquiryAt', messageId: 'repeat', data: { issue, first: when(ctx, first), at: when(ctx, i) } });
          }
        }
      }
    }
  },
});
