// docs/coverage.md accounts for every catalog ID: each is a rule of a built-in profile (whose title
// and columns the doc takes from the rule), or written in scripts/coverage/ as not checkable from a
// ledger or not a rule, with a reason; none is left undecided, none is both. The generated docs are
// current, and every built-in profile has an example ledger.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getProfile, PROFILE_IDS } from '@ledgerlint/policy';
import { CATALOG_COVERAGE } from '../scripts/coverage/index';
import { catalogRows, coverageDoc, hasExample, profilesDoc } from '../scripts/profile-docs';

const root = fileURLToPath(new URL('..', import.meta.url));
const written = Object.entries(CATALOG_COVERAGE).flatMap(([key, entries]) => Object.entries(entries).map(([id, e]) => ({ key, id, ...e })));

describe('catalog coverage', () => {
  it('lists all 253 catalog IDs once: the rules and the rest', () => {
    const all = [...catalogRows().values()].flat().map((r) => r.id);
    expect(all).toHaveLength(253);
    expect(new Set(all).size).toBe(253);
  });
  it('decides every ID not encoded, with a reason, under its own catalog key', () => {
    expect(written.filter((e) => e.state === 'undecided').map((e) => e.id)).toEqual([]);
    expect(written.filter((e) => !(e.reason.zh && e.reason.en)).map((e) => e.id)).toEqual([]);
    expect(written.filter((e) => !e.id.startsWith(`${e.key}-`)).map((e) => e.id)).toEqual([]);
  });
  it('writes no reason for an ID that a rule encodes (the rule is its coverage)', () => {
    const rules = new Set(PROFILE_IDS.flatMap((id) => getProfile(id).rules.map((r) => r.id)));
    expect(written.filter((e) => rules.has(e.id)).map((e) => e.id)).toEqual([]);
  });
  it('docs/coverage.md and docs/profiles.md are current (pnpm docs:rules)', () => {
    expect(readFileSync(root + 'docs/coverage.md', 'utf8')).toBe(coverageDoc());
    expect(readFileSync(root + 'docs/profiles.md', 'utf8')).toBe(profilesDoc());
  });
  it.each(PROFILE_IDS)('profile %s has an example ledger that pnpm demo checks', (id) => {
    expect(hasExample(id)).toBe(true);
  });
});
