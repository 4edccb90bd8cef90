// After tsup: the size of the declarations a consumer's type checker loads for the root entry
// (dist/index.d.ts and the chunks it imports, ESM side). Zod's inferred types once made them
// 1.25 MB; the public types are interfaces now, and the build fails when they grow past the limit.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LIMIT_KB = 300;
const dist = join(dirname(new URL(import.meta.url).pathname), '..', 'dist');
const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(join(dist, file), 'utf8');
  // Relative imports and re-exports of chunks: `from './schema-XXXX.js'`.
  for (const [, spec] of text.matchAll(/from ['"]\.\/([^'"]+)\.js['"]/g)) visit(`${spec}.d.ts`);
};
visit('index.d.ts');
const bytes = [...seen].reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
const kb = (bytes / 1024).toFixed(1);
console.log(`declarations: ${kb} KB (index.d.ts + chunks: ${[...seen].join(', ')})`);
if (bytes > LIMIT_KB * 1024) {
  console.error(`declarations over ${LIMIT_KB} KB: write public types as interfaces, not z.infer of a schema (see profile/kind-params.ts)`);
  process.exit(1);
}
