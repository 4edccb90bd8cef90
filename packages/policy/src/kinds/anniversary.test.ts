import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/load';
import { renderFinding } from '../report/messages';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import { anniversary } from './anniversary';

const header = ['客户编号', '生日', '录入时间', '回访时间', '回访方式'];
const birthday = { date: 'birthday', from: -17, to: -10, lateUntil: 0, channels: ['phone', 'visit'] };
const run = (params: object, rows: (string | null)[][], asOf: string, h = header) => findingsOfKind('anniversary', params, h, rows, asOf);
const brief = (found: Awaited<ReturnType<typeof run>>) => found.map((f) => [f.row, f.status, f.dueAt ?? null]);

describe('anniversary: a yearly birthday, window 17 to 10 days before', () => {
  it('a call on the last day of the window (T-10) or the first (T-17) passes', async () => {
    const rows = [
      ['C1', '1980-06-20', '2025-01-10', null, null],
      ['C1', null, null, '2025-06-10 10:00', '电话'],
      ['C2', '1975-06-20', '2025-01-10', null, null],
      ['C2', null, null, '2025-06-03', '上门'],
    ];
    expect(await run(birthday, rows, '2025-10-15')).toEqual([]);
  });
  it('a call after T-10 up to the day is late; none at all is overdue', async () => {
    const rows = [
      ['C1', '1980-06-20', '2025-01-10', null, null],
      ['C1', null, null, '2025-06-12', '电话'],
      ['C2', '1975-06-20', '2025-01-10', null, null],
    ];
    const found = await run(birthday, rows, '2025-10-15');
    expect(found).toMatchObject([
      { row: 3, status: 'late', dueAt: '2025-06-10', overdueDays: 2, column: '回访时间' },
      { row: 4, status: 'overdue', dueAt: '2025-06-10', overdueDays: 127, column: '生日', data: { date: '2025-06-20', start: '2025-06-03' } },
    ]);
  });
  it('an SMS does not count when only phone or visit do', async () => {
    const rows = [['C1', '1980-06-20', '2025-01-10', null, null], ['C1', null, null, '2025-06-08', '短信']];
    expect(brief(await run(birthday, rows, '2025-10-15'))).toEqual([[2, 'overdue', '2025-06-10']]);
  });
  it('every year is its own due date, from when the customer was recorded', async () => {
    const rows = [
      ['C1', '1980-05-01', '2023-03-01', null, null],
      ['C1', null, null, '2023-04-20', '电话'],
      ['C1', null, null, '2025-04-21', '电话'],
    ];
    expect(brief(await run(birthday, rows, '2025-10-15'))).toEqual([[2, 'overdue', '2024-04-21']]);
  });
  it('no obligation before the customer was recorded (captured after the due day)', async () => {
    const rows = [['C1', '1980-05-01', '2025-04-25', null, null]];
    expect(await run(birthday, rows, '2025-10-15')).toEqual([]);
  });
  it('forYears stops the series (e.g. a 3-year retention)', async () => {
    const rows = [['C1', '1980-05-01', '2023-03-01', null, null], ['C1', null, null, '2023-04-20', '电话']];
    expect(await run({ ...birthday, forYears: 1 }, rows, '2025-10-15')).toEqual([]);
  });
  it('29 February falls on 28 February in common years', async () => {
    const rows = [['C1', '1988-02-29', '2024-06-01', null, null], ['C1', null, null, '2025-02-18', '电话']];
    expect(await run(birthday, rows, '2025-10-15')).toEqual([]);
    const late = [['C1', '1988-02-29', '2024-06-01', null, null], ['C1', null, null, '2025-02-19', '电话']];
    expect(brief(await run(birthday, late, '2025-10-15'))).toEqual([[3, 'late', '2025-02-18']]);
  });
  it('open from the window\'s first day (T-17), due soon within the lead time (1 day); nothing before', async () => {
    const rows = [['C1', '1980-06-20', '2025-01-10', null, null]];
    expect(await run(birthday, rows, '2025-06-02')).toEqual([]);
    expect(brief(await run(birthday, rows, '2025-06-03'))).toEqual([[2, 'open', '2025-06-10']]);
    expect(brief(await run(birthday, rows, '2025-06-08'))).toEqual([[2, 'open', '2025-06-10']]);
    expect(brief(await run(birthday, rows, '2025-06-09'))).toEqual([[2, 'due-soon', '2025-06-10']]);
    expect(brief(await run(birthday, rows, '2025-06-10'))).toEqual([[2, 'due-soon', '2025-06-10']]);
  });
  it('the window opening today: open, saying the window and by when, with its quota', async () => {
    const profile = oneRuleProfile('anniversary', birthday);
    const [f] = await kindFindings(profile, header, [['C1', '1980-06-20', '2025-01-10', null, null]], '2025-06-03');
    expect(f).toMatchObject({ status: 'open', severity: 'info', messageId: 'open', dueAt: '2025-06-10', quota: { done: 0, required: 1, periodStart: '2025-06-03', periodEnd: '2025-06-10' } });
    expect(renderFinding(f, parseProfile(profile), 'zh')).toBe('「测试」回访窗口已开始：生日 2025-06-20，请于 2025-06-10 前回访（窗口 2025-06-03 至 2025-06-10）。');
    expect(renderFinding(f, parseProfile(profile), 'en')).toBe('"test" window open: 生日 2025-06-20; contact by 2025-06-10 (window 2025-06-03 to 2025-06-10).');
  });
  it('a call inside the window ends it, even before the due day', async () => {
    const rows = [['C1', '1980-06-20', '2025-01-10', null, null], ['C1', null, null, '2025-06-04', '电话']];
    expect(await run(birthday, rows, '2025-06-05')).toEqual([]);
    expect(await run(birthday, rows, '2025-06-10')).toEqual([]);
  });
  it('a call by another channel in the window leaves it open', async () => {
    const rows = [['C1', '1980-06-20', '2025-01-10', null, null], ['C1', null, null, '2025-06-04', '短信']];
    expect(brief(await run(birthday, rows, '2025-06-05'))).toEqual([[2, 'open', '2025-06-10']]);
  });
  it('without a recorded-at column, the customer is known from the first contact', async () => {
    const h = ['客户编号', '生日', '回访时间', '回访方式'];
    const rows = [['C1', '1980-03-01', '2024-05-01', '电话'], ['C1', null, '2025-02-15', '电话']];
    expect(await run(birthday, rows, '2025-10-15', h)).toEqual([]);
    const missed = [['C1', '1980-03-01', '2024-05-01', '电话']];
    expect(brief(await run(birthday, missed, '2025-10-15', h))).toEqual([[2, 'overdue', '2025-02-19']]);
  });
});

