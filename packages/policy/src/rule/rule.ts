/**
 * What every rule has, whatever its kind: its ID (a catalog ID or the company's own), the words of the clause it enforces, how
 * we read it, to whom it applies, and what a breach costs.
 */
import { z } from 'zod';
import { zhMessage } from '../errors/zod';
import { recordFilterSchema, type RecordFilter, type RecordFilterInput } from './record-filter';
import { citationSchema, conditionSchema, fineSchema, localizedSchema, modalitySchema, severitySchema, type Citation, type CitationInput, type Condition, type Fine, type FineInput, type Localized, type Modality, type Same, type Severity, type Status } from './common';

/**
 * A rule's ID: a catalog ID (`<profile>-<article>-<mnemonic>`, `002-1-3-H-3d`) for the rules of the
 * seed regulations, or a company's own (`HX-VIP-5d`): any ID that is not in the catalog is the
 * company's, best under its own prefix. Safe in a file name, a URL and a cell: a letter or digit,
 * then letters, digits and `- . _ + < > = %`.
 */
export const ruleIdSchema = /* @__PURE__ */ (() => z
  .string()
  .max(80)
  .regex(
    /^[0-9A-Za-z][0-9A-Za-z.+<>=%_-]*$/,
    zhMessage(
      'a rule ID: a letter or digit, then letters, digits and - . _ + < > = % (a catalog ID such as 002-1-3-H-3d, or your own such as HX-VIP-5d)',
      '规则编号：以字母或数字开头，其后只用字母、数字和 - . _ + < > = %（如目录编号 002-1-3-H-3d，或自有编号 HX-VIP-5d）',
    ),
  ))();

/** The fields of a rule besides its `kind` and `params` (each kind adds those two). */
export const ruleBaseShape = /* @__PURE__ */ (() => ({
  id: ruleIdSchema,
  title: localizedSchema,
  /** Short name for status cells (`H类3天`). */
  short: localizedSchema,
  modality: modalitySchema,
  citation: citationSchema,
  /** How we read the clause, and why where we deviate from the catalog's recommendation. */
  reading: localizedSchema,
  when: conditionSchema.optional(),
  /**
   * Which records the rule looks at (absent: all), applied by the engine before the rule's kind
   * runs; see rule/record-filter.ts for what a blank cell and a missing column mean.
   * @example { callbackTypes: ['合同变更'] }
   */
  records: recordFilterSchema.optional(),
  severity: severitySchema.optional(),
  /**
   * Numbers (or hours, periods) of `params` that are ledgerlint's, not the document's (详实 is no
   * number of characters): the param's path (dots, list positions as numbers) → what the document
   * leaves open. A finding
   * resting on such a number is a warning and says the number is ours; the rule's page lists them.
   * @example { 'fields.0.minLength': { zh: '制度未规定字数', en: 'the regulation sets no length' } }
   */
  ours: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z][A-Za-z0-9]*|\d+))*$/, zhMessage('a path into params such as fields.0.minLength', '参数中的路径，如 fields.0.minLength')).max(100), localizedSchema).optional(),
  fine: fineSchema.optional(),
  escalateTo: z.array(z.string().min(1).max(50)).max(10).optional(),
}))();

/** The fields of a rule besides its `kind` and `params`, as a profile writes them (see ruleBaseShape for each). */
export interface RuleFieldsInput {
  /** A catalog ID (`002-1-3-H-3d`) or the company's own (`HX-VIP-5d`). */
  id: string;
  title: Localized;
  /** Short name for status cells (`H类3天`). */
  short: Localized;
  modality: Modality;
  /** The rule's own clause, lines and quote; file and section default to the profile's source. */
  citation: CitationInput;
  /** How we read the clause, and why where we deviate from the catalog's recommendation. */
  reading: Localized;
  /** When the rule applies (absent: always). */
  when?: Condition;
  /** Which records the rule looks at (absent: all). */
  records?: RecordFilterInput;
  severity?: Severity;
  /** Numbers of `params` that are ledgerlint's, not the document's: param path → what the document leaves open. */
  ours?: Record<string, Localized>;
  fine?: FineInput;
  escalateTo?: string[];
}
/** The fields of a loaded rule besides its `kind` and `params`: defaults filled in, the citation whole. */
export interface RuleFields extends Omit<RuleFieldsInput, 'citation' | 'records' | 'fine'> {
  /** Where the rule comes from: the profile's file and section with the rule's clause. */
  citation: Citation;
  records?: RecordFilter;
  fine?: Fine;
}
// Compile-time: the shape parses to RuleFields (but the citation, made whole at load) and accepts RuleFieldsInput.
type Assert<T extends true> = T;
export type RuleShapeChecked = Assert<
  [Same<z.output<z.ZodObject<typeof ruleBaseShape>>, Omit<RuleFields, 'citation'> & { citation: CitationInput }>, Same<z.input<z.ZodObject<typeof ruleBaseShape>>, RuleFieldsInput>] extends [true, true] ? true : false
>;

/** A rule of any kind, as the engine and shared helpers see it (loaded: its citation is whole). */
export interface RuleBase extends RuleFields {
  kind: string;
  params: unknown;
}

/**
 * The rule's own word on a number of its params that is ours, not the document's (see `ours`), or
 * undefined when the document states it (or the rule says nothing).
 * @example oursAt({ ours: { 'fields.0.minLength': { zh: '制度未规定字数', en: '…' } } }, 'fields.0.minLength') // { zh: '制度未规定字数', … }
 */
export function oursAt(rule: Pick<RuleBase, 'ours'>, path: string): { zh: string; en: string } | undefined {
  return rule.ours?.[path];
}

/**
 * The value at a dotted path into a rule's params (list positions as numbers), undefined when none.
 * @example paramAt({ fields: [{ field: 'content', minLength: 10 }] }, 'fields.0.minLength') // 10
 */
export function paramAt(params: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), params);
}

const BREACH: ReadonlySet<Status> = new Set(['violation', 'overdue', 'late']);

/** True for the statuses that break a rule (and may cost a fine): violation, overdue, late. */
export const isBreach = (status: Status): boolean => BREACH.has(status);

/**
 * How serious a breach of the rule is: its own `severity`, else by modality (S soft: warning,
 * U unparameterised: info, M and D: error).
 * @example breachSeverity({ modality: 'S' }) // 'warning'
 */
export function breachSeverity(rule: Pick<RuleBase, 'severity' | 'modality'>): Severity {
  if (rule.severity) return rule.severity;
  return rule.modality === 'S' ? 'warning' : rule.modality === 'U' ? 'info' : 'error';
}

/**
 * The severity of a finding of the rule with this status: a breach's from {@link breachSeverity},
 * an unreadable cell an error, anything else (indeterminate, due soon, not configured) info.
 * @example findingSeverity('invalid', rule) // 'error'
 */
export function findingSeverity(status: Status, rule: Pick<RuleBase, 'severity' | 'modality'>): Severity {
  if (isBreach(status)) return breachSeverity(rule);
  return status === 'invalid' ? 'error' : 'info';
}
