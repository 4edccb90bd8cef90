/**
 * The built-in profiles' ids and titles, for the profile picker at first paint. The build
 * (scripts/build.mjs) reads them from @ledgerlint/policy and defines them here, so the initial
 * JavaScript holds a few bytes per profile instead of the profiles themselves (those come with
 * the engine chunk, on first use).
 */
export interface ProfileEntry {
  id: string;
  title: { zh: string; en: string };
}

declare const __LEDGERLINT_PROFILES__: ProfileEntry[] | undefined;

export const PROFILE_LIST: readonly ProfileEntry[] = typeof __LEDGERLINT_PROFILES__ !== 'undefined' ? __LEDGERLINT_PROFILES__ : [];