describe('anniversary: years missed in a row are one finding (a run)', () => {
  const fined = { fine: { amount: 50, payer: '回访人' } };
  const findings = (rows: (string | null)[][], asOf = '2025-10-15') => kindFindings(oneRuleProfile('anniversary', birthday, fined), header, rows, asOf);
  it('four birthdays missed since the customer was recorded: one overdue run, the fine four times, still owed', async () => {
    const [f, ...rest] = await findings([['C1', '1980-06-20', '2022-01-10', null, null]]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      status: 'overdue',
      messageId: 'missed-run',
      row: 2,
      dueAt: '2022-06-10',
      overdueDays: 1223,
      fine: { amount: 200 },
      missed: { periods: 4, since: '2022-06-10', dues: ['2022-06-10', '2023-06-10', '2024-06-10', '2025-06-10'], ongoing: true },
      data: { occasion: '生日', since: '2022-06-10', periods: 4, start: '2022-06-03', end: '2025-06-10' },
    });
    const profile = parseProfile(oneRuleProfile('anniversary', birthday, fined));
    expect(renderFinding(f, profile, 'zh')).toBe('「测试」漏访：自 2022-06-10 起连续 4 年没有成功回访（生日，2022-06-03 至 2025-06-10）。');
  });
  it('a run a later birthday call ended is not ongoing (then missed again: alone); a late call splits the years', async () => {
    // Two contacts: a log (one row per customer would be a roster, hiding the years before).
    const later: (string | null)[] = ['C1', null, null, '2025-09-01', '电话'];
    const ended = await findings([['C1', '1980-06-20', '2022-01-10', null, null], ['C1', null, null, '2024-06-05', '电话'], later]);
    expect(ended.map((f) => [f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing])).toEqual([
      ['missed-run', '2022-06-10', 2, false],
      ['overdue', '2025-06-10', undefined, undefined],
    ]);
    const split = await findings([['C1', '1980-06-20', '2022-01-10', null, null], ['C1', null, null, '2023-06-15', '电话'], later]);
    // 2022 alone (as it always read), 2023 late, 2024-2025 a run.
    expect(split.map((f) => [f.status, f.messageId, f.dueAt, f.missed?.periods])).toEqual([
      ['overdue', 'overdue', '2022-06-10', undefined],
      ['overdue', 'missed-run', '2024-06-10', 2],
      ['late', 'late', '2023-06-10', undefined],
    ]);
    expect(split[0].fine).toMatchObject({ amount: 50 });
  });
});

