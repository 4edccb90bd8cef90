/** The built-in profiles, by catalog profile key. */
import { LedgerlintError } from '../errors';
import { ENGINE_ERRORS } from '../engine/errors';
import { parseProfile } from '../profile/load';
import type { Profile, ProfileInput } from '../profile/schema';
import { profile002_1 } from './002-1/profile';

/** Built-in profiles as data (JSON-serialisable; copy one to start a company variant). */
export const PROFILE_SOURCES: Record<string, ProfileInput> = {
  '002-1': profile002_1,
};

/** Ids of the built-in profiles. */
export const PROFILE_IDS = Object.keys(PROFILE_SOURCES);

/**
 * A built-in profile, checked and with defaults filled in.
 * @example getProfile('002-1').rules.length // 17
 */
export function getProfile(id: string): Profile {
  const source = PROFILE_SOURCES[id];
  if (!source) throw new LedgerlintError(ENGINE_ERRORS, 'unknown-profile', { id, ids: PROFILE_IDS.join(', ') });
  return parseProfile(source);
}
