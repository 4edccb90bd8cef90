/** Writes docs/rules/ from rule metadata. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRuleDocs } from './rule-docs';

const dir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
mkdirSync(dir, { recursive: true });
const pages = allRuleDocs();
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) rmSync(dir + f);
for (const [name, text] of pages) writeFileSync(dir + name, text);
console.log(`docs/rules: ${pages.size} pages`);
