// A profile's calendarYears are checked by the calendar's own year schema, so a bad year fails when
// the profile loads, named by its path in the profile, instead of later inside evaluate.
import { describe, expect, it } from 'vitest';
import { evaluate, LedgerlintError, parseProfile, PROFILE_SOURCES, type ProfileInput } from '@ledgerlint/policy';
import { caseTable } from '../packages/policy/src/testing/rule-tester';

/** The built-in 002-1 profile as a company's JSON, with the given calendarYears. */
function withYears(calendarYears: unknown): ProfileInput {
  return { ...(JSON.parse(JSON.stringify(PROFILE_SOURCES['002-1'])) as ProfileInput), calendarYears } as ProfileInput;
}

/** The issues text of the bad-profile error that parseProfile throws. */
function loadIssues(profile: ProfileInput): string {
  try {
    parseProfile(profile);
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerlintError);
    expect((e as LedgerlintError).code).toBe('bad-profile');
    return (e as LedgerlintError).issueTexts('en').join('; ');
  }
  throw new Error('parseProfile accepted the profile');
}

describe('calendarYears in a profile', () => {
  it('a date that does not exist (2031-13-45) is rejected by parseProfile at calendarYears.0.holidays.0.date', () => {
    const profile = withYears([{ year: 2031, holidays: [{ date: '2031-13-45', name: '元旦' }], makeupWorkdays: [] }]);
    expect(loadIssues(profile)).toMatch(/^calendarYears\.0\.holidays\.0\.date: .*2031-13-45/);
  });

  it('evaluate takes no unloaded profile, so such a profile never reaches a ledger', async () => {
    const profile = withYears([{ year: 2031, holidays: [{ date: '2031-13-45', name: '元旦' }], makeupWorkdays: [] }]);
    const error = await evaluate(caseTable(['客户编号'], [['K1']]), profile as never, { asOf: '2031-02-01' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'profile-not-parsed' });
    let refused: unknown;
    try {
      parseProfile(profile);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'bad-profile' });
    expect((refused as LedgerlintError).issueTexts('en').join('; ')).toMatch(/^calendarYears\.0\.holidays\.0\.date: /);
  });

  it.each([
    ['a date outside its year', { year: 2031, holidays: [{ date: '2030-12-31', name: '元旦' }], makeupWorkdays: [] }, 'calendarYears.0.holidays.0.date'],
    ['a date listed twice', { year: 2031, holidays: [{ date: '2031-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2031-01-01' }] }, 'calendarYears.0.makeupWorkdays.0.date'],
    ['a make-up day on a weekday', { year: 2031, holidays: [], makeupWorkdays: [{ date: '2031-01-06' }] }, 'calendarYears.0.makeupWorkdays.0.date'],
    ['a blank holiday name', { year: 2031, holidays: [{ date: '2031-01-01', name: ' ' }], makeupWorkdays: [] }, 'calendarYears.0.holidays.0.name'],
  ])('%s is rejected at load, at its path', (_, year, path) => {
    expect(loadIssues(withYears([year])).startsWith(`${path}: `)).toBe(true);
  });

  it('a real year still loads', () => {
    const years = [{ year: 2031, holidays: [{ date: '2031-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2031-01-04', name: '元旦' }] }];
    expect(parseProfile(withYears(years)).calendarYears).toEqual(years);
  });
});