describe('anniversary: a one-off date (recurring: false)', () => {
  const h = ['客户编号', '庆典日期', '录入时间', '回访时间', '回访方式'];
  const celebration = { date: 'celebrationAt', recurring: false, from: -37, to: -30, lateUntil: 0 };
  it('a booked celebration needs a contact 37 to 30 days before, once', async () => {
    const rows = [['C1', '2025-09-30', '2025-08-01', null, null]];
    expect(brief(await run(celebration, rows, '2025-10-15', h))).toEqual([[2, 'overdue', '2025-08-31']]);
    const done = [['C1', '2025-09-30', '2025-08-01', '2025-08-31', '电话']];
    expect(await run(celebration, done, '2026-10-15', h)).toEqual([]);
  });
  it('a celebration recorded after its due day creates no obligation', async () => {
    const rows = [['C1', '2025-09-30', '2025-09-10', null, null]];
    expect(await run(celebration, rows, '2025-10-15', h)).toEqual([]);
  });
});

describe('anniversary: a lunar date (寿辰 on 八月十五)', () => {
  const h = ['客户编号', '生日', '农历生日', '录入时间', '回访时间', '回访方式'];
  const lunar = { ...birthday, lunarDate: 'lunarBirthday' };
  it('each year falls on that lunar date: 2024-09-17 and 2025-10-06', async () => {
    const rows = [
      ['C1', null, '八月十五', '2024-01-10', null, null],
      ['C1', null, null, null, '2024-09-07', '电话'],
      ['C1', null, null, null, '2025-09-26', '电话'],
    ];
    expect(await run(lunar, rows, '2025-10-15', h)).toEqual([]);
    const missed = rows.slice(0, 2);
    expect(brief(await run(lunar, missed, '2025-10-15', h))).toEqual([[2, 'overdue', '2025-09-26']]);
  });
  it('a lunar date is used instead of the Gregorian one on the same customer', async () => {
    const rows = [['C1', '1950-03-01', '腊月初八', '2024-06-01', null, null]];
    // 腊月初八 of lunar 2024 is 2025-01-07: due 2024-12-28.
    expect(brief(await run(lunar, rows, '2025-01-05', h))).toEqual([[2, 'overdue', '2024-12-28']]);
  });
  it('an unreadable lunar date is indeterminate, naming the cell', async () => {
    const found = await run(lunar, [['C1', null, '中秋节那天', '2024-06-01', null, null]], '2025-10-15', h);
    expect(found.map((f) => [f.row, f.status, f.messageId, f.column])).toEqual([[2, 'indeterminate', 'lunar-unreadable', '农历生日']]);
  });
});

