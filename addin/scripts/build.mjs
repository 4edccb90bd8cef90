#!/usr/bin/env node
/**
 * Production build of the task pane into addin/dist/:
 *   taskpane.html (with its Content-Security-Policy), taskpane.js (the initial JavaScript: the pane
 *   and the profile picker's ids and titles), chunks/*.js (loaded on first use: the Office.js
 *   adapter, @ledgerlint/policy with its profiles, zod), taskpane.css, assets/icon-*.png,
 *   support.html, manifest.xml (every URL from one base URL), size.json.
 *
 * ES modules with esbuild's code splitting: the page loads taskpane.js as a module script, and
 * it imports the engine chunk with import(); chunks are files of the same origin, which the CSP's
 * `script-src 'self'` allows. The initial JavaScript is taskpane.js plus every chunk it imports
 * statically (gzipped each, as served); the total is every .js file.
 *
 * Base URL: ADDIN_BASE_URL or --base-url=https://..., default https://localhost:3000 (the dev
 * server). Warns when the initial JavaScript is over 250 KB gzipped (a test fails then).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { iconPng, ICON_SIZES } from './icons.mjs';

const ADDIN = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ADDIN, 'dist');
const LIMIT_GZ = 250 * 1024;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** The page's policy: scripts from here and Office's CDN only; no eval; no connections but Office's. */
export const CSP = [
  "default-src 'none'",
  `script-src 'self' ${OFFICE_CDN}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src ${OFFICE_CDN}`,
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function baseUrl() {
  const arg = process.argv.find((a) => a.startsWith('--base-url='))?.slice('--base-url='.length);
  const url = (arg ?? process.env.ADDIN_BASE_URL ?? 'https://localhost:3000').replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url)) {
    console.error(`addin build: the base URL must be https://host[/path], got ${url}`);
    process.exit(2);
  }
  return url;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The built-in profiles' ids and titles, read from the library's sources (for the picker at first paint). */
async function profileList() {
  const out = await build({
    stdin: { contents: "export { PROFILE_SOURCES } from '@ledgerlint/policy';", resolveDir: join(ADDIN, 'src'), loader: 'ts' },
    tsconfig: join(ADDIN, 'tsconfig.json'),
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'ledgerlint-profiles-'));
  let mod;
  try {
    writeFileSync(join(dir, 'profiles.cjs'), out.outputFiles[0].text);
    mod = createRequire(import.meta.url)(join(dir, 'profiles.cjs'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Object.entries(mod.PROFILE_SOURCES).map(([id, p]) => ({ id, title: { zh: p.title.zh, en: p.title.en } }));
}

/** Files the page loads at once: the entry and, transitively, the chunks it imports statically. */
function initialFiles(metafile, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of metafile.outputs[file]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entry);
  return [...seen];
}

export async function buildAddin({ base = baseUrl(), quiet = false } = {}) {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'assets'), { recursive: true });
  const profiles = await profileList();
  const result = await build({
    entryPoints: { taskpane: join(ADDIN, 'src/ui/main.ts') },
    outdir: DIST,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    // --no-minify keeps names, for profiling in the browser.
    minify: !process.argv.includes('--no-minify'),
    format: 'esm',
    platform: 'browser',
    // Excel's web views: WebView2 (Chromium) on Windows, WKWebView (Safari) on Mac, browsers for the web.
    target: ['es2019', 'chrome79', 'safari14.1'],
    define: { __LEDGERLINT_PROFILES__: JSON.stringify(profiles) },
    // Module scripts are always read as UTF-8: Chinese text as is, not as \uXXXX escapes.
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const rel = (p) => relative(DIST, join(process.cwd(), p)).split('\\').join('/');
  const entry = Object.keys(result.metafile.outputs).find((o) => result.metafile.outputs[o].entryPoint && o.endsWith('taskpane.js'));
  const files = Object.keys(result.metafile.outputs).filter((o) => o.endsWith('.js'));
  const measure = (list) =>
    list.map((o) => {
      const buf = readFileSync(join(process.cwd(), o));
      return { file: rel(o), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const initial = measure(initialFiles(result.metafile, entry));
  const all = measure(files);
  const sum = (list, k) => list.reduce((n, f) => n + f[k], 0);
  const js = { length: sum(initial, 'bytes') };
  const gz = sum(initial, 'gzip');

  const html = readFileSync(join(ADDIN, 'src/ui/taskpane.html'), 'utf8').replace('%CSP%', CSP);
  writeFileSync(join(DIST, 'taskpane.html'), html);
  copyFileSync(join(ADDIN, 'src/ui/styles.css'), join(DIST, 'taskpane.css'));
  writeFileSync(
    join(DIST, 'support.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'"><title>ledgerlint</title><link rel="stylesheet" href="taskpane.css"></head><body><main><h1>ledgerlint 回访台账检查</h1><p>使用说明见项目的 docs/addin.md。See docs/addin.md in the project for how to use the add-in.</p></main></body></html>\n`,
  );
  for (const size of ICON_SIZES) writeFileSync(join(DIST, 'assets', `icon-${size}.png`), iconPng(size));
  const manifest = readFileSync(join(ADDIN, 'manifest.xml'), 'utf8').replaceAll('{BASE}', escapeXml(base));
  writeFileSync(join(DIST, 'manifest.xml'), manifest);

  const size = {
    file: 'taskpane.js',
    // The initial JavaScript (what the page loads before it can paint), as the budget counts it.
    bytes: js.length,
    gzip: gz,
    limitGzip: LIMIT_GZ,
    initial: { files: initial, bytes: js.length, gzip: gz },
    total: { files: all, bytes: sum(all, 'bytes'), gzip: sum(all, 'gzip') },
    profiles: profiles.length,
    baseUrl: base,
  };
  writeFileSync(join(DIST, 'size.json'), JSON.stringify(size, null, 2) + '\n');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (!quiet) {
    const byPackage = {};
    for (const out of Object.values(result.metafile.outputs))
      for (const [path, v] of Object.entries(out.inputs ?? {})) {
        const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? (path.includes('packages/policy') ? (path.includes('/profiles/') ? '@ledgerlint/policy (profiles)' : '@ledgerlint/policy') : 'addin');
        byPackage[pkg] = (byPackage[pkg] ?? 0) + v.bytesInOutput;
      }
    console.log(`addin: initial JavaScript ${kb(gz)} gzipped (${kb(js.length)} minified; ${initial.map((f) => f.file).join(', ')}; limit ${kb(LIMIT_GZ)})`);
    console.log(`addin: total JavaScript ${kb(size.total.gzip)} gzipped (${kb(size.total.bytes)} minified, ${all.length} files; the rest loads on first use); ${profiles.length} built-in profiles`);
    console.log(`addin: by package (minified, all files): ${Object.entries(byPackage).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
    console.log(`addin: dist/manifest.xml for ${base}`);
  }
  // Over budget is reported here and failed by addin/test/build.test.ts (the build still completes).
  if (gz > LIMIT_GZ) console.error(`addin: WARNING the initial JavaScript is ${kb(gz)} gzipped, over the ${kb(LIMIT_GZ)} budget`);
  return size;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAddin();
}
