/**
 * Parameter schemas of the rule kinds. Every number a profile sets is checked here, so a custom
 * profile with a wrong type or an unknown key is rejected as a whole.
 */
import { z } from 'zod';
import { channelSchema, fieldSchema, severitySchema } from '../profile/common';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** A contact must happen in a window relative to an anchor event (reception, pickup, 首保...). */
export const eventWindowParams = z.strictObject({
  anchor: fieldSchema,
  /** minutes: clock time; days: calendar dates; workdays: the working-day calendar. */
  unit: z.enum(['minutes', 'days', 'workdays']),
  /** Window start and end, inclusive, relative to the anchor (negative = before it). */
  from: z.number().int().min(-100000).max(100000),
  to: z.number().int().min(-100000).max(100000),
  /** Only contacts by these channels count. */
  channels: z.array(channelSchema).max(10).optional(),
  /** A documented attempt (not reached) satisfies the rule (rules about starting, 开展). */
  attemptsCount: z.boolean().default(false),
  /** How to treat a contact after the anchor but before the window opens. */
  early: z.enum(['ignore', 'warning']).default('ignore'),
  /** Severity of a contact that came after the window closed. */
  lateSeverity: severitySchema.optional(),
  /** When the ledger has a callback-type column, only these types count. */
  callbackTypes: z.array(z.string().max(50)).max(20).optional(),
});
export type EventWindowParams = z.infer<typeof eventWindowParams>;

/** Within an event window, contacts by a forbidden channel are violations when no allowed one exists. */
export const eventChannelParams = z.strictObject({
  anchor: fieldSchema,
  unit: z.enum(['minutes', 'days', 'workdays']),
  from: z.number().int().min(-100000).max(100000),
  to: z.number().int().min(-100000).max(100000),
  allowed: z.array(channelSchema).min(1).max(10),
});
export type EventChannelParams = z.infer<typeof eventChannelParams>;

/** "every N days": the gap between consecutive qualifying contacts of a tier is at most N days. */
export const gapCadenceParams = z.strictObject({
  tier: z.string().min(1).max(10),
  maxGapDays: z.number().int().min(1).max(3660),
  /** Where the clock starts for a customer never contacted (e.g. the reception date). */
  anchorFallback: fieldSchema.optional(),
});
export type GapCadenceParams = z.infer<typeof gapCadenceParams>;

/** "at least k per week / month / two months", counted on distinct days per calendar period. */
export const countPerPeriodParams = z.strictObject({
  tier: z.string().min(1).max(10),
  period: z.enum(['week', 'month', 'bimonth']),
  min: z.number().int().min(1).max(100),
  distinctDays: z.boolean().default(true),
  /** Week: the first partial week is exempt when the customer entered the tier after this ISO weekday. */
  exemptFirstWeekAfterWeekday: z.number().int().min(1).max(7).optional(),
  /** Month: in the first partial month with fewer days left than this, `proratedMin` is enough. */
  prorateBelowDays: z.number().int().min(1).max(31).optional(),
  proratedMin: z.number().int().min(0).max(100).optional(),
});
export type CountPerPeriodParams = z.infer<typeof countPerPeriodParams>;

/** A time field must carry hour and minute. */
export const timePrecisionParams = z.strictObject({ field: fieldSchema });
export type TimePrecisionParams = z.infer<typeof timePrecisionParams>;

/** Fields that must be filled, per customer (on any of its rows) or on every contact row. */
export const requiredFieldsParams = z.strictObject({
  scope: z.enum(['customer', 'contact']),
  fields: z
    .array(z.strictObject({ field: fieldSchema, minLength: z.number().int().min(1).max(10000).optional() }))
    .min(1)
    .max(30),
});
export type RequiredFieldsParams = z.infer<typeof requiredFieldsParams>;

/** Calls in quiet hours (rest time) are flagged. */
export const quietHoursParams = z.strictObject({
  windows: z.array(z.strictObject({ from: clock, to: clock })).min(1).max(10),
  channels: z.array(channelSchema).min(1).max(10),
});
export type QuietHoursParams = z.infer<typeof quietHoursParams>;

/** An open question recorded at a contact is answered by the next qualifying contact at the latest. */
export const openQuestionParams = z.strictObject({});
export type OpenQuestionParams = z.infer<typeof openQuestionParams>;

/** What counts as a successful (qualifying) contact for every cadence and deadline of a profile. */
export const qualifyingContactParams = z.strictObject({
  /** The customer must have been reached (two-way). */
  requireReached: z.boolean().default(true),
  /** A blank outcome cell on a call or visit is read as reached (clerks often leave 结果 empty). */
  blankOutcomeIsReached: z.boolean().default(true),
  /** The content must be recorded. */
  requireContent: z.boolean().default(true),
  /** When the ledger has a topic column, the topic must be recorded too. */
  requireTopic: z.boolean().default(true),
  /** Text channels (SMS, WeChat, e-mail, QQ) count only with an explicit reply (outcome reached). */
  textNeedsReply: z.boolean().default(true),
  /** Callback types that never count (one-way information callbacks). */
  excludedTypes: z.array(z.string().max(50)).max(50).default([]),
});
export type QualifyingContactParams = z.infer<typeof qualifyingContactParams>;
