/**
 * The catalog IDs (the catalog has 253) that are not rules of a built-in profile, by catalog key,
 * with the reason; the others are the profiles' rules themselves (scripts/profile-docs.ts joins both).
 */
import { entries as c000_1 } from './000-1';
import { entries as c000_2 } from './000-2';
import { entries as c000_3 } from './000-3';
import { entries as c000_4 } from './000-4';
import { entries as c000_5 } from './000-5';
import { entries as c001_1 } from './001-1';
import { entries as c001_2 } from './001-2';
import { entries as c001_3a } from './001-3a';
import { entries as c001_3b } from './001-3b';
import { entries as c002_1 } from './002-1';
import { entries as c002_2 } from './002-2';
import { entries as c002_5 } from './002-5';
import { entries as c003_1 } from './003-1';
import { entries as c003_2 } from './003-2';
import { entries as c003_3 } from './003-3';
import { entries as c003_7 } from './003-7';
import { entries as c003_8 } from './003-8';
import { entries as c004_B } from './004-B';
import { entries as c004_E } from './004-E';
import { entries as c004_J } from './004-J';
import type { CoverageEntries } from './types';

export const CATALOG_COVERAGE: Record<string, CoverageEntries> = {
  '000-1': c000_1,
  '000-2': c000_2,
  '000-3': c000_3,
  '000-4': c000_4,
  '000-5': c000_5,
  '001-1': c001_1,
  '001-2': c001_2,
  '001-3a': c001_3a,
  '001-3b': c001_3b,
  '002-1': c002_1,
  '002-2': c002_2,
  '002-5': c002_5,
  '003-1': c003_1,
  '003-2': c003_2,
  '003-3': c003_3,
  '003-7': c003_7,
  '003-8': c003_8,
  '004-B': c004_B,
  '004-E': c004_E,
  '004-J': c004_J,
};

export type { CoverageEntry, CoverageState } from './types';
