import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/reader.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Maps point stack traces at src/ lines; the sources themselves stay out of the tarball
  // (embedded, they more than doubled the package: the whole TypeScript source in each map).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  external: ['@ledgerlint/policy'],
});
