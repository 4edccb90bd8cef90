/**
 * The profile schema: a profile is one sub-document of the seeds as JSON-serialisable data.
 * Built-in profiles and a company's custom profile go through the same schema.
 */
import { z } from 'zod';
import { KIND_LIST, type RuleKind as KindId } from '../kinds';
import { KIND_PARAMS, type ParamsByKind, type ParamsInputByKind } from './kind-params';
// The calendar's own year schema, not a looser copy: a date like 2031-13-45 fails at load, under
// its path in the profile, not later inside evaluate.
import { calendarYearSchema, type CalendarHoliday, type CalendarMakeupWorkday } from '../calendar/schema';
import { said } from '../errors/zod';
import { FIELDS, type Field } from '../ledger/fields';
import { conditionSchema, fieldSchema, localizedSchema, typedSchema, type Condition, type Localized } from '../rule/common';
import { paramAt, ruleBaseShape, ruleIdSchema, type RuleFields, type RuleFieldsInput } from '../rule/rule';
import { definitionsSchema, undeclaredFacts, type Definitions, type DefinitionsInput, type PlacedCondition } from './definitions';

/** A loaded rule of one kind: the common fields, its `kind` and that kind's params. */
export interface RuleOfKind<K extends RuleKind> extends RuleFields {
  kind: K;
  params: ParamsByKind[K];
}
/** A rule of one kind as written (defaults not yet filled in). */
export interface RuleInputOfKind<K extends RuleKind> extends RuleFieldsInput {
  kind: K;
  params: ParamsInputByKind[K];
}
/** A rule of a profile, told apart by `kind`; its citation filled in at load. */
export type Rule = { [K in RuleKind]: RuleOfKind<K> }[RuleKind];
/** A rule as written (defaults not yet filled in), told apart by `kind`. */
export type RuleInput = { [K in RuleKind]: RuleInputOfKind<K> }[RuleKind];
/** A kind's name as profiles write it (`gap-cadence`). */
export type RuleKind = KindId;

