// The built bundles (packages/*/dist, from `pnpm build`) hold no code generation from strings
// (eval, new Function, Function(...)) and no dynamic import or require of a computed name, and
// the policy bundle, which runs inside Excel's web view, imports no Node built-in.
//
// tsup leaves dependencies external, so a bundle is our own code; esbuild marks each source file
// in it with a `// src/...` comment, which is used to say where a hit comes from (a dependency
// inlined by mistake would show up as `// ../../node_modules/...`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

const PACKAGES = ['policy', 'xlsx', 'cli'];
const distOf = (pkg: string) => join(root, 'packages', pkg, 'dist');
const bundlesOf = (pkg: string) =>
  existsSync(distOf(pkg))
    ? readdirSync(distOf(pkg), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(c|m)?js$/.test(f))
        .map((f) => join('packages', pkg, 'dist', f))
    : [];

interface Hit {
  file: string;
  line: number;
  /** The source module esbuild says the line comes from. */
  module: string;
  text: string;
}

/** Every match of a pattern in a bundle, with its line and source module. */
function scan(file: string, pattern: RegExp): Hit[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const hits: Hit[] = [];
  let module = '(bundle prelude)';
  lines.forEach((text, k) => {
    const marker = /^\/\/ ((?:\.\.\/)*(?:src|node_modules)\/\S+)$/.exec(text);
    if (marker) module = marker[1];
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    for (const m of text.matchAll(re)) hits.push({ file, line: k + 1, module, text: text.slice(Math.max(0, m.index! - 40), m.index! + 60).trim() });
  });
  return hits;
}

const report = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line} (from ${h.module}): ${h.text}`).join('\n');

/** Module specifiers a bundle imports or requires (static and literal dynamic ones). */
function specifiers(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  const out = new Set<string>();
  // `from` only in an import or export statement: message texts such as "{from} to {to}" are not imports.
  const patterns = [/^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']/gm, /\bimport\s*["']([^"']+)["']/g, /(?<![\w$.])require\s*\(\s*["']([^"']+)["']\s*\)/g, /(?<![\w$.])import\s*\(\s*["']([^"']+)["']\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out].sort();
}

const FORBIDDEN: [string, RegExp][] = [
  ['eval (direct, indirect or as a property)', /(?<![\w$])eval(?![\w$])/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(...) called as a function', /(?<![\w$.])Function\s*\(/],
  ['a string passed to setTimeout / setInterval', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['dynamic import() of a computed name', /(?<![\w$.])import\s*\((?!\s*["'][^"'`]*["']\s*\))/],
  ['require() of a computed name', /(?<![\w$.])require\s*\((?!\s*["'][^"'`]*["']\s*\))/],
];

describe('built bundles', () => {
  for (const pkg of PACKAGES) {
    const files = bundlesOf(pkg);
    if (files.length === 0) {
      it.skip(`packages/${pkg}/dist is missing: run \`pnpm build\` first (CI builds before it tests), then this checks the bundles`, () => {});
      continue;
    }
    describe(`packages/${pkg}/dist`, () => {
      it('has bundles, made from our sources only (dependencies stay external)', () => {
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) expect(report(scan(file, /^\/\/ (?:\.\.\/)*node_modules\//)), `${file} inlines a dependency`).toBe('');
      });
      for (const [name, pattern] of FORBIDDEN) {
        it(`no ${name}`, () => {
          const hits = files.flatMap((file) => scan(file, pattern));
          expect(report(hits)).toBe('');
        });
      }
    });
  }

  const policy = bundlesOf('policy');
  if (policy.length === 0) {
    it.skip('packages/policy/dist is missing: run `pnpm build` first (CI builds before it tests)', () => {});
  } else {
    describe('the policy bundle runs in a browser (Excel web view)', () => {
      const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
      it('imports no Node built-in (no node:, fs, path, child_process ...)', () => {
        // The entry imports something (else the scan is broken); a chunk of shared data may import nothing.
        expect(policy.filter((f) => /[\\/]index\.c?js$/.test(f)).every((f) => specifiers(f).length > 0), 'the entry imports nothing? (the scan is broken)').toBe(true);
        for (const file of policy) {
          const specs = specifiers(file);
          expect(specs.filter((s) => s.startsWith('node:') || builtins.has(s) || builtins.has(s.split('/')[0])), file).toEqual([]);
        }
      });
      it('imports only its declared dependencies', () => {
        const pkg = JSON.parse(readFileSync(join(root, 'packages/policy/package.json'), 'utf8')) as { dependencies: Record<string, string> };
        const allowed = Object.keys(pkg.dependencies);
        for (const file of policy) {
          // Its own chunks (`./chunk-….js`, a profile entry's `../chunk-….js`) are the package's files.
          // `@ledgerlint/policy/testing` is vitest suites for the app's own tests: it imports the app's vitest.
          const declared = /[/\\]testing\.c?js$/.test(file) ? [...allowed, 'vitest'] : allowed;
          const unknown = specifiers(file).filter((s) => !s.startsWith('./') && !s.startsWith('../') && !declared.some((d) => s === d || s.startsWith(`${d}/`)));
          expect(unknown, file).toEqual([]);
        }
      });
      it('uses no Node globals (process, Buffer, __dirname, __filename)', () => {
        const hits = policy.flatMap((file) => scan(file, /(?<![\w$.])(?:process\s*\.|Buffer\s*[.(]|__dirname|__filename)/));
        expect(report(hits)).toBe('');
      });
    });
  }
});

// Checking a CSV is the CLI's common batch job: it must not pay ~0.4 s to load exceljs, which
// only .xlsx files and the writing commands need.
describe('exceljs loads only when a workbook is read or written', () => {
  const reader = join(root, 'packages/xlsx/dist/reader.js');
  const cli = join(root, 'packages/cli/dist/index.js');
  if (!existsSync(reader) || !existsSync(cli)) {
    it.skip('packages/xlsx/dist or packages/cli/dist is missing: run `pnpm build` first (CI builds before it tests)', () => {});
    return;
  }
  /** Run a module body in a fresh Node and say whether exceljs (CommonJS) ended up in the module cache. */
  const loadsExcelJs = (body: string): boolean => {
    const script = `${body}\nconst { createRequire } = await import('node:module');\nconst cache = createRequire(import.meta.url).cache;\nprocess.stdout.write(String(Object.keys(cache).some((k) => k.includes('exceljs'))));`;
    return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }) === 'true';
  };
  const csv = JSON.stringify(join(root, 'examples/ledgers/002-1-car-dealer.csv'));
  const xlsx = JSON.stringify(join(root, 'examples/ledgers/002-1-car-dealer.xlsx'));

  it('@ledgerlint/xlsx/read reads a CSV without loading exceljs, and an .xlsx with it', () => {
    expect(loadsExcelJs(`const { readLedger } = await import(${JSON.stringify(reader)}); await readLedger(${csv});`)).toBe(false);
    expect(loadsExcelJs(`const { readLedger } = await import(${JSON.stringify(reader)}); await readLedger(${xlsx});`)).toBe(true);
  });

  it('the CLI checks a CSV without loading exceljs', () => {
    const run = `const { main } = await import(${JSON.stringify(cli)}); const sink = { write() { return true; } };
      await main(['check', ${csv}, '--profile', '002-1', '--as-of', '2025-06-30', '--format', 'json'], { stdout: sink, stderr: sink });`;
    expect(loadsExcelJs(run)).toBe(false);
  });
});
