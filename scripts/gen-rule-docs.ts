/**
 * Writes what is generated from rule and profile metadata: docs/rules/, docs/profiles.md,
 * docs/coverage.md, and the published JSON Schema of profiles (packages/policy/profile.schema.json).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileJsonSchema } from '@ledgerlint/policy';
import { coverageDoc, profilesDoc } from './profile-docs';
import { allRuleDocs } from './rule-docs';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const dir = docs + 'rules/';
mkdirSync(dir, { recursive: true });
const pages = allRuleDocs();
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) rmSync(dir + f);
for (const [name, text] of pages) writeFileSync(dir + name, text);
writeFileSync(docs + 'profiles.md', profilesDoc());
writeFileSync(docs + 'coverage.md', coverageDoc());
writeFileSync(fileURLToPath(new URL('../packages/policy/profile.schema.json', import.meta.url)), JSON.stringify(profileJsonSchema(), null, 2) + '\n');
console.log(`docs/rules: ${pages.size} pages; docs/profiles.md; docs/coverage.md; packages/policy/profile.schema.json`);
