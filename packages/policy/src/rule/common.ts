/** Schema pieces shared by profiles, rules and rule kinds. */
import { z } from 'zod';
import { FIELD_NAMES, FIELDS, type Field } from '../ledger/fields';

/** A text in both languages of the product. */
export const localizedSchema = z.strictObject({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
export type Localized = z.infer<typeof localizedSchema>;

/** Where a rule or number comes from: file name, section, lines, and the words themselves. */
export const citationSchema = z.strictObject({
  file: z.string().min(1).max(200),
  section: z.string().min(1).max(300),
  lines: z.string().max(50).optional(),
  quote: z.string().min(1).max(1000),
});
export type Citation = z.infer<typeof citationSchema>;

export const fieldSchema = z.enum(FIELD_NAMES as [Field, ...Field[]]);

export const modalitySchema = z.enum(['M', 'D', 'S', 'U']);
/** M mandatory, D default with exceptions, S soft, U unparameterised (catalog §0.3). */
export type Modality = z.infer<typeof modalitySchema>;

export const channelSchema = z.enum(['phone', 'visit', 'sms', 'wechat', 'email', 'qq', 'letter', 'fax', 'meeting']);

export const STATUSES = ['violation', 'overdue', 'late', 'due-soon', 'indeterminate', 'invalid', 'not-configured'] as const;
export type Status = (typeof STATUSES)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severitySchema = z.enum(SEVERITIES);

/**
 * A refinement refusing a range whose end comes before its start (`from: 1440, to: 1` is no
 * window: every contact would be late), reported at the end's path: `rules.3.params.to: to (1) is
 * less than from (1440) ...`. Either bound absent: nothing to compare.
 * @example z.strictObject({ from: z.number(), to: z.number() }).superRefine(ordered('from', 'to'))
 */
export function ordered<K extends string>(start: K, end: K, why = 'the range is inverted') {
  return (value: { [k in K]?: number | null }, ctx: z.RefinementCtx): void => {
    const a = value[start];
    const b = value[end];
    if (typeof a === 'number' && typeof b === 'number' && b < a) {
      // The code and values let the message be rendered per locale (profile/errors.ts); `why` is English only.
      ctx.addIssue({ code: 'custom', path: [end], input: b, message: `${end} (${b}) is less than ${start} (${a}): ${why}`, params: { code: 'inverted-range', start, end, startValue: a, endValue: b, why } });
    }
  };
}

/** A fine per breach instance: a fixed amount, a range, or blank in the document (null). */
export const fineSchema = z.strictObject({
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
    .array(fieldSchema.refine((f) => FIELDS[f].type === 'number', 'a number field (goodsValue, returnValue ...)'))
    .min(1)
    .max(5)
    .optional(),
}).superRefine(ordered('min', 'max', 'the fine range is inverted'));
export type Fine = z.infer<typeof fineSchema>;

// json-rules-engine conditions, restricted to the operators and facts we allow (untrusted input).
export const CONDITION_FACTS = ['tier', 'stage', 'shape'] as const;
/** Number columns are facts too: the customer's latest filled value (null when none), e.g. unitsPurchased >= 5. */
export const NUMBER_FACTS: readonly Field[] = FIELD_NAMES.filter((f) => FIELDS[f].type === 'number');
export const CONDITION_OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'] as const;
const scalar = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);
const leafSchema = z.strictObject({
  fact: z.enum([...CONDITION_FACTS, ...NUMBER_FACTS] as [string, ...string[]]),
  operator: z.enum(CONDITION_OPERATORS),
  value: z.union([scalar, z.array(scalar).max(100)]),
});
export type Condition = z.infer<typeof leafSchema> | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
