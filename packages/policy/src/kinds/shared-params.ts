/**
 * Schema pieces several kinds' params share (a clock time, clock windows, a date field). Each
 * kind's own params schema lives in its module.
 */
import { z } from 'zod';
import { said, zhMessage } from '../errors/zod';
import { channelSchema, fieldSchema, ordered, severitySchema } from '../rule/common';
import { FIELDS } from '../ledger/fields';

export const clock = /* @__PURE__ */ (() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, zhMessage('HH:mm', '时刻，格式 HH:mm（如 09:30）')))();

/** Clock windows (quiet hours, call windows) may wrap midnight (21:00-08:00) but not be empty. */
export const clockWindowsSchema = /* @__PURE__ */ (() => z
  .array(z.strictObject({ from: clock, to: clock }))
  .min(1)
  .max(10)
  .superRefine((windows, ctx) => {
    windows.forEach((w, k) => {
      if (w.from === w.to) ctx.addIssue({ code: 'custom', path: [k, 'to'], input: w.to, ...said(`to is the same time as from (${w.from}): the window is empty; a whole day is 00:00-23:59`, `to 与 from（${w.from}）相同：时段为空；全天请写 00:00-23:59`) });
    });
  }))();

/**
 * A refinement refusing a range from a field to the same field (a deadline from inquiryAt to inquiryAt is always met).
 * @example z.strictObject({ from: fieldSchema, to: fieldSchema }).superRefine(distinctFields('from', 'to'))
 */
export function distinctFields<K extends string>(start: K, end: K) {
  return (value: { [k in K]: string }, ctx: z.RefinementCtx): void => {
    if (value[start] === value[end]) ctx.addIssue({ code: 'custom', path: [end], input: value[end], ...said(`${end} is the same field as ${start}: the range between them is always empty`, `${end} 与 ${start} 是同一列：两者之间的区间永远为空`) });
  };
}

/** What a clock-time unit on a date column should be instead (see `needsTimeOfDay`). */
export const DAYS_INSTEAD = { en: 'use unit: days (or a column with a time of day)', zh: '请改用 unit: days（或换一个带时分的列）' };

/** A date or date-time field (a deadline's or a retention's dates). */
export const timeFieldSchema = /* @__PURE__ */ (() => fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', said('a date or date-time field (contactAt, recordedAt ...)', '应为日期或日期时间列（如 contactAt、recordedAt）')))();

