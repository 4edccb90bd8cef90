import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Maps point stack traces at src/ lines; the sources themselves stay out of the tarball
  // (embedded, they more than doubled the package: the whole TypeScript source in each map).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