/** One branch per kind of the registry, told apart by `kind`. */
export const ruleSchema = /* @__PURE__ */ (() => z.discriminatedUnion(
  'kind',
  KIND_LIST.map((k) => z.strictObject({ ...ruleBaseShape, kind: z.literal(k.id), params: KIND_PARAMS[k.id] })) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Rule, RuleInput>)();


/** A profile's tier: its code (`A`) and name. */
export interface Tier {
  code: string;
  label: Localized;
}

/**
 * A loaded profile: one sub-document of a regulation as checkable rules (see profileSchema for
 * each field's documentation and limits). `parseProfile` makes one from JSON; each built-in
 * profile is one.
 */
export interface Profile {
  /** Lets editors validate a custom profile against the published JSON Schema. */
  $schema?: string;
  id: string;
  version: number;
  title: Localized;
  description: Localized;
  source: { file: string; section: string; lines?: string };
  /** Normal working weekdays (ISO 1-7) for working-day rules. */
  workWeek: number[];
  /** Years the built-in calendar lacks. */
  calendarYears?: { year: number; holidays: CalendarHoliday[]; makeupWorkdays: CalendarMakeupWorkday[] }[];
  tiers: Tier[];
  /** Clerks' own tier words -> tier code (`重点` -> `A`). */
  tierSynonyms?: Record<string, string>;
  /** Tiers derived from a number of the ledger where no tier is recorded: the first band whose `min` the value reaches. */
  tierBasis?: { field: Field; bands: { tier: string; min: number }[] };
  /** Which customers the tiers are about, when not all. */
  tiersFor?: Condition;
  /** The callback types the regulation itself names (set: 回访类型 is a controlled column). */
  callbackTypes?: string[];
  /** This document's own form headers per field, checked before the common ones. */
  headers?: Partial<Record<Field, string[]>>;
  /** How a column the ledger lacks is named in messages: by its usual name or by this document's header. */
  columnNames: 'common' | 'profile';
  /** Columns without which nothing of the profile can be checked. */
  essentialColumns: Field[];
  /** The rule whose clause an unreadable cell breaks. */
  recordsRuleId: string;
  /** The rule a tier cell outside the profile's tiers breaks. */
  tierRuleId?: string;
  /** Who hears of an open overdue item after how many days overdue (off unless set). */
  escalation?: { ladder: { afterDays: number; role: string }[]; rules?: string[] };
  /** Days before a due date at which an open item is reported as due soon. */
  dueSoonDays: number;
  /** The regulation's own definitions the rules build on (contact, facts). */
  definitions?: Definitions;
  rules: Rule[];
}

/** A profile as written (JSON; defaults not yet filled in): what `parseProfile` accepts. */
export interface ProfileInput extends Omit<Profile, 'workWeek' | 'columnNames' | 'dueSoonDays' | 'definitions' | 'rules'> {
  workWeek?: number[];
  columnNames?: 'common' | 'profile';
  dueSoonDays?: number;
  definitions?: DefinitionsInput;
  rules: RuleInput[];
}

export const profileSchema = /* @__PURE__ */ (() => typedSchema<Profile, ProfileInput>()(z.strictObject({
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
  calendarYears: z.array(calendarYearSchema).max(50).optional(),
  tiers: z.array(z.strictObject({ code: z.string().regex(/^[A-Z0-9]{1,4}$/), label: localizedSchema })).max(20),
  /** Clerks' own tier words -> tier code (`重点` -> `A`). */
  tierSynonyms: z
    .record(z.string().max(20), z.string().max(4))
    .refine((r) => Object.keys(r).length <= 200, said('at most 200 tier synonyms', '等级同义词最多 200 个'))
    .optional(),
  /**
   * Tiers derived from a number of the ledger where no tier is recorded: the first band whose `min`
   * the value reaches (bands from the highest down). 年销量 100 台以上 A, 50-100 B, 10-50 C, else D.
   * @example { field: 'annualVolume', bands: [{ tier: 'A', min: 100 }, { tier: 'B', min: 50 }, { tier: 'C', min: 10 }, { tier: 'D', min: 0 }] }
   */
  tierBasis: z
    .strictObject({
      field: fieldSchema.refine((f) => FIELDS[f].type === 'number', said('a number field (annualVolume, unitsPurchased ...)', '应为数值列（如 annualVolume、unitsPurchased）')),
      bands: z
        .array(z.strictObject({ tier: z.string().regex(/^[A-Z0-9]{1,4}$/), min: z.number().min(-1e12).max(1e12) }))
        .min(1)
        .max(20)
        .refine((b) => b.every((x, i) => i === 0 || x.min < b[i - 1]!.min), said('bands from the highest min down', '各档须按 min 从高到低排列')),
    })
    .optional(),
  /**
   * Which customers the tiers are about, when not all: 002-2 grades dealers, while end users (with a
   * 购买数量) are sorted by purchase size and their form's own 客户等级 is not a dealer grade. Other
   * customers' tier cells are not read as tiers, and rules that read tiers leave them alone.
   * @example { not: { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 0 } }
   */
  tiersFor: conditionSchema.optional(),
  /**
   * The callback types the regulation itself names (000-3 第七条: 新签约回访, 持续回访 ...). When
   * set, 回访类型 is a controlled column: a cell that contains none of them (nor a type's own word,
   * 新签约 for 新签约回访) is an invalid cell, with the nearest type when one is close, and rules
   * asking for a type say they cannot tell for that row. Unset: 回访类型 is free text.
   * @example ['新签约回访', '持续回访', '投诉回访', '解约回访', '专项回访']
   */
  callbackTypes: z.array(z.string().min(2).max(20)).max(50).optional(),
  /** This document's own form headers per field, checked before the common ones. */
  headers: z.partialRecord(fieldSchema, z.array(z.string().min(1).max(50)).max(30)).optional(),
  /**
   * How a column the ledger lacks is named in messages: 'common' by the field's usual name
   * (客户确认日期); 'profile' by this document's first header for it (a traditional-script form
   * names 客戶確認日期, so a clerk finds the words of the form).
   */
  columnNames: z.enum(['common', 'profile']).default('common'),
  /** Columns without which nothing of the profile can be checked (exit 2 when missing). */
  essentialColumns: z.array(fieldSchema).max(10),
  /** The rule whose clause an unreadable cell breaks (records must be filled in properly). */
  recordsRuleId: ruleIdSchema,
  /**
   * The rule a tier cell outside the profile's tiers breaks (公司客户分为四个类别: a fifth is a
   * breach of that clause, reported as a violation under it); absent: an invalid cell under
   * recordsRuleId.
   */
  tierRuleId: ruleIdSchema.optional(),
  /**
   * Who hears of an open overdue item after how many days overdue (off unless set). An overdue
   * finding of a listed rule (all rules when `rules` is absent) is escalated to the highest rung it
   * has reached, besides any role its rule names.
   */
  escalation: z
    .strictObject({
      ladder: z
        .array(z.strictObject({ afterDays: z.number().int().min(0).max(3660), role: z.string().min(1).max(50) }))
        .min(1)
        .max(10)
        .refine((l) => l.every((r, i) => i === 0 || r.afterDays > l[i - 1]!.afterDays), said('rungs in increasing afterDays', '各级须按 afterDays 从小到大排列')),
      rules: z.array(ruleIdSchema).max(500).optional(),
    })
    .optional(),
  /** Days before a due date at which an open item is reported as due soon. */
  dueSoonDays: z.number().int().min(0).max(60).default(1),
  /**
   * The regulation's own definitions the rules build on: what counts as a qualifying contact
   * (absent: reached, with content and topic, no one-way text), and facts that conditions may name
   * (`stage`), derived from the ledger in one of the shapes the engine knows.
   * @example { contact: { id: '002-1-6-SUCCESS', title: { zh: '成功回访的标准', en: 'What counts as a successful callback' }, citation: { file: '002_5b4178db3268d4b2.txt', section: '第6条', quote: '没有回访内容或暂时无法联系的用户不视为一次成功回访' }, reading: { zh: '…', en: '…' }, excludedTypes: ['信息回访'] }, facts: { stage: { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] } } }
   */
  definitions: definitionsSchema.optional(),
  rules: z.array(ruleSchema).min(1).max(500),
}).superRefine((profile, ctx) => {
  // A condition may name only facts every profile has or this one declares.
  const conditions: PlacedCondition[] = profile.rules.flatMap((r, k) => (r.when ? [{ path: ['rules', k, 'when'], when: r.when }] : []));
  if (profile.tiersFor) conditions.push({ path: ['tiersFor'], when: profile.tiersFor });
  const contactId = profile.definitions?.contact?.id;
  if (contactId !== undefined && profile.rules.some((r) => r.id === contactId)) {
    ctx.addIssue({ code: 'custom', path: ['definitions', 'contact', 'id'], input: contactId, ...said(`${contactId} is already the ID of a rule`, `${contactId} 已是一条规则的编号`) });
  }
  // A value marked ours must be one the rule's params have (a typo would mark nothing).
  profile.rules.forEach((r, k) => {
    for (const at of Object.keys(r.ours ?? {})) {
      const value = paramAt(r.params, at);
      if (value === undefined || value === null) ctx.addIssue({ code: 'custom', path: ['rules', k, 'ours', at], input: at, ...said(`the rule's params have nothing at ${at}`, `该规则的参数中没有 ${at}`) });
    }
  });
  for (const { path, fact } of undeclaredFacts(conditions, profile.definitions)) {
    ctx.addIssue({ code: 'custom', path, input: fact, ...said(`the fact ${fact} is neither built in (tier, shape, a number column) nor declared in definitions.facts`, `事实 ${fact} 既不是内置事实（tier、shape、数值列），也未在 definitions.facts 中声明`) });
  }
})))();
