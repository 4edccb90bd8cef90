/** Checking a profile (built-in or a company's JSON) against the schema, all or nothing. */
import { z } from 'zod';
import { LedgerlintError } from '../errors';
import { ENGINE_ERRORS } from '../engine/errors';
import { profileSchema, type Profile } from './schema';

const checked = new WeakSet<object>();

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reject prototype-polluting keys anywhere in untrusted JSON, before zod sees it. */
function forbiddenKeyPath(value: unknown, path: (string | number)[] = [], depth = 0): string | undefined {
  if (depth > 40) return path.join('.') || '(root)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = forbiddenKeyPath(value[i], [...path, i], depth + 1);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
      const p = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key], depth + 1);
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
  const bad = forbiddenKeyPath(input);
  if (bad) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `${bad}: key not allowed` });
  const result = profileSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: describeIssues(result.error) });
  const profile = result.data;
  const ids = new Set<string>();
  for (const rule of profile.rules) {
    if (ids.has(rule.id)) throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `rules: duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    const tier = 'tier' in rule.params ? (rule.params as { tier: string }).tier : undefined;
    if (tier !== undefined && !profile.tiers.some((t) => t.code === tier)) {
      throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `rules.${rule.id}.params.tier: ${tier} is not one of the profile's tiers (${profile.tiers.map((t) => t.code).join('/')})` });
    }
  }
  if (!ids.has(profile.recordsRuleId)) {
    throw new LedgerlintError(ENGINE_ERRORS, 'bad-profile', { issues: `recordsRuleId: ${profile.recordsRuleId} is not a rule of the profile` });
  }
  checked.add(profile);
  return profile;
}

/** The JSON Schema of profiles, for editors and for companies writing their own. */
export function profileJsonSchema(): unknown {
  return z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' });
}
