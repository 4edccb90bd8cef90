/** Checking a profile (built-in or a company's JSON) against the schema, all or nothing. */
import { z } from 'zod';
import { LedgerlintError } from '../errors';
import { ENGINE_ERRORS } from '../engine/errors';
import { fullCitation } from '../rule/common';
import { profileSchema, type Profile } from './schema';

const checked = new WeakSet<object>();

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a profile's JSON may nest (the built-in profiles reach 9; a condition tree rarely 15). */
export const MAX_PROFILE_DEPTH = 40;

/** A path as messages write it, long ones cut in the middle: `rules.3.when.not.not.…(40 levels)`. */
function writtenPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  if (path.length <= 12) return path.join('.');
  return `${path.slice(0, 8).join('.')}.…(${path.length} levels)`;
}

/**
 * Check untrusted JSON before zod sees it: no prototype-polluting key anywhere, and no nesting
 * deeper than {@link MAX_PROFILE_DEPTH} (zod's recursive condition schema would otherwise overflow
 * the stack). Returns the issue, naming the path, or undefined.
 */
function structureIssue(value: unknown, path: (string | number)[] = []): string | undefined {
  if (path.length > MAX_PROFILE_DEPTH) {
    return `${writtenPath(path)}: nested too deep (more than ${MAX_PROFILE_DEPTH} levels of objects and lists; write the condition flatter, e.g. one "all" list instead of nested ones)`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = structureIssue(value[i], [...path, i]);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${writtenPath([...path, key])}: key not allowed`;
      const p = structureIssue((value as Record<string, unknown>)[key], [...path, key]);
      if (p) return p;
    }
  }
  return undefined;
}

type Issue = z.core.$ZodIssue & { input?: unknown; errors?: Issue[][]; keys?: string[] };

/** The issues of the union branch that got furthest (the one the author most likely meant). */
function closestBranch(issue: Issue): Issue[] | undefined {
  const branches = issue.errors?.filter((b) => b.length > 0);
  if (!branches?.length) return undefined;
  const depth = (b: Issue[]) => Math.max(...b.map((i) => i.path.length));
  return branches.reduce((best, b) => (depth(b) > depth(best) || (depth(b) === depth(best) && b.length < best.length) ? b : best));
}

/** One line for an issue: path, what was expected, what was found (short). */
function describeIssue(issue: Issue, prefix: PropertyKey[]): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const branch = closestBranch(issue);
    if (branch) return branch.flatMap((i) => describeIssue(i, path));
  }
  let message = issue.message;
  if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 10) {
    message = `Unrecognized keys: ${issue.keys.slice(0, 10).map((k) => JSON.stringify(k)).join(', ')} and ${issue.keys.length - 10} more`;
  }
  const found = issue.input === undefined || typeof issue.input === 'object' ? '' : `; found ${JSON.stringify(issue.input).slice(0, 60)}`;
  return [`${path.length ? path.map(String).join('.') : '(root)'}: ${message.slice(0, 300)}${found}`];
}

/** One line per zod issue: path, what was expected, what was found. */
export function describeIssues(error: z.ZodError): string {
  return (error.issues as Issue[])
    .flatMap((i) => describeIssue(i, []))
    .slice(0, 20)
    .join('; ');
}

/**
 * Check a profile and return it with defaults filled in; throws `LedgerlintError('bad-profile')`.
 * Nothing of an invalid profile is ever used.
 * @example const profile = parseProfile(JSON.parse(text))
 */
export function parseProfile(input: unknown): Profile {
  if (input && typeof input === 'object' && checked.has(input)) return input as Profile;
  const bad = structureIssue(input);
  if (bad) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: bad });
  const result = profileSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: describeIssues(result.error) });
  const profile = result.data;
  // A rule writes only its own clause; file and section come from the profile's source, so every
  // parsed rule (and each of its findings) carries the whole citation.
  for (const rule of profile.rules) rule.citation = fullCitation(rule.citation, profile.source);
  const ids = new Set<string>();
  for (const rule of profile.rules) {
    if (ids.has(rule.id)) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `rules: duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    const tier = 'tier' in rule.params ? (rule.params as { tier: string }).tier : undefined;
    if (tier !== undefined && !profile.tiers.some((t) => t.code === tier)) {
      throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `rules.${rule.id}.params.tier: ${tier} is not one of the profile's tiers (${profile.tiers.map((t) => t.code).join('/')})` });
    }
  }
  const band = profile.tierBasis?.bands.find((b) => !profile.tiers.some((t) => t.code === b.tier));
  if (band) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `tierBasis.bands: ${band.tier} is not one of the profile's tiers (${profile.tiers.map((t) => t.code).join('/')})` });
  const unknown = profile.escalation?.rules?.find((id) => !ids.has(id));
  if (unknown) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `escalation.rules: ${unknown} is not a rule of the profile` });
  if (profile.tierRuleId !== undefined && !ids.has(profile.tierRuleId)) {
    throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `tierRuleId: ${profile.tierRuleId} is not a rule of the profile` });
  }
  if (!ids.has(profile.recordsRuleId)) {
    throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `recordsRuleId: ${profile.recordsRuleId} is not a rule of the profile` });
  }
  checked.add(profile);
  return profile;
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
  // referenced: inlined, every rule kind's copy made the file eight times as long.
  return z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
}
