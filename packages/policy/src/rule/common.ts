/** Schema pieces shared by profiles, rules and rule kinds. */
import { z } from 'zod';
import { said, zhMessage } from '../errors/zod';
import { FIELD_NAMES, FIELDS, type Field } from '../ledger/fields';

/** `P` as written in a profile: the keys `K` its schema fills in by default may be left out. */
export type Defaulted<P, K extends keyof P> = Omit<P, K> & Partial<Pick<P, K>>;

/** True when each of `A` and `B` is assignable to the other. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * A schema declared as the interfaces it parses to and from (small declarations, read by people),
 * checked both ways at compile time: a schema that drifts from its interfaces does not compile
 * (the argument then fails against `never`).
 * @example export const retryParams = typedSchema<RetryParams, RetryParamsInput>()(z.strictObject({ … }));
 */
export const typedSchema =
  <Out, In = Out>() =>
  <S extends z.ZodType>(schema: Same<z.output<S>, Out> extends true ? (Same<z.input<S>, In> extends true ? S : never) : never): z.ZodType<Out, In> =>
    schema as unknown as z.ZodType<Out, In>;

/** A text in both languages of the product. */
export interface Localized {
  zh: string;
  en: string;
}
export const localizedSchema = /* @__PURE__ */ (() => typedSchema<Localized, Localized>()(z.strictObject({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) })))();

/** Where a rule comes from, in full: file, section, lines, and the words themselves. Every parsed rule and every finding carries one. */
export interface Citation {
  file: string;
  section: string;
  lines?: string;
  quote: string;
}

/**
 * A rule's citation as written: only what is the rule's own (its clause, lines and quote). The file
 * and the document's section are the profile's `source`, filled in at load ({@link fullCitation}),
 * so they are written once per profile. A rule citing another file, or a section other than its
 * profile's section plus a clause, writes `section` (and `file`) in full.
 * @example { clause: '第3条', lines: 'L5', quote: '以后根据客户分类,H类客户三天做一次回访' }
 */
export interface CitationInput {
  /** Another file than the profile's `source.file`; its section is then written too. */
  file?: string;
  /** The whole section, as cited (`第二篇《客户回访管理办法》1.4`); absent: the profile's section plus `clause`. */
  section?: string;
  /** The rule's clause inside the profile's section (`第3条`, `四、2`, `5.2`), appended to it. */
  clause?: string;
  lines?: string;
  quote: string;
}
export const citationSchema = /* @__PURE__ */ (() => typedSchema<CitationInput, CitationInput>()(z
  .strictObject({
    /** Another file than the profile's `source.file`; its section is then written too. */
    file: z.string().min(1).max(200).optional(),
    /** The whole section, as cited (`第二篇《客户回访管理办法》1.4`); absent: the profile's section plus `clause`. */
    section: z.string().min(1).max(300).optional(),
    /** The rule's clause inside the profile's section (`第3条`, `四、2`, `5.2`), appended to it. */
    clause: z.string().min(1).max(200).optional(),
    lines: z.string().max(50).optional(),
    quote: z.string().min(1).max(1000),
  })
  .refine((c) => c.file === undefined || c.section !== undefined, { path: ['section'], ...said('a citation of another file names its section in full', '引用其他文件时须写出完整的章节（section）') })
  .refine((c) => c.section === undefined || c.clause === undefined, { path: ['clause'], ...said('section is written in full: put the clause in it, or leave section out', '已写出完整章节（section）：请把条款写进 section，或去掉 section') })))();

/** A section that ends in a closing bracket (《…》, （…）) takes its clause directly; a plain title after a space. */
const ENDS_IN_BRACKET = /[》）)」』】\]]$/;

/**
 * The full citation of a rule: its own clause, lines and quote, with the file and section of the
 * profile's source where the rule names none (the clause appended to the section).
 * @example fullCitation({ clause: '第3条', quote: 'q' }, { file: 'a.txt', section: '第一篇《制度》' }) // { file: 'a.txt', section: '第一篇《制度》第3条', quote: 'q' }
 */
export function fullCitation(c: CitationInput, source: { file: string; section: string }): Citation {
  const section = c.section ?? (c.clause === undefined ? source.section : `${source.section}${ENDS_IN_BRACKET.test(source.section) ? '' : ' '}${c.clause}`);
  // Keys in this order: findings are written to JSON as they are.
  return { file: c.file ?? source.file, section, ...(c.lines !== undefined && { lines: c.lines }), quote: c.quote };
}

export const fieldSchema = /* @__PURE__ */ (() => z.enum(FIELD_NAMES as [Field, ...Field[]]))();

