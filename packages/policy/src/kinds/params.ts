/**
 * Parameter schemas of the rule kinds. Every number a profile sets is checked here, so a custom
 * profile with a wrong type or an unknown key is rejected as a whole.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, ordered, severitySchema } from '../rule/common';
import { FIELDS } from '../ledger/fields';

export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** Clock windows (quiet hours, call windows) may wrap midnight (21:00-08:00) but not be empty. */
export const clockWindowsSchema = z
  .array(z.strictObject({ from: clock, to: clock }))
  .min(1)
  .max(10)
  .superRefine((windows, ctx) => {
    windows.forEach((w, k) => {
      if (w.from === w.to) ctx.addIssue({ code: 'custom', path: [k, 'to'], input: w.to, message: `to is the same time as from (${w.from}): the window is empty; a whole day is 00:00-23:59` });
    });
  });

/**
 * A refinement refusing a range from a field to the same field (a deadline from inquiryAt to inquiryAt is always met).
 * @example z.strictObject({ from: fieldSchema, to: fieldSchema }).superRefine(distinctFields('from', 'to'))
 */
export function distinctFields<K extends string>(start: K, end: K) {
  return (value: { [k in K]: string }, ctx: z.RefinementCtx): void => {
    if (value[start] === value[end]) ctx.addIssue({ code: 'custom', path: [end], input: value[end], message: `${end} is the same field as ${start}: the range between them is always empty` });
  };
}

/**
 * Which contacts count by the department of whoever made them (a 回访部门 column): a technical
 * department's visit does not keep a salesperson's cadence, and the other way round. Words match
 * when the cell contains them. `include` needs the column (indeterminate without it); `exclude`
 * drops matching contacts and keeps all when the column is absent.
 * @example { include: ['技术'] } // only the technical department's contacts
 * @example { exclude: ['技术'] } // everyone's but the technical department's
 */
export const departmentFilterSchema = z
  .strictObject({
    include: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
    exclude: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  })
  .refine((d) => !(d.include && d.exclude), 'either include or exclude, not both');
export type DepartmentFilter = z.infer<typeof departmentFilterSchema>;

/** "every N days": the gap between consecutive qualifying contacts of a tier is at most N days. */
export const gapCadenceParams = z.strictObject({
  tier: z.string().min(1).max(10),
  maxGapDays: z.number().int().min(1).max(3660),
  /** Where the clock starts for a customer never contacted (e.g. the reception date). */
  anchorFallback: fieldSchema.optional(),
  /** Only contacts by these departments count (a salesperson's cadence ignores the technical department's visits). */
  departments: departmentFilterSchema.optional(),
});
export type GapCadenceParams = z.infer<typeof gapCadenceParams>;

/** "at least k per week / month / two months", counted on distinct days per calendar period. */
export const countPerPeriodParams = z.strictObject({
  /** The tier the count applies to; absent: every customer the rule's `when` selects. */
  tier: z.string().min(1).max(10).optional(),
  /** ISO week, calendar month, two-month block, half-year (Jan-Jun, Jul-Dec) or calendar year. */
  period: z.enum(['week', 'month', 'bimonth', 'halfyear', 'year']),
  min: z.number().int().min(1).max(100),
  distinctDays: z.boolean().default(true),
  /** Without a tier: the obligation starts at the customer's earliest date in this field (签约日期); default the first record. */
  startField: fieldSchema.optional(),
  /** Without a tier: the obligation ends at the customer's earliest date in this field (解约日期); periods after it owe nothing. */
  endField: fieldSchema.optional(),
  /** When the ledger has a callback-type column, only these types count. @example ['持续'] */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Each group of words needs `min` on its own (a New-Year gift and a needs survey), instead of
   * `callbackTypes`; a contact counts for a group when its callback type or its content mentions
   * one of the group's words. @example [['新年礼物'], ['需求']]
   */
  eachOf: z.array(z.array(z.string().min(1).max(50)).min(1).max(20)).min(1).max(10).optional(),
  /** Only contacts in these calendar months count (每年12月). @example [12] */
  months: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
  /** Week: the first partial week is exempt when the customer entered the tier after this ISO weekday. */
  exemptFirstWeekAfterWeekday: z.number().int().min(1).max(7).optional(),
  /** Month and longer: in the first partial period with fewer days left than this, `proratedMin` is enough. */
  prorateBelowDays: z.number().int().min(1).max(366).optional(),
  proratedMin: z.number().int().min(0).max(100).optional(),
}).superRefine(ordered('proratedMin', 'min', 'a partial period would owe more than a full one'));
export type CountPerPeriodParams = z.infer<typeof countPerPeriodParams>;

/**
 * Per calendar period, at least `min` qualifying contacts by each group of channels (每月上门回访
 * 不得低于一次,电话、微信沟通不低于2次). The first, partial period of a customer is not counted.
 * @example { tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] }
 */
