/**
 * Schema pieces several kinds' params share (a clock time, clock windows, a date field). Each
 * kind's own params schema lives in its module.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, ordered, severitySchema } from '../rule/common';
import { FIELDS } from '../ledger/fields';

export const clock = /* @__PURE__ */ (() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm'))();

/** Clock windows (quiet hours, call windows) may wrap midnight (21:00-08:00) but not be empty. */
export const clockWindowsSchema = /* @__PURE__ */ (() => z
  .array(z.strictObject({ from: clock, to: clock }))
  .min(1)
  .max(10)
  .superRefine((windows, ctx) => {
    windows.forEach((w, k) => {
      if (w.from === w.to) ctx.addIssue({ code: 'custom', path: [k, 'to'], input: w.to, message: `to is the same time as from (${w.from}): the window is empty; a whole day is 00:00-23:59` });
    });
  }))();

/**
 * A refinement refusing a range from a field to the same field (a deadline from inquiryAt to inquiryAt is always met).
 * @example z.strictObject({ from: fieldSchema, to: fieldSchema }).superRefine(distinctFields('from', 'to'))
 */
export function distinctFields<K extends string>(start: K, end: K) {
  return (value: { [k in K]: string }, ctx: z.RefinementCtx): void => {
    if (value[start] === value[end]) ctx.addIssue({ code: 'custom', path: [end], input: value[end], message: `${end} is the same field as ${start}: the range between them is always empty` });
  };
}

/** A date or date-time field (a deadline's or a retention's dates). */
export const timeFieldSchema = /* @__PURE__ */ (() => fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', 'a date or date-time field (contactAt, recordedAt ...)'))();

