/**
 * Writes what is generated from rule and profile metadata: each profile's rules/index.ts, docs/rules/, docs/profiles.md,
 * docs/coverage.md, and the published JSON Schema of profiles (packages/policy/profile.schema.json).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeRuleIndexes } from './rule-index';

async function main(): Promise<void> {
  // The rule indexes first: the profiles, imported below, read them (a rule file added since the
  // last run is then in its profile, or its profile's order says it is not placed).
  const indexes = writeRuleIndexes();
  const { profileJsonSchema } = await import('@ledgerlint/policy');
  const { coverageDoc, profilesDoc } = await import('./profile-docs');
  const { allRuleDocs } = await import('./rule-docs');

  const docs = fileURLToPath(new URL('../docs/', import.meta.url));
  const dir = docs + 'rules/';
  mkdirSync(dir, { recursive: true });
  const pages = allRuleDocs();
  for (const f of readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) rmSync(dir + f);
  for (const [name, text] of pages) writeFileSync(dir + name, text);
  writeFileSync(docs + 'profiles.md', profilesDoc());
  writeFileSync(docs + 'coverage.md', coverageDoc());
  writeFileSync(fileURLToPath(new URL('../packages/policy/profile.schema.json', import.meta.url)), JSON.stringify(profileJsonSchema(), null, 2) + '\n');
  console.log(`profiles/*/rules/index.ts: ${indexes}; docs/rules: ${pages.size} pages; docs/profiles.md; docs/coverage.md; packages/policy/profile.schema.json`);
}

// The scripts are CommonJS under tsx: no top-level await.
main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