export const modalitySchema = /* @__PURE__ */ (() => z.enum(['M', 'D', 'S', 'U']))();
/** M mandatory, D default with exceptions, S soft, U unparameterised (catalog §0.3). */
export type Modality = z.infer<typeof modalitySchema>;

export const channelSchema = /* @__PURE__ */ (() => z.enum(['phone', 'visit', 'sms', 'wechat', 'email', 'qq', 'letter', 'fax', 'meeting']))();

/**
 * What a finding says. `open`: a period or window in progress whose quota is not met yet and whose
 * due date is beyond the lead time (本月已回访 1 次，还需 1 次); not a breach, listed by the work
 * queue, counted (not listed) by the check report.
 */
export const STATUSES = ['violation', 'overdue', 'late', 'due-soon', 'indeterminate', 'invalid', 'not-configured', 'open'] as const;
export type Status = (typeof STATUSES)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severitySchema = /* @__PURE__ */ (() => z.enum(SEVERITIES))();

/**
 * A refinement refusing a range whose end comes before its start (`from: 1440, to: 1` is no
 * window: every contact would be late), reported at the end's path: `rules.3.params.to: to (1) is
 * less than from (1440) ...`. Either bound absent: nothing to compare. `why` says what an inverted
 * range would mean, in both languages.
 * @example z.strictObject({ from: z.number(), to: z.number() }).superRefine(ordered('from', 'to', { en: 'the window is inverted', zh: '窗口颠倒' }))
 */
export function ordered<K extends string>(start: K, end: K, why: { en: string; zh: string } = { en: 'the range is inverted', zh: '范围颠倒' }) {
  return (value: { [k in K]?: number | null }, ctx: z.RefinementCtx): void => {
    const a = value[start];
    const b = value[end];
    if (typeof a === 'number' && typeof b === 'number' && b < a) {
      // The code and values let the message be rendered per locale (profile/errors.ts).
      ctx.addIssue({ code: 'custom', path: [end], input: b, message: `${end} (${b}) is less than ${start} (${a}): ${why.en}`, params: { code: 'inverted-range', start, end, startValue: a, endValue: b, why: why.en, whyZh: why.zh } });
    }
  };
}

/**
 * For a params refinement: refuse a setting that needs a time of day (a unit of minutes or hours,
 * a cut-off chosen by the clock, a rollover hour) on a column that holds dates only (签约日期
 * `signedAt`, type `date`). Accepted, it would leave every row undecidable (只有日期没有时分);
 * refused at load, at the column's path, saying what to use instead.
 * @example needsTimeOfDay(ctx, ['anchor'], 'signedAt', 'unit: minutes', { en: 'use unit: days', zh: '请改用 unit: days' })
 */
export function needsTimeOfDay(ctx: z.RefinementCtx, path: (string | number)[], field: Field | undefined, setting: string, instead: { en: string; zh: string }): void {
  if (field === undefined || FIELDS[field]?.type !== 'date') return;
  const { zh, en } = FIELDS[field];
  ctx.addIssue({
    code: 'custom',
    path,
    input: field,
    message: `${field} (${en}) is a date column, with no time of day: ${setting} needs hours and minutes; ${instead.en}`,
    params: { code: 'date-only-column', field, type: 'date', column: zh, columnEn: en, setting, instead: instead.en, insteadZh: instead.zh },
  });
}

/** A fine per breach instance: a fixed amount, a range, or blank in the document (null). */
export interface Fine {
  amount?: number | null;
  min?: number;
  max?: number;
  currency: 'CNY';
  payer?: string;
  /** The column naming who pays, when not the performer (理财经理 for a manager's fine); blank falls back to `payer`. */
  payerField?: Field;
  /** Number columns holding the amount itself, the first filled on the finding's row; without one the amount above applies. */
  amountFields?: Field[];
}
/** A fine as written (currency may be left out). */
export type FineInput = Defaulted<Fine, 'currency'>;
/** A fine per breach instance: a fixed amount, a range, or blank in the document (null). */
export const fineSchema = /* @__PURE__ */ (() => typedSchema<Fine, FineInput>()(z.strictObject({
  amount: z.number().nonnegative().max(1e9).nullable().optional(),
  min: z.number().nonnegative().max(1e9).optional(),
  max: z.number().nonnegative().max(1e9).optional(),
  currency: z.literal('CNY').default('CNY'),
  payer: z.string().max(100).optional(),
  /** The column naming who pays, when not the performer (理财经理 for a manager's fine); blank falls back to `payer`. */
  payerField: fieldSchema.optional(),
  /**
   * Number columns holding the amount itself, the first filled on the finding's row (该货值直接…扣除:
   * 退货金额, else 货值); without one the amount above applies (null: not configured).
   */
  amountFields: z
    .array(fieldSchema.refine((f) => FIELDS[f].type === 'number', said('a number field (goodsValue, returnValue ...)', '应为数值列（如 goodsValue、returnValue）')))
    .min(1)
    .max(5)
    .optional(),
}).superRefine(ordered('min', 'max', { en: 'the fine range is inverted', zh: '罚款范围颠倒' }))))();

