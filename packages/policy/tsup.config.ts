import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Each built-in profile is an entry of its own (`@ledgerlint/policy/profiles/002-1`), so an app's
// bundle carries only the profiles it imports and the kinds they use.
const profiles = Object.fromEntries(
  readdirSync('src/profiles', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [`profiles/${d.name}`, `src/profiles/${d.name}/built.generated.ts`]),
);

// Tooling that apps seldom need sits at subpaths (`@ledgerlint/policy/calendar`, …), out of the root's types and bundles.
const subpaths = Object.fromEntries(['calendar', 'ledger', 'annotate', 'kinds', 'testing'].map((name) => [name, `src/entry/${name}.ts`]));

export default defineConfig({
  entry: { index: 'src/index.ts', ...subpaths, ...profiles },
  // The rule testers are vitest suites: the app that runs them brings its vitest.
  external: ['vitest'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Shared code in chunks for ESM (each entry imports only what it uses); CommonJS entries stay whole files.
  splitting: true,
  // Maps point stack traces at src/ lines; the sources themselves stay out of the tarball
  // (embedded, they more than doubled the package: the whole TypeScript source in each map).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
