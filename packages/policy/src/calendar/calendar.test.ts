import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { isLedgerlintError, type LedgerlintError } from '../errors';
import { dayFromYmd, isoDate, weekday } from '../time/day';
import {
  CN_CALENDAR_DATA,
  CN_CALENDAR_SOURCE,
  WorkCalendar,
  calendarDataSchema,
  calendarFromJson,
  chinaCalendar,
  extendCalendar,
  parseCalendarData,
  type CalendarData,
} from './index';

/** Day number of an ISO date. */
const D = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
};
const work = (iso: string) => chinaCalendar.isWorkday(D(iso));
const add = (iso: string, n: number, cal = chinaCalendar) => {
  const r = cal.addWorkdays(D(iso), n);
  return r === undefined ? undefined : isoDate(r);
};
const sub = (iso: string, n: number) => {
  const r = chinaCalendar.subtractWorkdays(D(iso), n);
  return r === undefined ? undefined : isoDate(r);
};
/** Every ISO date from..to inclusive. */
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = D(from); d <= D(to); d++) out.push(isoDate(d));
  return out;
};

/** The LedgerlintError thrown by fn (fails the test when nothing or something else is thrown). */
function errorOf(fn: () => unknown): LedgerlintError {
  try {
    fn();
  } catch (e) {
    if (isLedgerlintError(e)) return e;
    throw e;
  }
  throw new Error('expected a LedgerlintError');
}

describe('the built-in table', () => {
  it('passes the calendar schema (it is not parsed at load: the engine carries no schema)', () => {
    expect(parseCalendarData(JSON.parse(JSON.stringify(CN_CALENDAR_DATA)))).toEqual(JSON.parse(JSON.stringify(CN_CALENDAR_DATA)));
  });
});

describe('China calendar: 2025 (国办发明电〔2024〕12号)', () => {
  it('make-up days are working days', () => {
    expect(weekday(D('2025-01-26'))).toBe(7);
    expect(weekday(D('2025-02-08'))).toBe(6);
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) expect(work(d), d).toBe(true);
  });

  it('春节 01-28..02-04 and 国庆/中秋 10-01..10-08 are off', () => {
    for (const d of [...days('2025-01-28', '2025-02-04'), ...days('2025-10-01', '2025-10-08')]) expect(work(d), d).toBe(false);
    expect(work('2025-01-27')).toBe(true);
    expect(work('2025-02-05')).toBe(true);
    expect(work('2025-09-30')).toBe(true);
    expect(work('2025-10-09')).toBe(true);
    expect(work('2025-01-01')).toBe(false); // 元旦
    expect(work('2025-05-05')).toBe(false); // 劳动节, a Monday
    expect(work('2025-06-02')).toBe(false); // 端午, a Monday
  });

  it('ordinary weekends are off and ordinary weekdays on', () => {
    expect(work('2025-03-01')).toBe(false); // Saturday
    expect(work('2025-03-02')).toBe(false); // Sunday
    expect(work('2025-03-03')).toBe(true); // Monday
  });

  it('has 248 working days', () => {
    // 261 weekdays - 18 weekday holidays + 5 make-up days.
    expect(chinaCalendar.workdaysBetween(D('2024-12-31'), D('2025-12-31'))).toBe(248);
  });
});

describe('China calendar: 2024 (国办发明电〔2023〕7号)', () => {
  it('make-up days are working days', () => {
    for (const d of ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']) {
      expect(weekday(D(d)), d).toBeGreaterThanOrEqual(6);
      expect(work(d), d).toBe(true);
    }
  });

  it('春节 02-10..02-17, 国庆 10-01..10-07 and the one-day holidays are off', () => {
    for (const d of [...days('2024-02-10', '2024-02-17'), ...days('2024-10-01', '2024-10-07')]) expect(work(d), d).toBe(false);
    for (const d of ['2024-01-01', '2024-04-04', '2024-04-05', '2024-05-01', '2024-06-10', '2024-09-16', '2024-09-17']) expect(work(d), d).toBe(false);
    expect(work('2024-02-09')).toBe(true); // 除夕 is not a day off in 2024
    expect(work('2024-10-08')).toBe(true);
  });

  it('has 251 working days', () => {
    // 262 weekdays - 19 weekday holidays + 8 make-up days.
    expect(chinaCalendar.workdaysBetween(D('2023-12-31'), D('2024-12-31'))).toBe(251);
  });
});

