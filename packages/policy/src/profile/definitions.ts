/**
 * A profile's `definitions`: the words of its regulation that the rules build on, declared as data
 * so the engine needs no domain idea of its own. What counts as a contact (成功回访), and facts a
 * condition may name that the ledger gives only by derivation (a car buyer is an intent customer
 * until the pickup, an owner after it). The engine evaluates them (engine/contacts.ts,
 * engine/derived-facts.ts).
 */
import { z } from 'zod';
import { said } from '../errors/zod';
import { FIELDS } from '../ledger/fields';
import { citationSchema, declaredFactName, factsOf, fieldSchema, isKnownFact, localizedSchema, typedSchema, type CitationInput, type Condition, type Defaulted, type Localized } from '../rule/common';
import type { Field } from '../ledger/fields';
import { ruleIdSchema } from '../rule/rule';

/** What a record needs to count as a qualifying (successful) contact for every cadence and deadline. */
export interface ContactCriteria {
  /** The customer must have been reached (two-way). */
  requireReached: boolean;
  /** A blank outcome cell on a call or visit is read as reached (clerks often leave 结果 empty). */
  blankOutcomeIsReached: boolean;
  /** The content must be recorded. */
  requireContent: boolean;
  /** When the ledger has a topic column, the topic must be recorded too. */
  requireTopic: boolean;
  /** Text channels (SMS, WeChat, e-mail, QQ) count only with an explicit reply (outcome reached). */
  textNeedsReply: boolean;
  /** Callback types that never count (one-way information callbacks). */
  excludedTypes: string[];
}
type CriteriaDefaults = keyof ContactCriteria;
/** What a record needs to count as a qualifying (successful) contact for every cadence and deadline. */
export const contactCriteriaShape = /* @__PURE__ */ (() => ({
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
}))();
export const contactCriteriaSchema = /* @__PURE__ */ (() => typedSchema<ContactCriteria, Partial<ContactCriteria>>()(z.strictObject(contactCriteriaShape)))();

/** The criteria of a profile that defines no contact of its own: reached, with content and topic, no one-way text. */
// Written out, not `contactCriteriaSchema.parse({})`: the engine reads it and carries no zod (a test checks they agree).
export const DEFAULT_CONTACT: ContactCriteria = { requireReached: true, blankOutcomeIsReached: true, requireContent: true, requireTopic: true, textNeedsReply: true, excludedTypes: [] };

/**
 * The regulation's own definition of a qualifying contact: the criteria above, with the catalog ID,
 * title, citation and reading of the clause that sets them (it has a doc page like a rule, and
 * findings of none: it decides which contacts the rules count).
 * @example { id: '002-1-6-SUCCESS', title: { zh: '成功回访的标准', en: 'What counts as a successful callback' }, citation: { file: '002_5b4178db3268d4b2.txt', section: '第6条', quote: '没有回访内容或暂时无法联系的用户不视为一次成功回访' }, reading: { zh: '…', en: '…' }, excludedTypes: ['信息回访'] }
 */
export interface ContactDefinition extends ContactCriteria {
  /** The clause's ID, like a rule's. */
  id: string;
  title: Localized;
  short?: Localized;
  citation: CitationInput;
  reading: Localized;
}
/** A contact definition as written (the criteria default as in ContactCriteria). */
export type ContactDefinitionInput = Defaulted<ContactDefinition, CriteriaDefaults>;
export const contactDefinitionSchema = /* @__PURE__ */ (() => typedSchema<ContactDefinition, ContactDefinitionInput>()(z.strictObject({
  id: ruleIdSchema,
  title: localizedSchema,
  short: localizedSchema.optional(),
  citation: citationSchema,
  reading: localizedSchema,
  ...contactCriteriaShape,
})))();

/** The criteria part of a contact definition (its provenance left out). */
export function contactCriteria(definition: ContactDefinition | undefined): ContactCriteria {
  if (!definition) return DEFAULT_CONTACT;
  const { id: _id, title: _title, short: _short, citation: _citation, reading: _reading, ...criteria } = definition;
  return criteria;
}

