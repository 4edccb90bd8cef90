// `pnpm demo`: check every example ledger with the built command line, as a clerk would, and write
// an annotated copy of each (<name>.checked.xlsx beside it; git ignores them). The profile comes
// from the file name (002-1-car-dealer.xlsx -> 002-1); the as-of date is fixed so the output is
// the same every day. Then the company variant in examples/profiles/ checks the 002-1 ledger.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = 'examples/ledgers';
const AS_OF = '2025-10-15';
let failed = 0;
for (const file of readdirSync(root + dir).sort()) {
  if (!/\.(xlsx|csv)$/.test(file) || file.includes('.checked.')) continue;
  const profile = /^(\d{3}-[0-9a-z]+)/i.exec(file)?.[1];
  if (!profile) continue;
  const args = ['packages/cli/dist/bin.js', 'check', `${dir}/${file}`, '--profile', profile, '--as-of', AS_OF];
  console.log(`\n$ ledgerlint ${args.slice(1).join(' ')}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  // 0: nothing serious; 1: the ledger has errors (that is what the examples show); 2: could not check.
  console.log(`(exit ${r.status})`);
  if (r.status !== 0 && r.status !== 1) failed++;
  if (!file.endsWith('.xlsx')) continue;
  const ann = ['packages/cli/dist/bin.js', 'annotate', `${dir}/${file}`, '--profile', profile, '--as-of', AS_OF];
  console.log(`\n$ ledgerlint ${ann.slice(1).join(' ')}`);
  const a = spawnSync(process.execPath, ann, { cwd: root, stdio: 'inherit' });
  if (a.status !== 0 && a.status !== 1) failed++;
}
// A company's own variant of a profile (examples/profiles/), on the ledger of the profile it adapts.
for (const file of readdirSync(root + 'examples/profiles').filter((f) => f.endsWith('.json')).sort()) {
  const args = ['packages/cli/dist/bin.js', 'check', `${dir}/002-1-car-dealer.xlsx`, '--profile', `examples/profiles/${file}`, '--as-of', AS_OF];
  console.log(`\n$ ledgerlint ${args.slice(1).join(' ')}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  console.log(`(exit ${r.status})`);
  if (r.status !== 0 && r.status !== 1) failed++;
}
process.exit(failed ? 1 : 0);
