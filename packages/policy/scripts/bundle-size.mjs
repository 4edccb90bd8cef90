// What a browser app pays for the library: esbuild bundles of a small app (minified ESM for the
// browser, as a web page's build would), from the built package as an app installs it.
//   lean: evaluateProfile + `@ledgerlint/policy/profiles/002-1` (the form the READMEs show for pages);
//         it must stay under LEAN_LIMIT_GZ and hold no zod, no luxon and no other profile.
//   all:  getProfile + evaluate, which can reach every built-in profile (for comparison, no limit).
// `pnpm build` prints the line (this file run directly); scripts/pack-check.mjs measures the
// installed tarball with `bundleSizes` and fails over the limit.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LEAN_LIMIT_GZ = 100 * 1024;

const APPS = {
  lean: `import { evaluateProfile, renderFinding } from '@ledgerlint/policy';
import { profile } from '@ledgerlint/policy/profiles/002-1';
export async function check(table) {
  const report = await evaluateProfile(table, profile, { asOf: '2025-03-10' });
  return report.findings.map((f) => renderFinding(f, profile, 'zh'));
}
`,
  all: `import { evaluate, getProfile, renderFinding } from '@ledgerlint/policy';
export async function check(table, id) {
  const report = await evaluate(table, id, { asOf: '2025-03-10' });
  return report.findings.map((f) => renderFinding(f, getProfile(id), 'zh'));
}
`,
};

/** The package a bundled file belongs to ('zod', '@ledgerlint/policy', …), or undefined for the app's own. */
const packageOf = (path) => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];

/**
 * Bundles the two apps in `appDir` (whose node_modules holds @ledgerlint/policy) with `esbuild`
 * and measures them.
 * @example const { lean, all } = await bundleSizes(app, await import('esbuild')); lean.profiles // ['002-1']
 */
export async function bundleSizes(appDir, esbuild) {
  const out = {};
  const ids = readdirSync(join(appDir, 'node_modules', '@ledgerlint', 'policy', 'dist', 'profiles')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
  for (const [name, contents] of Object.entries(APPS)) {
    const r = await esbuild.build({
      stdin: { contents, resolveDir: appDir, loader: 'js', sourcefile: `${name}.mjs` },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // The app's own settings only: a workspace tsconfig's paths would bundle the sources instead.
      tsconfigRaw: {},
    });
    const js = r.outputFiles[0].contents;
    // Inputs that left code in the output (an input tree-shaken to nothing is listed with 0 bytes).
    const inputs = Object.values(r.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p));
    const heavy = [...new Set(inputs.map(packageOf).filter((p) => p === 'zod' || p === 'luxon'))];
    // Profiles bundled: their data sits in shared chunks, so look for their rule IDs in the output
    // (a built-in rule's ID starts with its profile's id: "002-1-3-H-3d").
    const text = Buffer.from(js).toString('utf8');
    const profiles = ids.filter((id) => new RegExp(`["'\`]${id}-[0-9A-Za-z]`).test(text));
    out[name] = { min: js.length, gzip: gzipSync(js, { level: 9 }).length, heavy, profiles };
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The one-line summary `pnpm build` and pack-check print. */
export function sizeLine({ lean, all }) {
  return `browser bundle, evaluateProfile + profiles/002-1: ${kb(lean.gzip)} gzipped (${kb(lean.min)} minified; limit ${kb(LEAN_LIMIT_GZ)}); getProfile + evaluate: ${kb(all.gzip)} gzipped (${kb(all.min)} minified, ${all.profiles.length} profiles)`;
}

/** What is wrong with the lean bundle, if anything: over the limit, zod or luxon in it, another profile. */
export function leanProblems({ lean }) {
  const problems = [];
  if (lean.gzip >= LEAN_LIMIT_GZ) problems.push(`${kb(lean.gzip)} gzipped, limit ${kb(LEAN_LIMIT_GZ)}`);
  if (lean.heavy.length) problems.push(`bundles ${lean.heavy.join(' and ')}`);
  const others = lean.profiles.filter((p) => p !== '002-1');
  if (others.length) problems.push(`bundles other profiles: ${others.join(', ')}`);
  if (!lean.profiles.includes('002-1')) problems.push('shows no rule of profile 002-1 (the check would see nothing)');
  return problems;
}

// Run directly (the policy package's build): measure this package's dist through a scratch app
// whose node_modules links to it, with the esbuild that tsup brings.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  const require = createRequire(join(pkg, 'package.json'));
  const esbuild = await import(pathToFileURL(createRequire(require.resolve('tsup')).resolve('esbuild')).href);
  const app = mkdtempSync(join(tmpdir(), 'ledgerlint-bundle-'));
  try {
    mkdirSync(join(app, 'node_modules', '@ledgerlint'), { recursive: true });
    symlinkSync(pkg, join(app, 'node_modules', '@ledgerlint', 'policy'));
    const sizes = await bundleSizes(app, esbuild);
    console.log(`policy: ${sizeLine(sizes)}`);
    for (const p of leanProblems(sizes)) console.error(`policy: WARNING the lean browser bundle ${p}`);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
