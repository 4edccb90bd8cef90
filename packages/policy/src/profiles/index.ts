/** The built-in profiles: loaded (checked when the package was built), by catalog profile key. */
import { LedgerlintError } from '../errors';
import { PROFILE_ERRORS } from '../profile/errors';
import type { Profile } from '../profile/schema';
import { BUILTIN_PROFILES } from './builtin.generated';
import { PROFILE_IDS, type BuiltinProfileId } from './ids.generated';

export { PROFILE_IDS, type BuiltinProfileId };
export { BUILTIN_PROFILES };

/**
 * True for the id of a built-in profile.
 * @example isBuiltinProfileId('002-1') // true; isBuiltinProfileId('002-9') // false
 */
export function isBuiltinProfileId(id: string): id is BuiltinProfileId {
  // Own properties only: `--profile constructor` is no profile.
  return Object.hasOwn(BUILTIN_PROFILES, id);
}

/**
 * A built-in profile, checked and with defaults filled in (one shared object: spread it to derive
 * a variant, and pass the variant to `evaluate` or `parseProfile`).
 * @example getProfile('002-1').rules.length // 17
 */
export function getProfile(id: BuiltinProfileId | (string & {})): Profile {
  if (!isBuiltinProfileId(id)) throw new LedgerlintError(PROFILE_ERRORS, 'unknown-profile', { id, ids: PROFILE_IDS.join(', ') });
  return BUILTIN_PROFILES[id];
}