/** A column of dates or date-times: the ledger reads it into minute stamps. */
const timeField = /* @__PURE__ */ (() => fieldSchema.refine((f) => FIELDS[f].type === 'date' || FIELDS[f].type === 'datetime', said('a date or date-time field (pickupAt, contactAt ...)', '应为日期或日期时间列（如 pickupAt、contactAt）')))();

/**
 * A fact that switches once per customer at the earliest dated cell of a time column: `before`
 * until that moment (a date alone counts from its 00:00), `after` from it, as of the check. A
 * rule whose kind judges part of a customer's time (`stageSpans`) and that names the fact judges
 * the customer's time before the switch, or after it; a customer counts as having been `before`
 * when one of the `seenBefore` columns shows them earlier than the switch, or has not switched.
 * @example { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] }
 */
export interface SwitchFact {
  /** The value before the switch (and for a customer who never switches). */
  before: string;
  /** The value from the switch on. */
  after: string;
  /** The time column whose earliest dated cell of the customer is the switch. */
  switchesAt: Field;
  /** Time columns whose entries earlier than the switch show the customer was `before` then. */
  seenBefore: Field[];
}
export const switchFactSchema = /* @__PURE__ */ (() => typedSchema<SwitchFact>()(z
  .strictObject({
    /** The value before the switch (and for a customer who never switches). */
    before: z.string().min(1).max(50),
    /** The value from the switch on. */
    after: z.string().min(1).max(50),
    /** The time column whose earliest dated cell of the customer is the switch. */
    switchesAt: timeField,
    /** Time columns whose entries earlier than the switch show the customer was `before` then. */
    seenBefore: z
      .array(timeField)
      .min(1)
      .max(10),
  })
  .refine((f) => f.before !== f.after, { ...said('before and after must differ', 'before 与 after 不能相同'), path: ['after'] })))();

/**
 * The profile's definitions (see the file header).
 * @example { contact: { id: '002-1-6-SUCCESS', …, excludedTypes: ['信息回访'] }, facts: { stage: { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] } } }
 */
export interface Definitions {
  /** What counts as a qualifying (successful) contact; absent: reached, with content and topic, no one-way text. */
  contact?: ContactDefinition;
  /** Facts a rule's `when` may name besides the built-in ones (tier, shape, number columns), by name. */
  facts?: Record<string, SwitchFact>;
}
/** Definitions as written. */
export interface DefinitionsInput {
  contact?: ContactDefinitionInput;
  facts?: Record<string, SwitchFact>;
}
export const definitionsSchema = /* @__PURE__ */ (() => typedSchema<Definitions, DefinitionsInput>()(z.strictObject({
  /** What counts as a qualifying (successful) contact; absent: reached, with content and topic, no one-way text. */
  contact: contactDefinitionSchema.optional(),
  /** Facts a rule's `when` may name besides the built-in ones (tier, shape, number columns), by name. */
  facts: z
    .record(declaredFactName, switchFactSchema)
    .refine((r) => Object.keys(r).length <= 8, said('at most 8 facts', '最多 8 个事实'))
    .optional(),
})))();

/** A condition of a profile, at its path. */
export interface PlacedCondition {
  path: (string | number)[];
  when: Condition;
}

/**
 * The facts conditions name that are neither built in nor declared, each with the path of the
 * condition naming it: a misspelt or undeclared fact would otherwise be silently undefined.
 * @example undeclaredFacts([{ path: ['rules', 3, 'when'], when: { fact: 'stage', operator: 'equal', value: 'intent' } }], undefined) // [{ path: ['rules', 3, 'when'], fact: 'stage' }]
 */
export function undeclaredFacts(conditions: readonly PlacedCondition[], definitions: Definitions | undefined): { path: (string | number)[]; fact: string }[] {
  const declared = definitions?.facts ?? {};
  const out: { path: (string | number)[]; fact: string }[] = [];
  for (const { path, when } of conditions) {
    for (const fact of factsOf(when)) if (!isKnownFact(fact) && !Object.hasOwn(declared, fact)) out.push({ path, fact });
  }
  return out;
}
