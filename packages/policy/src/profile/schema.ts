/**
 * The profile schema: a profile is one sub-document of the seeds as JSON-serialisable data.
 * Built-in profiles and a company's custom profile go through the same schema.
 */
import { z } from 'zod';
import {
  countPerPeriodParams,
  eventChannelParams,
  eventWindowParams,
  gapCadenceParams,
  openQuestionParams,
  qualifyingContactParams,
  quietHoursParams,
  requiredFieldsParams,
  timePrecisionParams,
} from '../kinds/params';
import { citationSchema, conditionSchema, fieldSchema, fineSchema, localizedSchema, modalitySchema, severitySchema } from './common';

/** Catalog IDs: `<profile>-<article>-<mnemonic>`, e.g. `002-1-3-H-3d`. */
export const ruleIdSchema = z.string().regex(/^\d{3}-[0-9A-Za-z]+(-[0-9A-Za-z.+<>=%_]+)+$/, 'a catalog rule ID such as 002-1-3-H-3d').max(80);

const ruleBase = {
  id: ruleIdSchema,
  title: localizedSchema,
  /** Short name for status cells (`H类3天`). */
  short: localizedSchema,
  modality: modalitySchema,
  citation: citationSchema,
  /** How we read the clause, and why where we deviate from the catalog's recommendation. */
  reading: localizedSchema,
  when: conditionSchema.optional(),
  severity: severitySchema.optional(),
  fine: fineSchema.optional(),
  escalateTo: z.array(z.string().min(1).max(50)).max(10).optional(),
};

export const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...ruleBase, kind: z.literal('event-window'), params: eventWindowParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('event-channel'), params: eventChannelParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('gap-cadence'), params: gapCadenceParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('count-per-period'), params: countPerPeriodParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('time-precision'), params: timePrecisionParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('required-fields'), params: requiredFieldsParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('quiet-hours'), params: quietHoursParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('open-question'), params: openQuestionParams }),
  z.strictObject({ ...ruleBase, kind: z.literal('qualifying-contact'), params: qualifyingContactParams }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

const yearSchema = z.strictObject({
  year: z.number().int().min(1990).max(2200),
  holidays: z.array(z.strictObject({ date: z.string(), name: z.string().max(50) })).max(366),
  makeupWorkdays: z.array(z.strictObject({ date: z.string(), name: z.string().max(50).optional() })).max(366),
});

export const profileSchema = z.strictObject({
  /** `$schema` lets editors validate a custom profile against the published JSON Schema. */
  $schema: z.string().max(500).optional(),
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/),
  version: z.number().int().min(1).max(1000),
  title: localizedSchema,
  description: localizedSchema,
  source: z.strictObject({ file: z.string().max(200), section: z.string().max(300), lines: z.string().max(50).optional() }),
  /** Normal working weekdays (ISO 1-7) for working-day rules; holidays and 调休 come from the calendar. */
  workWeek: z.array(z.number().int().min(1).max(7)).max(7).default([1, 2, 3, 4, 5]),
  /** Years the built-in calendar lacks, in the same shape (a company adds next year's notice). */
  calendarYears: z.array(yearSchema).max(50).optional(),
  tiers: z.array(z.strictObject({ code: z.string().regex(/^[A-Z0-9]{1,4}$/), label: localizedSchema })).max(20),
  /** Clerks' own tier words -> tier code (`重点` -> `A`). */
  tierSynonyms: z
    .record(z.string().max(20), z.string().max(4))
    .refine((r) => Object.keys(r).length <= 200, 'at most 200 tier synonyms')
    .optional(),
  /** This document's own form headers per field, checked before the common ones. */
  headers: z.partialRecord(fieldSchema, z.array(z.string().min(1).max(50)).max(30)).optional(),
  /** Columns without which nothing of the profile can be checked (exit 2 when missing). */
  essentialColumns: z.array(fieldSchema).max(10),
  /** The rule whose clause an unreadable cell breaks (records must be filled in properly). */
  recordsRuleId: ruleIdSchema,
  /** Days before a due date at which an open item is reported as due soon. */
  dueSoonDays: z.number().int().min(0).max(60).default(1),
  rules: z.array(ruleSchema).min(1).max(500),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
