/**
 * A loaded profile: one `parseProfile` checked, or a built-in one checked when the package was
 * built. The engine runs only loaded profiles, so it needs neither the schema nor zod: what it
 * reads was checked once, before.
 */
import { withKind } from '../rule/kind';
import type { Profile } from './schema';

/** A registered symbol: a profile loaded by another copy of the package (ESM beside CommonJS) is recognised too. */
const LOADED = Symbol.for('ledgerlint.profile');

/**
 * Mark a checked profile as loaded (not enumerable: it stays plain JSON data).
 * @example markLoaded(profile)
 */
export function markLoaded<P extends object>(profile: P): P {
  Object.defineProperty(profile, LOADED, { value: true, enumerable: false, configurable: true });
  return profile;
}

/**
 * True for a profile `parseProfile` or the build checked (see {@link markLoaded}).
 * @example isLoaded(getProfile('002-1')) // true; isLoaded({ id: 'x' }) // false
 */
export function isLoaded(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && (value as { [LOADED]?: unknown })[LOADED] === true;
}

/**
 * A built-in profile as its generated module gives it: data the build checked with `parseProfile`,
 * each rule given its kind from the kinds the module imports (only those it uses).
 * @example export default builtProfile(data, [gapCadence, countPerPeriod])
 */
export function builtProfile(data: unknown, kinds: readonly { readonly id: string }[]): Profile {
  const profile = data as Profile;
  const byId = new Map(kinds.map((k) => [k.id, k]));
  for (const rule of profile.rules) withKind(rule, byId.get(rule.kind)!);
  return markLoaded(profile);
}