describe('China calendar: 2026 (gov.cn 202511/content_7047091, as cited in chinese-days)', () => {
  // 元旦 1/1-1/3, 1/4 (Sun) on; 春节 2/15-2/23, 2/14 (Sat) and 2/28 (Sat) on; 劳动节 5/1-5/5, 5/9 (Sat)
  // on; 端午 6/19-6/21; 中秋 9/25-9/27; 国庆 10/1-10/7, 9/20 (Sun) and 10/10 (Sat) on.
  it('make-up days are working days', () => {
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(weekday(D(d)), d).toBeGreaterThanOrEqual(6);
      expect(work(d), d).toBe(true);
    }
  });

  it('春节, 国庆 and the other periods are off', () => {
    for (const d of [
      ...days('2026-01-01', '2026-01-03'),
      ...days('2026-02-15', '2026-02-23'),
      ...days('2026-05-01', '2026-05-05'),
      ...days('2026-10-01', '2026-10-07'),
      '2026-04-06',
      '2026-06-19',
      '2026-09-25',
    ]) {
      expect(work(d), d).toBe(false);
    }
    expect(work('2026-02-13')).toBe(true);
    expect(work('2026-02-24')).toBe(true);
    expect(work('2026-10-08')).toBe(true);
  });

  it('has 248 working days', () => {
    // 261 weekdays - 19 weekday holidays + 6 make-up days.
    expect(chinaCalendar.workdaysBetween(D('2025-12-31'), D('2026-12-31'))).toBe(248);
  });
});

describe('addWorkdays / subtractWorkdays / workdaysBetween', () => {
  it('counts across 春节 2025, the make-up Sunday included', () => {
    // After Fri 01-24: Sat 25 off, Sun 26 make-up (1), Mon 27 (2), 01-28..02-04 off, 02-05 (3), 02-06 (4), 02-07 (5).
    expect(add('2025-01-24', 1)).toBe('2025-01-26');
    expect(add('2025-01-24', 2)).toBe('2025-01-27');
    expect(add('2025-01-24', 3)).toBe('2025-02-05');
    expect(add('2025-01-24', 5)).toBe('2025-02-07');
  });

  it('counts across 国庆 2025, the make-up Saturday included', () => {
    // After Tue 09-30: 10-01..10-08 off, Thu 09 (1), Fri 10 (2), Sat 11 make-up (3), Sun 12 off, Mon 13 (4), Tue 14 (5).
    expect(add('2025-09-30', 3)).toBe('2025-10-11');
    expect(add('2025-09-30', 5)).toBe('2025-10-14');
    expect(add('2025-09-26', 1)).toBe('2025-09-28'); // Fri -> the make-up Sunday
  });

  it('does not count the start day; n = 0 is the day itself, even a holiday', () => {
    expect(add('2025-03-03', 1)).toBe('2025-03-04');
    expect(add('2025-01-29', 0)).toBe('2025-01-29');
    expect(add('2025-01-29', 1)).toBe('2025-02-05');
  });

  it('counts backwards', () => {
    expect(sub('2025-02-05', 1)).toBe('2025-01-27');
    expect(sub('2025-02-05', 2)).toBe('2025-01-26');
    expect(sub('2025-02-05', 3)).toBe('2025-01-24');
    expect(add('2025-02-05', -3)).toBe('2025-01-24');
    expect(sub('2025-10-14', 5)).toBe('2025-09-30');
    expect(sub('2025-10-14', 0)).toBe('2025-10-14');
  });

  it('workdaysBetween counts (from, to]', () => {
    expect(chinaCalendar.workdaysBetween(D('2025-01-24'), D('2025-02-07'))).toBe(5);
    expect(chinaCalendar.workdaysBetween(D('2025-09-30'), D('2025-10-14'))).toBe(5);
    expect(chinaCalendar.workdaysBetween(D('2025-01-28'), D('2025-02-04'))).toBe(0);
    expect(chinaCalendar.workdaysBetween(D('2025-03-03'), D('2025-03-03'))).toBe(0);
    expect(chinaCalendar.workdaysBetween(D('2025-02-07'), D('2025-01-24'))).toBe(-5);
  });

  it('agrees with a day-by-day count everywhere in 2024-2026', () => {
    const from = D('2024-01-01');
    const to = D('2026-12-31');
    for (let d = from; d <= to; d++) {
      let k = 0;
      let e = d;
      for (let n = 1; n <= 25; n++) {
        do e++; while (e <= to && !chinaCalendar.isWorkday(e));
        if (e > to) break;
        expect(chinaCalendar.addWorkdays(d, n)).toBe(e);
        expect(chinaCalendar.workdaysBetween(d, e)).toBe(n);
        k = n;
      }
      if (k > 0) expect(chinaCalendar.subtractWorkdays(chinaCalendar.addWorkdays(d, k)!, k)).toBe(chinaCalendar.isWorkday(d) ? d : chinaCalendar.subtractWorkdays(d, 1));
    }
  });

  it('nextWorkdayOnOrAfter moves a holiday to the next working day', () => {
    expect(isoDate(chinaCalendar.nextWorkdayOnOrAfter(D('2025-10-01'))!)).toBe('2025-10-09');
    expect(isoDate(chinaCalendar.nextWorkdayOnOrAfter(D('2025-10-09'))!)).toBe('2025-10-09');
  });

  it('rejects a fractional count', () => {
    expect(() => chinaCalendar.addWorkdays(D('2025-03-03'), 1.5)).toThrow(RangeError);
  });
});