// json-rules-engine conditions, restricted to the operators and facts we allow (untrusted input).
/** Facts of every profile: the customer's tier and the ledger's shape. */
export const BUILT_IN_FACTS = ['tier', 'shape'] as const;
/** Number columns are facts too: the customer's latest filled value (null when none), e.g. unitsPurchased >= 5. */
export const NUMBER_FACTS: readonly Field[] = FIELD_NAMES.filter((f) => FIELDS[f].type === 'number');
const KNOWN_FACTS: ReadonlySet<string> = new Set([...BUILT_IN_FACTS, ...NUMBER_FACTS]);
/**
 * The name of a fact a profile declares itself (`definitions.facts`): a word not taken by a
 * built-in fact nor by an object's own machinery (`constructor`). Whether a condition's name is
 * declared is checked with the whole profile, at load time.
 * @example declaredFactName.parse('stage') // 'stage'
 */
export const declaredFactName = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,31}$/, zhMessage('a fact name: a lowercase letter, then letters and digits (stage)', '事实名称：小写字母开头，其后为字母和数字（如 stage）'))
  .refine((n) => !KNOWN_FACTS.has(n) && !(n in Object.prototype), said('a name taken by a built-in fact', '该名称已被内置事实占用')))();
export const CONDITION_OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'] as const;
const scalar = /* @__PURE__ */ (() => z.union([z.string().max(200), z.number(), z.boolean(), z.null()]))();
const leafSchema = /* @__PURE__ */ (() => typedSchema<FactCondition>()(z.strictObject({
  /** A built-in fact, a number column, or a fact the profile declares in `definitions.facts`. */
  fact: z.union([z.enum([...BUILT_IN_FACTS, ...NUMBER_FACTS] as [string, ...string[]]), declaredFactName]),
  operator: z.enum(CONDITION_OPERATORS),
  value: z.union([scalar, z.array(scalar).max(100)]),
})))();
/** A scalar a condition compares with. */
export type ConditionValue = string | number | boolean | null;
/** One comparison of a fact with a value. */
export interface FactCondition {
  /** A built-in fact, a number column, or a fact the profile declares in `definitions.facts`. */
  fact: string;
  operator: (typeof CONDITION_OPERATORS)[number];
  value: ConditionValue | ConditionValue[];
}
/** A condition: a comparison, or all / any / not of conditions (json-rules-engine's shape). */
export type Condition = FactCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const conditionSchema: z.ZodType<Condition, Condition> = /* @__PURE__ */ (() => z.lazy(() =>
  z.union([
    leafSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
  ]),
))();

/**
 * Every fact a condition names, each once, in the order they appear.
 * @example factsOf({ all: [{ fact: 'stage', operator: 'equal', value: 'intent' }, { fact: 'tier', operator: 'in', value: ['H'] }] }) // ['stage', 'tier']
 */
export function factsOf(w: Condition): string[] {
  return [...new Set(conditionLeaves(w).map(([leaf]) => leaf.fact))];
}

/**
 * Every comparison of a condition, in order, with its path inside the condition: the one walk over
 * `all` / `any` / `not` that whatever reads conditions builds on.
 * @example conditionLeaves({ not: { fact: 'tier', operator: 'equal', value: 'H' } }) // [[{ fact: 'tier', … }, ['not']]]
 */
export function conditionLeaves(w: Condition, path: (string | number)[] = []): [FactCondition, (string | number)[]][] {
  if ('all' in w) return w.all.flatMap((x, i) => conditionLeaves(x, [...path, 'all', i]));
  if ('any' in w) return w.any.flatMap((x, i) => conditionLeaves(x, [...path, 'any', i]));
  if ('not' in w) return conditionLeaves(w.not, [...path, 'not']);
  return [[w, path]];
}

/** True when a fact is one every profile has (a built-in fact or a number column), not one to declare. */
export const isKnownFact = (fact: string): boolean => KNOWN_FACTS.has(fact);

