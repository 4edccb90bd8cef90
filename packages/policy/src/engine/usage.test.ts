import { describe, expect, it, vi } from 'vitest';
import { isLedgerlintError, LedgerlintError } from '../errors';
import { getProfile } from '../profiles';
import { PROFILE_SOURCES } from '../profiles/sources';
import { parseProfile } from '../profile/load';
import { evaluate, evaluateProfile, prepareLedger } from './evaluate';

const table = { sheet: '回访', rows: [['客户编号', '客户等级', '回访时间'], ['K1', 'H', '2025-03-01 10:00']] };

async function refusal(run: () => Promise<unknown>): Promise<LedgerlintError> {
  const e = await run().then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isLedgerlintError(e)) throw new Error(`expected a LedgerlintError, got ${String(e)}`);
  return e;
}

describe('a call made the wrong way says what to pass', () => {
  it('a built-in id and a loaded profile both evaluate, to the same report', async () => {
    const byId = await evaluate(table, '002-1', { asOf: '2025-03-10' });
    const byProfile = await evaluateProfile(table, getProfile('002-1'), { asOf: '2025-03-10' });
    expect(byId.findings.length).toBeGreaterThan(0);
    expect(byProfile).toEqual(byId);
  });

  it.each([
    ['an unknown id', '002-9', 'unknown-profile', /002-1/],
    ['the profile JSON not parsed', PROFILE_SOURCES['002-1'], 'profile-not-parsed', /parseProfile\(json\)/],
    ['a spread copy of a loaded profile', { ...getProfile('002-1'), dueSoonDays: 3 }, 'profile-not-parsed', /parseProfile\(json\)/],
    ['a number', 42, 'profile-not-parsed', /\(number\)/],
  ])('%s: %s', async (_, profile, code, en) => {
    const e = await refusal(() => evaluate(table, profile as never, { asOf: '2025-03-10' }));
    expect(e.code).toBe(code);
    expect(e.en).toMatch(en);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the spread copy passes once parsed', async () => {
    const variant = parseProfile({ ...getProfile('002-1'), dueSoonDays: 3 });
    expect((await evaluate(table, variant, { asOf: '2025-03-10' })).findings.length).toBeGreaterThan(0);
  });

  it("readLedger()'s whole result: pass its .table", async () => {
    const e = await refusal(() => evaluate({ table, tables: [table], format: 'csv' } as never, '002-1'));
    expect(e.code).toBe('read-result-passed');
    expect(e.en).toMatch(/\.table/);
  });

  it.each([
    ['rows missing', { sheet: 's' }],
    ['nothing', undefined],
    ['a string', 'ledger.xlsx'],
  ])('no Table (%s): not-a-table, naming what came', async (_, value) => {
    const e = await refusal(() => evaluate(value as never, '002-1'));
    expect(e.code).toBe('not-a-table');
  });

  it('prepareLedger takes a loaded profile only', () => {
    expect(() => prepareLedger(table, PROFILE_SOURCES['002-1'] as never)).toThrow(expect.objectContaining({ code: 'profile-not-parsed' }));
  });
});

describe('errors are recognised across copies of the package', () => {
  it('an error raised by another copy of the module (as the CommonJS build beside the ESM one) is a LedgerlintError', async () => {
    vi.resetModules();
    // A query makes Vite load a second instance of the module, as a bundle mixing ESM and CommonJS does.
    const copy: string = '../errors/index?copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../errors');
    expect(other.LedgerlintError).not.toBe(LedgerlintError);
    const e = new other.LedgerlintError(other.USAGE_ERRORS, 'read-result-passed');
    expect(e instanceof LedgerlintError).toBe(false);
    expect(isLedgerlintError(e)).toBe(true);
    expect(isLedgerlintError(new Error('read-result-passed'))).toBe(false);
    expect(isLedgerlintError({ code: 'read-result-passed' })).toBe(false);
  });
});