describe('unknown years', () => {
  it('2027 is unknown: undefined, never a Monday-Friday guess', () => {
    expect(chinaCalendar.firstYear).toBe(2004);
    expect(chinaCalendar.lastYear).toBe(2026);
    expect(chinaCalendar.knows(D('2026-12-31'))).toBe(true);
    expect(chinaCalendar.knows(D('2027-01-04'))).toBe(false);
    expect(chinaCalendar.knowsYear(2027)).toBe(false);
    expect(chinaCalendar.isWorkday(D('2027-01-04'))).toBeUndefined();
    expect(chinaCalendar.dayInfo(D('2027-01-04'))).toBeUndefined();
    expect(add('2026-12-30', 1)).toBe('2026-12-31');
    expect(add('2026-12-30', 2)).toBeUndefined();
    expect(add('2027-01-04', 0)).toBeUndefined();
    expect(chinaCalendar.workdaysBetween(D('2026-12-01'), D('2027-01-05'))).toBeUndefined();
    expect(chinaCalendar.isWorkday(D('2003-12-31'))).toBeUndefined();
    expect(sub('2004-01-05', 2)).toBeUndefined(); // 2004-01-02 is the only working day before it
  });

  it('non-integer or absurd day numbers are unknown, not errors', () => {
    expect(chinaCalendar.isWorkday(D('2025-03-03') + 0.5)).toBeUndefined();
    expect(chinaCalendar.isWorkday(Number.NaN)).toBeUndefined();
    expect(chinaCalendar.knows(1e9)).toBe(false);
  });
});

describe('dayInfo', () => {
  it('names holidays and make-up days', () => {
    expect(chinaCalendar.dayInfo(D('2025-01-28'))).toEqual({ workday: false, holidayName: '春节' });
    expect(chinaCalendar.dayInfo(D('2025-10-06'))).toEqual({ workday: false, holidayName: '中秋' });
    expect(chinaCalendar.dayInfo(D('2025-01-26'))).toEqual({ workday: true, makeup: true, makeupFor: '春节' });
    expect(chinaCalendar.dayInfo(D('2025-03-01'))).toEqual({ workday: false });
    expect(chinaCalendar.dayInfo(D('2025-03-03'))).toEqual({ workday: true });
  });
});

