import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources, so `pnpm test` needs no build first.
const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Exact matches: a prefix alias would turn @ledgerlint/xlsx/read into index.ts/read.
    alias: [
      { find: /^@ledgerlint\/policy$/, replacement: src('./packages/policy/src/index.ts') },
      { find: /^@ledgerlint\/policy\/calendar$/, replacement: src('./packages/policy/src/entry/calendar.ts') },
      { find: /^@ledgerlint\/policy\/ledger$/, replacement: src('./packages/policy/src/entry/ledger.ts') },
      { find: /^@ledgerlint\/policy\/annotate$/, replacement: src('./packages/policy/src/entry/annotate.ts') },
      { find: /^@ledgerlint\/policy\/kinds$/, replacement: src('./packages/policy/src/entry/kinds.ts') },
      { find: /^@ledgerlint\/policy\/testing$/, replacement: src('./packages/policy/src/entry/testing.ts') },
      { find: /^@ledgerlint\/xlsx$/, replacement: src('./packages/xlsx/src/index.ts') },
      { find: /^@ledgerlint\/xlsx\/read$/, replacement: src('./packages/xlsx/src/reader.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'addin/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
  },
});
