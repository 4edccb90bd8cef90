/**
 * How a catalog ID that no built-in rule encodes is covered. A rule of a built-in profile is the
 * coverage of its own ID (its title and columns come from the rule), so only the others are written
 * here: `not-checkable`, a ledger cannot show it; `not-a-rule`, advice, an exam question, a
 * definition; `undecided` fails the coverage test. Each gives the reason.
 */
export type CoverageState = 'not-checkable' | 'not-a-rule' | 'undecided';

export interface CoverageEntry {
  /** The catalog's heading for the ID. */
  title: string;
  state: CoverageState;
  /** Why it is not encoded. */
  reason: { zh: string; en: string };
}

export type CoverageEntries = Record<string, CoverageEntry>;
