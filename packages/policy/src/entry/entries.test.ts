/**
 * The package's entry points: the root holds what an app calls, tooling sits at subpaths, and every
 * subpath is wired the same way in package.json, tsup, the TypeScript paths and the vitest aliases
 * (a subpath missing from one of them works in the workspace and breaks for an app, or the reverse).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../index';
import * as calendar from './calendar';
import * as ledger from './ledger';
import * as annotate from './annotate';
import * as kinds from './kinds';

const REPO = join(__dirname, '../../../..');
const SUBPATHS = ['calendar', 'ledger', 'annotate', 'kinds', 'testing'];
const text = (p: string) => readFileSync(join(REPO, p), 'utf8');

describe('@ledgerlint/policy entry points', () => {
  it.each([
    ['evaluate'], ['evaluateProfile'], ['prepareLedger'], ['evaluatePrepared'], ['getProfile'], ['PROFILE_IDS'], ['isBuiltinProfileId'],
    ['PROFILE_SOURCES'], ['parseProfile'], ['profileJsonSchema'], ['PROFILE_SCHEMA_REF'], ['obligations'], ['checkWithCalls'], ['workQueue'],
    ['todoItems'], ['byPerformer'], ['planAnnotation'], ['renderFinding'], ['LedgerlintError'], ['isLedgerlintError'], ['USAGE_ERRORS'],
  ])('the root exports %s', (name) => {
    expect(root).toHaveProperty(name);
  });
  it.each([
    ['calendar', calendar, ['WorkCalendar', 'chinaCalendar', 'dayFromYmd', 'isoDate', 'parseAsOf', 'formatAsOf', 'todayInShanghai']],
    ['ledger', ledger, ['FIELDS', 'proposeColumnMap', 'readTimeCell', 'buildLedger', 'columnLetter', 'mapColumns']],
    ['annotate', annotate, ['recordOfPlan', 'readRecordCells', 'ANNOTATION_COLORS', 'fitCellText', 'RECORD_SHEET_NAME', 'CELL_TEXT_LIMIT']],
    ['kinds', kinds, ['KINDS', 'KIND_LIST', 'kindOf', 'factsOf', 'paramAt']],
  ] as const)('/%s holds its tools and the root does not', (_, mod, names) => {
    for (const name of names) {
      expect(mod).toHaveProperty(name);
      expect(root).not.toHaveProperty(name);
    }
  });
  it('wires every subpath in package.json exports, tsup, tsconfig paths and vitest aliases', () => {
    const exportsMap = JSON.parse(text('packages/policy/package.json')).exports;
    for (const sub of SUBPATHS) {
      expect(exportsMap[`./${sub}`]).toEqual({
        import: { types: `./dist/${sub}.d.ts`, default: `./dist/${sub}.js` },
        require: { types: `./dist/${sub}.d.cts`, default: `./dist/${sub}.cjs` },
      });
      expect(text('packages/policy/tsup.config.ts')).toContain(`'${sub}'`);
      for (const tsconfig of ['tsconfig.json', 'addin/tsconfig.json']) {
        expect(JSON.parse(text(tsconfig)).compilerOptions.paths[`@ledgerlint/policy/${sub}`]).toEqual([`packages/policy/src/entry/${sub}.ts`]);
      }
      expect(text('vitest.config.ts')).toContain(`/^@ledgerlint\\/policy\\/${sub}$/, replacement: src('./packages/policy/src/entry/${sub}.ts')`);
    }
  });
});