// Test-only data in the shape of a State Council notice; NOT the real 2027 arrangement.
const fake2027 = {
  years: [
    {
      year: 2027,
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        ...days('2027-02-05', '2027-02-11').map((date) => ({ date, name: '春节' })),
      ],
      makeupWorkdays: [{ date: '2027-02-13', name: '春节' }],
    },
  ],
};

describe('extendCalendar', () => {
  it('adds a year from JSON', () => {
    const data = extendCalendar(CN_CALENDAR_DATA, JSON.parse(JSON.stringify(fake2027)));
    const cal = new WorkCalendar(data);
    expect(cal.lastYear).toBe(2027);
    expect(cal.isWorkday(D('2027-01-01'))).toBe(false);
    expect(cal.isWorkday(D('2027-02-13'))).toBe(true);
    expect(cal.isWorkday(D('2027-02-08'))).toBe(false);
    expect(cal.isWorkday(D('2027-03-01'))).toBe(true);
    // After Wed 2026-12-30: Thu 31 (1), 01-01 off, weekend, Mon 01-04 (2) ... Thu 01-07 (5).
    expect(add('2026-12-30', 5, cal)).toBe('2027-01-07');
    expect(cal.workdaysBetween(D('2026-12-30'), D('2027-01-07'))).toBe(5);
    // The base is unchanged.
    expect(CN_CALENDAR_DATA.years.at(-1)!.year).toBe(2026);
    expect(chinaCalendar.knows(D('2027-01-04'))).toBe(false);
  });

  it('replaces a year that is already there', () => {
    const data = extendCalendar(CN_CALENDAR_DATA, { years: [{ year: 2025, holidays: [], makeupWorkdays: [] }] });
    const cal = new WorkCalendar(data);
    expect(cal.isWorkday(D('2025-01-29'))).toBe(true);
    expect(cal.isWorkday(D('2025-01-26'))).toBe(false);
    expect(cal.isWorkday(D('2024-02-12'))).toBe(false);
  });

  it('a year missing between known years is unknown, and answers do not cross it', () => {
    const cal = new WorkCalendar(extendCalendar(CN_CALENDAR_DATA, { years: [{ year: 2028, holidays: [], makeupWorkdays: [] }] }));
    expect(cal.knows(D('2028-03-01'))).toBe(true);
    expect(cal.knows(D('2027-03-01'))).toBe(false);
    expect(cal.knowsYear(2027)).toBe(false);
    expect(add('2026-12-30', 2, cal)).toBeUndefined();
    expect(cal.workdaysBetween(D('2026-12-30'), D('2028-01-05'))).toBeUndefined();
    expect(cal.subtractWorkdays(D('2028-01-05'), 5)).toBeUndefined();
    expect(cal.subtractWorkdays(D('2028-01-05'), 2)).toBe(D('2028-01-03'));
  });

  it('sets the work week when the JSON gives one', () => {
    const data = extendCalendar(CN_CALENDAR_DATA, { years: [], workWeek: [1, 2, 3, 4, 5, 6] });
    expect(new WorkCalendar(data).isWorkday(D('2025-03-01'))).toBe(true);
  });

  it.each([
    ['a date that does not exist', { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-02-30', name: '春节' }], makeupWorkdays: [] }] }, 'calendar-bad-date', 'years[0].holidays[1].date', '2027-02-30'],
    ['a date in the wrong form', { years: [{ year: 2027, holidays: [{ date: '2027/1/1', name: '元旦' }], makeupWorkdays: [] }] }, 'calendar-bad-date', 'years[0].holidays[0].date', '2027/1/1'],
    ['a date outside its year', { years: [{ year: 2027, holidays: [{ date: '2026-12-31', name: '元旦' }], makeupWorkdays: [] }] }, 'calendar-date-outside-year', 'years[0].holidays[0].date', '2026-12-31'],
    ['an unknown key', { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦', note: 'x' }], makeupWorkdays: [] }] }, 'calendar-unknown-key', 'years[0].holidays[0]', 'note'],
    ['a misspelt key', { years: [{ year: 2027, holidays: [], makeupWorkday: [] }] }, 'calendar-unknown-key', 'years[0]', 'makeupWorkday'],
    ['a date twice', { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2027-01-01' }] }] }, 'calendar-duplicate-date', 'years[0].makeupWorkdays[0].date', '2027-01-01'],
    ['a year twice', { years: [fake2027.years[0], fake2027.years[0]] }, 'calendar-duplicate-year', 'years[1].year', '2027'],
    ['a make-up day on a weekday', { years: [{ year: 2027, holidays: [], makeupWorkdays: [{ date: '2027-01-04' }] }] }, 'calendar-makeup-not-weekend', 'years[0].makeupWorkdays[0].date', '2027-01-04'],
    ['a year out of range', { years: [{ year: 20270, holidays: [], makeupWorkdays: [] }] }, 'calendar-bad-year', 'years[0].year', '20270'],
    ['a missing field', { years: [{ year: 2027, holidays: [] }] }, 'calendar-missing', 'years[0].makeupWorkdays', 'makeupWorkdays'],
    ['a wrong type', { years: [{ year: '2027', holidays: [], makeupWorkdays: [] }] }, 'calendar-wrong-type', 'years[0].year', 'string'],
    ['a bad work week', { years: [], workWeek: [1, 1, 8] }, 'calendar-bad-work-week', 'workWeek', '[1,1,8]'],
    ['an empty name', { years: [{ year: 2027, holidays: [{ date: '2027-01-01', name: ' ' }], makeupWorkdays: [] }] }, 'calendar-bad-name', 'years[0].holidays[0].name', '50'],
    ['not an object', 'hello', 'calendar-wrong-type', '(root)', 'string'],
  ])('rejects %s with a precise error', (_what, json, code, path, mention) => {
    const e = errorOf(() => extendCalendar(CN_CALENDAR_DATA, json));
    expect(e.code).toBe(code);
    expect(e.params.path).toBe(path);
    for (const text of [e.zh, e.en]) {
      expect(text).toContain(path);
      expect(text).toContain(mention);
    }
  });

  it('the constructor validates data it has not seen', () => {
    const bad = { years: [{ year: 2027, holidays: [{ date: '2027-13-01', name: 'x' }], makeupWorkdays: [] }] } as CalendarData;
    expect(errorOf(() => new WorkCalendar(bad)).code).toBe('calendar-bad-date');
    expect(errorOf(() => new WorkCalendar({ years: [] })).code).toBe('calendar-no-years');
    expect(calendarFromJson(fake2027).firstYear).toBe(2027);
  });

  it('the pinned data passes its own schema and is frozen', () => {
    expect(calendarDataSchema.safeParse(CN_CALENDAR_DATA).success).toBe(true);
    expect(Object.isFrozen(CN_CALENDAR_DATA.years[0].holidays[0])).toBe(true);
    expect(parseCalendarData(JSON.parse(JSON.stringify(CN_CALENDAR_DATA)))).toEqual(CN_CALENDAR_DATA);
  });
});

describe('company work week', () => {
  const dealer = new WorkCalendar({ ...CN_CALENDAR_DATA, workWeek: [1, 2, 3, 4, 5, 6, 7] });

  it('works Saturdays and Sundays but still skips holidays', () => {
    expect(dealer.isWorkday(D('2025-03-01'))).toBe(true);
    expect(dealer.isWorkday(D('2025-03-02'))).toBe(true);
    expect(dealer.isWorkday(D('2025-01-29'))).toBe(false);
    expect(dealer.isWorkday(D('2025-02-01'))).toBe(false); // a Saturday inside the 春节 period
    expect(dealer.isWorkday(D('2025-01-26'))).toBe(true);
    // After Fri 01-24: Sat 25 (1), Sun 26 (2), Mon 27 (3), 01-28..02-04 off, 02-05 (4), 02-06 (5).
    expect(add('2025-01-24', 5, dealer)).toBe('2025-02-06');
    expect(dealer.workdaysBetween(D('2025-02-28'), D('2025-03-31'))).toBe(31);
  });
});

// ---------------------------------------------------------------------------------------------
// The pinned table against chinese-days itself.
//
// chinese-days' API is time-zone fragile: at import it builds its tables from dates parsed as UTC
// midnight and formatted in local time, so west of UTC every key is shifted a day back
// (isWorkday('2025-01-26') is wrong under TZ=America/New_York: 273 of the 1,096 days of 2024-2026).
// Date arguments do not help: noon-UTC Dates still hit the shifted table west of UTC (58 days
// wrong) and fall on the next local day east of UTC+12 (311 wrong under Pacific/Kiritimati).
// ISO-string arguments are right in any zone at or east of UTC. So we compare (1) with its raw
// JSON, which does not depend on the zone, (2) with its API in a child process pinned to
// Asia/Shanghai, and (3) with its API in this process only when this process's zone is safe.

const cdRequire = createRequire(import.meta.url);
const cdDir = dirname(cdRequire.resolve('chinese-days/package.json'));
const raw = JSON.parse(readFileSync(join(cdDir, CN_CALENDAR_SOURCE.file), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const zhOf = (description: string) => description.split(',')[1];

describe('pinned table = chinese-days', () => {
  it('is generated from the installed version', () => {
    const pkg = JSON.parse(readFileSync(join(cdDir, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(CN_CALENDAR_SOURCE.version);
  });

  it('has exactly the holidays and make-up days of its raw data, with names, for 2004-2026', () => {
    const ours = { holidays: {} as Record<string, string>, workdays: {} as Record<string, string> };
    for (const y of CN_CALENDAR_DATA.years) {
      for (const h of y.holidays) ours.holidays[h.date] = h.name;
      for (const m of y.makeupWorkdays) ours.workdays[m.date] = m.name ?? '';
    }
    const theirs = {
      holidays: Object.fromEntries(Object.entries(raw.holidays).map(([d, v]) => [d, zhOf(v)])),
      workdays: Object.fromEntries(Object.entries(raw.workdays).map(([d, v]) => [d, zhOf(v)])),
    };
    expect(ours).toEqual(theirs);
    expect(CN_CALENDAR_DATA.years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('agrees with its isWorkday() for every day 2024-2026, run under TZ=Asia/Shanghai', () => {
    const script = `
      const cd = require(${JSON.stringify(cdDir)});
      const out = [];
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86400000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        const d = cd.getDayDetail(iso);
        out.push([iso, cd.isWorkday(iso), d.date, d.name]);
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const rows = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Asia/Shanghai' }, encoding: 'utf8' }),
    ) as [string, boolean, string, string][];
    expect(rows).toHaveLength(1096);
    for (const [iso, isWork, detailDate, name] of rows) {
      expect(detailDate).toBe(iso);
      expect(chinaCalendar.isWorkday(D(iso)), iso).toBe(isWork);
      const info = chinaCalendar.dayInfo(D(iso))!;
      if (info.holidayName) expect(zhOf(name), iso).toBe(info.holidayName);
      if (info.makeupFor) expect(zhOf(name), iso).toBe(info.makeupFor);
    }
  });

  const eastOfUtc = [0, 6].every((month) => new Date(Date.UTC(2025, month, 1)).getTimezoneOffset() <= 0);
  it.skipIf(!eastOfUtc)('agrees with its isWorkday() in this process (skipped west of UTC, where the API is wrong)', () => {
    for (let d = D('2024-01-01'); d <= D('2026-12-31'); d++) {
      expect(chinaCalendar.isWorkday(d), isoDate(d)).toBe(chineseDays.isWorkday(isoDate(d)));
    }
  });
});
