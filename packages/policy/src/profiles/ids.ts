/** The ids of the built-in profiles (types and code that need no profile data import this). */
export { PROFILE_IDS, type BuiltinProfileId } from './ids.generated';