describe('anniversary: lunar dates at the edges of the table', () => {
  const h = ['客户编号', '生日', '农历生日', '录入时间', '回访时间', '回访方式'];
  const lunar = { ...birthday, lunarDate: 'lunarBirthday' };
  it('a customer known since before 1990 is judged from the table on; after 2100 is unknown', async () => {
    // Two contacts: a log, so the years without one are provably missed.
    const rows = [['C1', null, '八月十五', '1985-01-10', null, null], ['C1', null, null, null, '2024-09-05', '电话'], ['C1', null, null, null, '2025-09-26', '电话']];
    const found = await run({ ...lunar, forYears: 45 }, rows, '2025-10-15', h);
    // 1990-2023 missed in a row: one finding from the first.
    expect(found.map((f) => [f.status, f.messageId, f.data.periods])).toEqual([['overdue', 'missed-run', 34]]);
    expect(found[0].dueAt).toBe('1990-09-23'); // 中秋 1990 was 10-03
    const late = await run(lunar, [['C1', null, '八月十五', '2100-01-10', null, null]], '2101-12-31', h);
    expect(late.map((f) => f.messageId)).toContain('lunar-unknown');
  });
});

describe('anniversary: every message', () => {
  const h = ['客户编号', '生日', '农历生日', '录入时间', '回访时间', '回访方式'];
  const lunar = { ...birthday, lunarDate: 'lunarBirthday' };
  // [messageId, params, rows, as-of]: a ledger on which the rule emits it.
  const cases: [string, object, (string | null)[][], string][] = [
    ['overdue', birthday, [['C1', '1980-06-20', null, '2025-01-10', null, null]], '2025-10-15'],
    ['late', birthday, [['C1', '1980-06-20', null, '2025-01-10', null, null], ['C1', null, null, null, '2025-06-12', '电话']], '2025-10-15'],
    ['due-soon', birthday, [['C1', '1980-06-20', null, '2025-01-10', null, null]], '2025-06-09'],
    ['open', birthday, [['C1', '1980-06-20', null, '2025-01-10', null, null]], '2025-06-03'],
    ['missed-run', birthday, [['C1', '1980-06-20', null, '2024-01-10', null, null]], '2025-10-15'],
    ['lunar-unreadable', lunar, [['C1', null, '中秋节那天', '2024-06-01', null, null]], '2025-10-15'],
    ['lunar-unknown', lunar, [['C1', null, '八月十五', '2100-01-10', null, null]], '2101-12-31'],
    // One row per customer (a roster): a contact after the birthday hides any before it.
    ['roster-hidden', birthday, [['C1', '1980-06-20', null, '2025-01-10', '2025-09-01', '电话']], '2025-10-15'],
  ];
  it.each(cases)('%s', async (id, params, rows, asOf) => {
    expect((await run(params, rows, asOf, h)).map((f) => f.messageId)).toContain(id);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(anniversary.messages).sort()));
});

describe('anniversary: contacts by channel and callback type (the kind\'s own filter, not the rule\'s records)', () => {
  const h = ['客户编号', '生日', '录入时间', '回访时间', '回访方式', '回访类型'];
  const typed = { ...birthday, callbackTypes: ['生日'] };
  const born: (string | null)[] = ['C1', '1980-06-20', '2025-01-10', null, null, null];
  // A blank channel or type is no proof of another: the call counts. (The rule-level records filter
  // would make it a call that might count, so these stay params: see kinds/anniversary.ts.)
  it.each([
    ['a birthday call by phone', ['C1', null, null, '2025-06-08', '电话', '生日回访'], []],
    ['a blank channel', ['C1', null, null, '2025-06-08', null, '生日回访'], []],
    ['a blank callback type', ['C1', null, null, '2025-06-08', '电话', null], []],
    ['another channel', ['C1', null, null, '2025-06-08', '微信', '生日回访'], ['overdue']],
    ['another callback type', ['C1', null, null, '2025-06-08', '电话', '持续回访'], ['overdue']],
  ] as [string, (string | null)[], string[]][])('%s', async (_what, call, want) => {
    expect((await run(typed, [born, call], '2025-10-15', h)).map((f) => f.messageId)).toEqual(want);
  });
  it('a ledger without the callback-type column: every call counts', async () => {
    expect(await run(typed, [born.slice(0, 5), ['C1', null, null, '2025-06-08', '电话']], '2025-10-15', h.slice(0, 5))).toEqual([]);
  });
});
