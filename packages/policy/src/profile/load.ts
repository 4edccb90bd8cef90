/** Checking a profile (built-in or a company's JSON) against the schema, all or nothing. */
import { z } from 'zod';
import { LedgerlintError, type Issue } from '../errors';
import { zodIssues } from '../errors/zod';
import { KINDS, kindOf } from '../kinds';
import { withKind } from '../rule/kind';
import { isLoaded, markLoaded } from './loaded';
import { PROFILE_ERRORS, renderProfileIssue } from './errors';
import { conditionLeaves, fullCitation, type Condition } from '../rule/common';
import { discriminateUnions } from './json-schema';
import { profileSchema, type Profile } from './schema';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a profile's JSON may nest (the built-in profiles reach 9; a condition tree rarely 15). */
export const MAX_PROFILE_DEPTH = 40;

/**
 * Check untrusted JSON before zod sees it: no prototype-polluting key anywhere, and no nesting
 * deeper than {@link MAX_PROFILE_DEPTH} (zod's recursive condition schema would otherwise overflow
 * the stack). Returns the first such issue: nothing else of such JSON is looked at.
 */
function structureIssue(value: unknown, path: (string | number)[] = []): Issue | undefined {
  if (path.length > MAX_PROFILE_DEPTH) return { code: 'too-deep', path, params: { max: MAX_PROFILE_DEPTH } };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = structureIssue(value[i], [...path, i]);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'key-not-allowed', path: [...path, key], params: {} };
      const p = structureIssue((value as Record<string, unknown>)[key], [...path, key]);
      if (p) return p;
    }
  }
  return undefined;
}

/** Every `tier` (a code) and `tiers` (a list of codes) anywhere in a rule's params, with its path inside them. */
function tierValues(value: unknown, path: (string | number)[] = []): [string, (string | number)[]][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => tierValues(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]): [string, (string | number)[]][] => {
    if (key === 'tier' && typeof v === 'string') return [[v, [...path, key]]];
    if (key === 'tiers' && Array.isArray(v)) return v.flatMap((t, i): [string, (string | number)[]][] => (typeof t === 'string' ? [[t, [...path, key, i]]] : []));
    return tierValues(v, [...path, key]);
  });
}

/** Every tier code a condition compares the `tier` fact with, with its path inside the condition. */
function conditionTiers(w: Condition): [string, (string | number)[]][] {
  return conditionLeaves(w).flatMap(([leaf, path]): [string, (string | number)[]][] => {
    if (leaf.fact !== 'tier' || !['equal', 'notEqual', 'in', 'notIn'].includes(leaf.operator)) return [];
    if (typeof leaf.value === 'string') return [[leaf.value, [...path, 'value']]];
    return Array.isArray(leaf.value) ? leaf.value.flatMap((v, i): [string, (string | number)[]][] => (typeof v === 'string' ? [[v, [...path, 'value', i]]] : [])) : [];
  });
}

/**
 * What the schema cannot see: references between parts of the profile (tiers, rule ids) and each
 * rule kind's own `validate`. Every problem, in the order of the document.
 */
function crossCheck(profile: Profile): Issue[] {
  const issues: Issue[] = [];
  const codes = new Set(profile.tiers.map((t) => t.code));
  const tiers = profile.tiers.map((t) => t.code).join('/');
  const tier = (value: string, path: (string | number)[]) => {
    if (!codes.has(value)) issues.push({ code: tiers ? 'not-a-tier' : 'no-tiers', path, params: { value, tiers } });
  };
  for (const [key, value] of Object.entries(profile.tierSynonyms ?? {})) tier(value, ['tierSynonyms', key]);
  profile.tierBasis?.bands.forEach((b, i) => tier(b.tier, ['tierBasis', 'bands', i, 'tier']));
  // A condition on a tier the profile lacks would never hold (or always, negated): a typo, silently.
  if (profile.tiersFor) for (const [value, path] of conditionTiers(profile.tiersFor)) tier(value, ['tiersFor', ...path]);
  const ids = new Set<string>();
  profile.rules.forEach((rule, n) => {
    if (ids.has(rule.id)) issues.push({ code: 'duplicate-rule-id', path: ['rules', n, 'id'], params: { id: rule.id } });
    ids.add(rule.id);
    if (rule.when) for (const [value, path] of conditionTiers(rule.when)) tier(value, ['rules', n, 'when', ...path]);
    for (const [value, path] of tierValues(rule.params)) tier(value, ['rules', n, 'params', ...path]);
    for (const i of kindOf(rule).validateOf(rule, profile)) {
      issues.push({ code: 'params-issue', path: ['rules', n, 'params', ...i.path], params: { message: i.message, zh: i.zh } });
    }
  });
  const rule = (value: string, path: (string | number)[]) => {
    if (!ids.has(value)) issues.push({ code: 'not-a-rule', path, params: { value } });
  };
  profile.escalation?.rules?.forEach((id, i) => rule(id, ['escalation', 'rules', i]));
  if (profile.tierRuleId !== undefined) rule(profile.tierRuleId, ['tierRuleId']);
  rule(profile.recordsRuleId, ['recordsRuleId']);
  return issues;
}

/** The error refusing a profile, with every issue found. */
function badProfile(issues: readonly Issue[]): LedgerlintError {
  return new LedgerlintError(PROFILE_ERRORS, 'bad-profile', {}, { issues, renderIssue: renderProfileIssue });
}

/**
 * Check a profile and return it with defaults filled in; throws `LedgerlintError('bad-profile')`
 * whose `issues` are every problem found (its schema first; then, for JSON the schema accepts, the
 * references between its parts and each rule kind's `validate`). Nothing of an invalid profile is
 * ever used.
 * @example const profile = parseProfile(JSON.parse(text))
 */
export function parseProfile(input: unknown): Profile {
  if (isLoaded(input)) return input;
  const bad = structureIssue(input);
  if (bad) throw badProfile([bad]);
  const result = profileSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw badProfile(zodIssues(result.error));
  const profile = result.data;
  // A rule writes only its own clause; file and section come from the profile's source, so every
  // parsed rule (and each of its findings) carries the whole citation.
  for (const rule of profile.rules) {
    rule.citation = fullCitation(rule.citation, profile.source);
    withKind(rule, KINDS[rule.kind]);
  }
  const issues = crossCheck(profile);
  if (issues.length > 0) throw badProfile(issues);
  return markLoaded(profile);
}

/**
 * Where a custom profile's `$schema` points: the JSON Schema file shipped in this package, as seen
 * from a project that has installed it (editors then check and complete the JSON offline).
 */
export const PROFILE_SCHEMA_REF = './node_modules/@ledgerlint/policy/profile.schema.json';

/**
 * The JSON Schema of profiles, for editors and for companies writing their own; the same schema is
 * published as `@ledgerlint/policy/profile.schema.json`.
 * @example JSON.stringify(profileJsonSchema(), null, 2)
 */
export function profileJsonSchema(): unknown {
  // Pieces used more than once (a record filter, a channel list) are written once under $defs and
  // referenced: inlined, every rule kind's copy made the file eight times as long. Rules are told
  // apart by `kind` (if/then), so a validator reports a typo's errors in its own rule's kind only.
  return discriminateUnions(z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }));
}
