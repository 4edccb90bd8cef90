// docs/coverage.md accounts for every catalog ID: each is encoded (a rule of a built-in profile with
// that ID), not checkable from a ledger, or not a rule, with a reason; none is left undecided. The
// generated docs are current, and every built-in profile has an example ledger.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@ledgerlint/policy';
import { CATALOG_COVERAGE } from '../scripts/coverage/index';
import { coverageDoc, encodedRules, hasExample, profilesDoc } from '../scripts/profile-docs';

const root = fileURLToPath(new URL('..', import.meta.url));
const all = Object.values(CATALOG_COVERAGE).flatMap((entries) => Object.entries(entries));

describe('catalog coverage', () => {
  it('lists all 253 catalog IDs once', () => {
    expect(all).toHaveLength(253);
    expect(new Set(all.map(([id]) => id)).size).toBe(253);
  });
  it('decides every ID, with a reason for each one not encoded', () => {
    expect(all.filter(([, e]) => e.state === 'undecided').map(([id]) => id)).toEqual([]);
    expect(all.filter(([, e]) => e.state !== 'encoded' && !(e.reason?.zh && e.reason.en)).map(([id]) => id)).toEqual([]);
  });
  it('says encoded exactly for the rules of the built-in profiles', () => {
    const rules = encodedRules();
    expect(all.filter(([id, e]) => e.state === 'encoded' && !rules.has(id)).map(([id]) => id), 'marked encoded, but no rule has the ID').toEqual([]);
    const listed = new Map(all);
    expect([...rules.keys()].filter((id) => listed.get(id)?.state !== 'encoded'), 'a rule whose catalog ID is not marked encoded').toEqual([]);
  });
  it('docs/coverage.md and docs/profiles.md are current (pnpm docs:rules)', () => {
    expect(readFileSync(root + 'docs/coverage.md', 'utf8')).toBe(coverageDoc());
    expect(readFileSync(root + 'docs/profiles.md', 'utf8')).toBe(profilesDoc());
  });
  it.each(PROFILE_IDS)('profile %s has an example ledger that pnpm demo checks', (id) => {
    expect(hasExample(id)).toBe(true);
  });
});
