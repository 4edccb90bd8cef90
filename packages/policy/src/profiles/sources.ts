/** The built-in profiles' sources, by catalog profile key: what `pnpm gen:profiles` checks and writes as loaded data. */
import type { ProfileInput } from '../profile/schema';
import type { BuiltinProfileId } from './ids.generated';
import { profile002_1 } from './002-1/profile';
import { profile002_3 } from './002-3/profile';
import { profile002_4 } from './002-4/profile';
import { profile002_5 } from './002-5/profile';
import { profile000_3 } from './000-3/profile';
import { profile000_5 } from './000-5/profile';
import { profile000_1 } from './000-1/profile';
import { profile002_2 } from './002-2/profile';
import { profile001_3a } from './001-3a/profile';
import { profile003_1 } from './003-1/profile';
import { profile003_2 } from './003-2/profile';
import { profile003_7 } from './003-7/profile';
import { profile004_J } from './004-J/profile';
import { profile001_2 } from './001-2/profile';
import { profile001_1 } from './001-1/profile';
import { profile001_3b } from './001-3b/profile';
import { profile001_3c } from './001-3c/profile';
import { profile001_TPL } from './001-TPL/profile';
import { profile004_A } from './004-A/profile';
import { profile004_B } from './004-B/profile';
import { profile000_2 } from './000-2/profile';

/**
 * Built-in profiles as written (JSON-serialisable; copy one to start a company variant). Declared as
 * `ProfileInput`, not as the literal data (which made the package's declarations 290 KB heavier).
 */
export const PROFILE_SOURCES: { readonly [K in BuiltinProfileId]: ProfileInput } = {
  '002-1': profile002_1,
  '002-3': profile002_3,
  '002-4': profile002_4,
  '002-5': profile002_5,
  '000-3': profile000_3,
  '000-5': profile000_5,
  '000-1': profile000_1,
  '002-2': profile002_2,
  '001-3a': profile001_3a,
  '003-1': profile003_1,
  '003-2': profile003_2,
  '003-7': profile003_7,
  '004-J': profile004_J,
  '001-2': profile001_2,
  '001-1': profile001_1,
  '001-3b': profile001_3b,
  '001-3c': profile001_3c,
  '001-TPL': profile001_TPL,
  '004-A': profile004_A,
  '004-B': profile004_B,
  '000-2': profile000_2,
};
