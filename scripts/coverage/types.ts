/**
 * How each catalog ID is covered. `encoded`: a rule of that ID is in a built-in profile (the rule
 * itself is the source of truth; docs/coverage.md adds its columns). `not-checkable`: a ledger
 * cannot show it (give the reason). `not-a-rule`: advice, an exam question, a definition
 * (give the reason). `undecided` fails the coverage test.
 */
export type CoverageState = 'encoded' | 'not-checkable' | 'not-a-rule' | 'undecided';

export interface CoverageEntry {
  /** The catalog's heading for the ID. */
  title: string;
  state: CoverageState;
  /** Why it is not encoded (required unless encoded). */
  reason?: { zh: string; en: string };
}

export type CoverageEntries = Record<string, CoverageEntry>;