export const channelCountParams = z.strictObject({
  /** The tier it applies to; absent: every customer the rule's `when` selects. */
  tier: z.string().min(1).max(10).optional(),
  period: z.enum(['week', 'month']),
  groups: z
    .array(z.strictObject({ channels: z.array(channelSchema).min(1).max(10), min: z.number().int().min(1).max(100) }))
    .min(1)
    .max(5),
});
export type ChannelCountParams = z.infer<typeof channelCountParams>;

/** A date or date-time field (a deadline's or a retention's dates). */
export const timeFieldSchema = fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', 'a date or date-time field (contactAt, recordedAt ...)');

/**
 * A recurring cadence inside a phase between two dates of the customer: monthly from delivery
 * until the warranty ends (`grid`: one contact in each period counted from the phase start), or
 * every 3 months after it (`gap`: consecutive contacts at most `every` apart, the clock starting
 * at the phase start). Which customers it applies to is the rule's `when`.
 * @example { mode: 'grid', every: 1, unit: 'months', from: 'pickupAt', until: 'warrantyEndAt' }
 * @example { mode: 'gap', every: 3, unit: 'months', from: 'warrantyEndAt' }
 */
export const phaseCadenceParams = z.strictObject({
  mode: z.enum(['grid', 'gap']),
  /** The period length. @example 3 */
  every: z.number().int().min(1).max(3660),
  unit: z.enum(['days', 'months']),
  /**
   * Where the phase starts (its earliest date on the customer's rows). Absent: the phase starts at
   * the customer's first qualifying contact (gap mode only). @example 'pickupAt'
   */
  from: fieldSchema.optional(),
  /** Where the phase ends (its latest date on the customer's rows); absent: open-ended. @example 'warrantyEndAt' */
  until: fieldSchema.optional(),
  /** Only contacts by these departments count. @example { include: ['技术'] } */
  departments: departmentFilterSchema.optional(),
  /** Only contacts by these channels count (a blank channel is not proof of another). @example ['phone'] */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /**
   * When the ledger has a callback-type column, only contacts of these types count (a blank type
   * is not proof of another). @example ['持续']
   */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /**
   * Gap mode: completed contacts of these types (the type written out) also start the clock, without
   * meeting the cadence themselves: 持续回访 due 12 months after the 新签约 callback. A start contact
   * after the due date does not move it (the cadence was missed). @example ['新签约']
   */
  startTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** A ledger without the `until` column is open-ended rather than unable to run (解约日期 kept only when clients leave). */
  untilOptional: z.boolean().default(false),
});
export type PhaseCadenceParams = z.infer<typeof phaseCadenceParams>;

/** A period: every n days, weeks, months or years (months by calendar, clamped to the month's end). */
export const frequencySchema = z.strictObject({ every: z.number().int().min(1).max(3660), unit: z.enum(['day', 'week', 'month', 'year']) });
export type Frequency = z.infer<typeof frequencySchema>;
/** `min` contacts (on distinct days) in each calendar period: 每月一次 = { per: 'month', min: 1 } (catalog §16 A2). */
export const periodCountSchema = z.strictObject({ per: z.enum(['week', 'month', 'quarter', 'halfyear', 'year']), min: z.number().int().min(1).max(100) });
export type PeriodCount = z.infer<typeof periodCountSchema>;

/**
 * Contacts keep a frequency: the one declared in the customer's own row (联系频率 "每月一次"), else
 * `fallback` for the whole profile. `fallback: null` is a period the document leaves open (定期):
 * customers without a declared one are then reported not-configured. Absent: they are skipped.
 */
export const declaredCadenceParams = z.strictObject({
  /** The text column holding the declared frequency. @example 'contactFrequency' */
  field: fieldSchema.optional(),
  /** A gap ({ every: 10, unit: 'day' }) or a count per calendar period ({ per: 'month', min: 1 }); null: not configured. */
  fallback: z.union([frequencySchema, periodCountSchema]).nullable().optional(),
  /**
   * A declared 每周/每月/每季度/每半年/每年 (K次), one period without 隔, is K contacts in each
   * calendar week/month/quarter/half-year/year (catalog §16 A2: a period and a count), not a gap;
   * 每隔N天, N天一次, 每两周 stay gaps. Off: every declared frequency is a gap.
   */
  calendarPeriods: z.boolean().default(false),
  /** Where the clock starts for a customer never contacted. @example 'recordedAt' */
  startField: fieldSchema.optional(),
  /** Only customers without a declared frequency (another rule checks the declared ones). */
  fallbackOnly: z.boolean().default(false),
});
export type DeclaredCadenceParams = z.infer<typeof declaredCadenceParams>;

