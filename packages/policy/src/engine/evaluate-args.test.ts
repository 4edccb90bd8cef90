// A wrong profile argument is refused twice: by the compiler (tsc -p tsconfig.json checks the
// expect-error lines below: an unused one fails) and at run time for plain-JavaScript callers.
import { describe, expect, it } from 'vitest';
import { isLedgerlintError } from '../errors';
import type { Table } from '../table';
import { evaluate } from './evaluate';

const table: Table = { sheet: 'Sheet1', rows: [['客户编号'], ['K1']] };

describe('evaluate refuses what is no profile', () => {
  it('a typo\'d built-in id', async () => {
    // @ts-expect-error '002-9' is not a BuiltinProfileId
    const e = await evaluate(table, '002-9').catch((x: unknown) => x);
    expect(isLedgerlintError(e)).toBe(true);
  });
  it('an object that is no loaded profile', async () => {
    // @ts-expect-error tiers is a list of tiers, and a Profile has many more fields
    const e = await evaluate(table, { tiers: 'oops' }).catch((x: unknown) => x);
    expect(isLedgerlintError(e)).toBe(true);
  });
});
