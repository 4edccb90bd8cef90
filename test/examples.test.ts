// The README's library snippet runs and says what the README says it says.
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module example without types
import { checkRows } from '../examples/api/check-rows.mjs';

it('examples/api/check-rows.mjs finds the late 24 h callback and the SMS-only one', async () => {
  const lines: string[] = await checkRows();
  expect(lines.some((l) => l.startsWith('K001 第2行 late 002-1-3-ALL-24h'))).toBe(true);
  expect(lines.some((l) => l.startsWith('K002 第3行 violation 002-1-4-24H-PHONE'))).toBe(true);
});
