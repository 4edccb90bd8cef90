// Every rule has its four parts (ESLint style): metadata with a catalog ID and citation, a kind
// that implements it, a table test, and a generated doc page that is up to date; so does a
// profile's definition with a catalog ID (what counts as a contact), evaluated by the engine
// instead of a kind; and no doc page exists without a rule or definition. Each profile's
// rules/index.ts (which rule files there are) is current; the profile's order refuses a rule it
// does not place, and a file not named by its rule's id.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getProfile, PROFILE_IDS, type Profile } from '@ledgerlint/policy';
import { KINDS } from '@ledgerlint/policy/kinds';
import { allRuleDocs, catalogDefinitions, rulePaths } from '../scripts/rule-docs';
import { ruleIndexes } from '../scripts/rule-index';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogIdPattern = /^\d{3}-[0-9a-z]+-/i;

describe('every rule is complete', () => {
  const pages = allRuleDocs();
  /** What a rule and a definition with a catalog ID both have: ID, citation, source, test, current page. */
  function expectDocumented(profile: Profile, item: { id: string; citation: { quote: string } }): void {
    expect(item.id.startsWith(`${profile.id}-`)).toBe(true);
    expect(item.id).toMatch(catalogIdPattern);
    expect(item.citation.quote.length).toBeGreaterThan(0);
    const paths = rulePaths(profile, item);
    expect(existsSync(root + paths.source), paths.source).toBe(true);
    expect(readFileSync(root + paths.source, 'utf8')).toContain(`id: '${item.id}'`);
    expect(existsSync(root + paths.test), paths.test).toBe(true);
    const doc = `docs/rules/${item.id}.md`;
    expect(existsSync(root + doc), `${doc} missing: run pnpm docs:rules`).toBe(true);
    expect(readFileSync(root + doc, 'utf8'), `${doc} is stale: run pnpm docs:rules`).toBe(pages.get(`${item.id}.md`));
  }
  for (const id of PROFILE_IDS) {
    const profile = getProfile(id);
    for (const rule of profile.rules) {
      it(`${rule.id}: metadata, kind, test, doc`, () => {
        expect(KINDS[rule.kind]).toBeDefined();
        expectDocumented(profile, rule);
      });
    }
    for (const definition of catalogDefinitions(profile)) {
      it(`${definition.id} (definitions.contact): metadata, test, doc`, () => {
        expect(profile.rules.some((r) => r.id === definition.id), 'a definition and a rule share an ID').toBe(false);
        expectDocumented(profile, definition);
      });
    }
  }
  it.each([...ruleIndexes()])('%s is current (pnpm docs:rules)', (path, text) => {
    expect(readFileSync(root + path, 'utf8')).toBe(text);
  });
  it('no doc page without a rule or definition, and the index is current', () => {
    const files = readdirSync(root + 'docs/rules').filter((f) => f.endsWith('.md'));
    expect(files.sort()).toEqual([...pages.keys()].sort());
    expect(readFileSync(root + 'docs/rules/README.md', 'utf8')).toBe(pages.get('README.md'));
  });
});
