import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/load';
import { renderFinding } from '../report/messages';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { CellValue } from '../table';

const SIX_MONTHS = { anchor: 'purchaseAt', anchorFallback: 'pickupAt', unit: 'months', windows: [{ from: 0, to: 1 }, { from: 2, to: 3 }, { from: 5, to: 6 }], startsAfter: true };
const header = ['客户编号', '购买日期', '交车日期', '回访时间', '回访内容'];
const row = (purchase: string | null, at: string | null, pickup: string | null = null): CellValue[] => ['U1', purchase, pickup, at, at ? '了解使用情况' : null];
const compact = (fs: Awaited<ReturnType<typeof kindFindings>>) => fs.map((f) => ({ status: f.status, dueAt: f.dueAt, overdueDays: f.overdueDays, messageId: f.messageId }));

async function check(params: object, rows: CellValue[][], asOf: string, h = header) {
  return compact(await kindFindings(oneRuleProfile('event-window', params), h, rows, asOf));
}

describe('event-window, a schedule in months (第1月、第3月、第6月)', () => {
  it('one contact in each month window passes; month ends clamp (01-31 + 1 month = 02-28)', async () => {
    const rows = [row('2025-01-31', '2025-02-28'), row('2025-01-31', '2025-04-01'), row('2025-01-31', '2025-07-31')];
    expect(await check(SIX_MONTHS, rows, '2025-09-01')).toEqual([]);
  });
  it('the purchase day itself is outside the first month window (it opens the day after)', async () => {
    const rows = [row('2025-01-31', '2025-01-31'), row('2025-01-31', '2025-04-01'), row('2025-01-31', '2025-07-31')];
    expect(await check(SIX_MONTHS, rows, '2025-09-01')).toEqual([{ status: 'overdue', dueAt: '2025-02-28', overdueDays: 185, messageId: 'overdue' }]);
  });
  it('a missed month-3 point is overdue, not "late" by the month-6 contact', async () => {
    const rows = [row('2025-01-31', '2025-02-10'), row('2025-01-31', '2025-07-02')];
    expect(await check(SIX_MONTHS, rows, '2025-09-01')).toEqual([{ status: 'overdue', dueAt: '2025-04-30', overdueDays: 124, messageId: 'overdue' }]);
  });
  it('a contact after a window but before the next one is late for it', async () => {
    const rows = [row('2025-01-31', '2025-02-10'), row('2025-01-31', '2025-05-05')];
    // Findings on one row come in status order: overdue before late.
    expect(await check(SIX_MONTHS, rows, '2025-09-01')).toEqual([
      { status: 'overdue', dueAt: '2025-07-31', overdueDays: 32, messageId: 'overdue' },
      { status: 'late', dueAt: '2025-04-30', overdueDays: 5, messageId: 'late' },
    ]);
  });
  it('an open point near its end is due soon; later points are not reported yet', async () => {
    expect(await check(SIX_MONTHS, [row('2025-01-31', null)], '2025-02-27')).toEqual([{ status: 'due-soon', dueAt: '2025-02-28', overdueDays: undefined, messageId: 'due-soon' }]);
  });
  it('falls back to the delivery date when the purchase date is blank', async () => {
    const rows = [row(null, '2025-02-05', '2025-01-05')];
    expect(await check(SIX_MONTHS, rows, '2025-04-10')).toEqual([{ status: 'overdue', dueAt: '2025-04-05', overdueDays: 5, messageId: 'overdue' }]);
  });
  it('without the anchor column nor its fallback: one indeterminate naming the column', async () => {
    const fs = await kindFindings(oneRuleProfile('event-window', SIX_MONTHS), ['客户编号', '回访时间', '回访内容'], [['U1', '2025-02-10', '好']], '2025-09-01');
    expect(fs.map((f) => [f.status, f.messageId, f.data.field])).toEqual([['indeterminate', 'missing-column', 'purchaseAt']]);
  });
  it('4-6 months is inclusive at both ends: 02-28 + 6 months = 08-28', async () => {
    const p = { anchor: 'purchaseAt', unit: 'months', windows: [{ from: 4, to: 6 }] };
    expect(await check(p, [row('2025-02-28', '2025-06-28')], '2025-12-01')).toEqual([]);
    expect(await check(p, [row('2025-02-28', '2025-08-28')], '2025-12-01')).toEqual([]);
    expect(await check(p, [row('2025-02-28', '2025-08-29')], '2025-12-01')).toEqual([{ status: 'late', dueAt: '2025-08-28', overdueDays: 1, messageId: 'late' }]);
  });
});

describe('event-window, a schedule\'s windows missed in a row are one finding (a run)', () => {
  const fined = { fine: { amount: 50, payer: '业务员' } };
  const h = ['客户编号', '购买日期', '回访时间', '回访结果', '回访内容'];
  const r = (at: string | null, result: string | null = '已接通'): CellValue[] => ['U1', '2025-01-10', at, at ? result : null, at ? '了解使用情况' : null];
  // Five month windows [P + k months, P + k+1 months) of a purchase on 01-10: each ends the day before the 10th.
  const MONTHS = { anchor: 'purchaseAt', unit: 'months', windows: [0, 1, 2, 3, 4].map((k) => ({ from: k, to: k + 1 })), endsBefore: true, opens: true };
  // Another customer, without a purchase, called twice: the ledger is a log (one contact a customer would read as a roster of latest contacts).
  const log: CellValue[][] = [['U9', null, '2025-01-05', '已接通', '问候'], ['U9', null, '2025-01-06', '已接通', '问候']];
  const found = (params: object, rows: CellValue[][], asOf: string) => kindFindings(oneRuleProfile('event-window', params, fined), h, [...rows, ...log], asOf);
  const brief = (fs: Awaited<ReturnType<typeof kindFindings>>) => fs.map((f) => [f.status, f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing]);

  it('第1、3、6月 all missed: one overdue run from the first point, the fine three times, still owed', async () => {
    const [f, ...rest] = await kindFindings(oneRuleProfile('event-window', SIX_MONTHS, fined), header, [row('2025-01-31', null)], '2025-09-01');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      status: 'overdue',
      messageId: 'missed-run',
      row: 2,
      column: '购买日期',
      dueAt: '2025-02-28',
      overdueDays: 185,
      fine: { amount: 150 },
      missed: { periods: 3, since: '2025-02-28', dues: ['2025-02-28', '2025-04-30', '2025-07-31'], ongoing: true },
      data: { since: '2025-02-28', periods: 3, start: '2025-02-01', end: '2025-07-31' },
    });
    const profile = parseProfile(oneRuleProfile('event-window', SIX_MONTHS, fined));
    expect(renderFinding(f, profile, 'zh')).toBe('「测试」漏访：自 2025-02-28 起连续 3 期没有成功回访（2025-02-01 至 2025-07-31）。');
    expect(renderFinding(f, profile, 'en')).toBe('"test" missed: no successful contact in 3 windows in a row since 2025-02-28 (2025-02-01 to 2025-07-31).');
  });
  it('a single missed window (month 4, 04-10 to 05-09) reads as it always has: overdue, no run, the fine once', async () => {
    const [f, ...rest] = await found(MONTHS, [r('2025-01-20'), r('2025-03-01'), r('2025-04-01'), r('2025-05-20')], '2025-06-15');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'overdue', messageId: 'overdue', dueAt: '2025-05-09', overdueDays: 37, fine: { amount: 50 }, data: { due: '2025-05-09', days: 37 } });
    expect(f.missed).toBeUndefined();
  });
  it.each([
    // [what, contacts, as-of, findings: status, message, dueAt, periods, ongoing]
    ['all five closed and missed: one run, still owed', [], '2025-06-15', [['overdue', 'missed-run', '2025-02-09', 5, true]]],
    ['an attempt in month 3 breaks the run: two runs, the first ended', [r('2025-03-20', '未接通')], '2025-06-15', [
      ['overdue', 'missed-run', '2025-02-09', 2, false],
      ['overdue', 'missed-run', '2025-05-09', 2, true],
      ['violation', 'attempted', '2025-04-09', undefined, undefined],
    ]],
    ['a call in month 3 ends the run: it is about the past', [r('2025-03-20')], '2025-04-15', [['overdue', 'missed-run', '2025-02-09', 2, false], ['open', 'open', '2025-05-09', undefined, undefined]]],
    ['month 3 in progress: the run reaches the check', [], '2025-03-15', [['overdue', 'missed-run', '2025-02-09', 2, true], ['open', 'open', '2025-04-09', undefined, undefined]]],
    ['month 3 in progress and already called: the run still reaches the last closed window', [r('2025-03-12')], '2025-03-15', [['overdue', 'missed-run', '2025-02-09', 2, true]]],
  ] as [string, CellValue[][], string, unknown[][]][])('%s', async (_what, contacts, asOf, want) => {
    const fs = await found(MONTHS, [r(null), ...contacts], asOf);
    expect(brief(fs)).toEqual(want);
    // The fine per missed window: 50 yuan each.
    for (const f of fs) if (f.messageId === 'missed-run') expect(f.fine).toMatchObject({ amount: 50 * f.missed!.periods });
  });
  it('each anchor is its own schedule: two purchases, two runs', async () => {
    const two = [r(null), ['U1', '2025-08-10', null, null, null] as CellValue[]];
    expect(brief(await found(MONTHS, two, '2026-02-01'))).toEqual([
      ['overdue', 'missed-run', '2025-02-09', 5, true],
      ['overdue', 'missed-run', '2025-09-09', 5, true],
    ]);
  });
});

describe('event-window, a schedule in days and working days', () => {
  const repair = { anchor: 'repairAt', unit: 'days', windows: [{ from: 3, to: 5 }], early: 'warning' };
  const h = ['客户编号', '维修完成时间', '回访时间', '回访内容'];
  const r = (at: string, contact: string | null): CellValue[] => ['U2', at, contact, contact ? '确认维修效果' : null];
  it('day 3 and day 5 are inside; day 6 is late; day 1 is too early (a warning)', async () => {
    expect(await check(repair, [r('2025-10-01', '2025-10-04')], '2025-10-20', h)).toEqual([]);
    expect(await check(repair, [r('2025-10-01', '2025-10-06')], '2025-10-20', h)).toEqual([]);
    expect(await check(repair, [r('2025-10-01', '2025-10-07')], '2025-10-20', h)).toEqual([{ status: 'late', dueAt: '2025-10-06', overdueDays: 1, messageId: 'late' }]);
    expect(await check(repair, [r('2025-10-01', '2025-10-02')], '2025-10-20', h)).toEqual([{ status: 'violation', dueAt: '2025-10-06', overdueDays: undefined, messageId: 'early' }]);
  });
  it('one window per repair date', async () => {
    const rows = [r('2025-09-01', '2025-09-04'), r('2025-10-01', null)];
    expect(await check(repair, rows, '2025-10-20', h)).toEqual([{ status: 'overdue', dueAt: '2025-10-06', overdueDays: 14, messageId: 'overdue' }]);
  });
  it('working days skip 国庆 and count the 10-11 make-up Saturday', async () => {
    const p = { anchor: 'repairAt', unit: 'workdays', windows: [{ from: 1, to: 3 }] };
    // 09-30 + 1 working day = 10-09 (10-01..08 off); + 3 = 10-11 (a make-up working Saturday).
    expect(await check(p, [r('2025-09-30', '2025-10-11')], '2025-10-20', h)).toEqual([]);
    expect(await check(p, [r('2025-09-30', '2025-10-12')], '2025-10-20', h)).toEqual([{ status: 'late', dueAt: '2025-10-11', overdueDays: 1, messageId: 'late' }]);
  });
  it('working days across 春节 2025 (01-28..02-04 off, 02-08 Sat on)', async () => {
    const p = { anchor: 'repairAt', unit: 'workdays', windows: [{ from: 0, to: 3 }] };
    // 01-27 + 3 working days: 02-05, 02-06, 02-07.
    expect(await check(p, [r('2025-01-27', '2025-02-07')], '2025-03-01', h)).toEqual([]);
    expect(await check(p, [r('2025-01-27', '2025-02-08')], '2025-03-01', h)).toEqual([{ status: 'late', dueAt: '2025-02-07', overdueDays: 1, messageId: 'late' }]);
  });
});

describe('event-window, a window with a first day (opens): open from that day, due soon within the lead time', () => {
  const h = ['客户编号', '维修完成时间', '回访时间', '回访内容'];
  const r = (at: string, contact: string | null): CellValue[] => ['U2', at, contact, contact ? '确认维修效果' : null];
  // 维修后3~5天内: the window 10-04..10-06 of a repair on 10-01.
  const repair = { anchor: 'repairAt', unit: 'days', windows: [{ from: 3, to: 5 }], opens: true };
  it.each([
    ['not open yet: nothing', '2025-10-03', null, []],
    ['opens today: open', '2025-10-04', null, [{ status: 'open', dueAt: '2025-10-06', overdueDays: undefined, messageId: 'open' }]],
    ['within the lead time (1 day): due soon', '2025-10-05', null, [{ status: 'due-soon', dueAt: '2025-10-06', overdueDays: undefined, messageId: 'due-soon' }]],
    ['done inside the window, before its end: nothing', '2025-10-05', '2025-10-04', []],
    ['not done by the end: overdue', '2025-10-08', null, [{ status: 'overdue', dueAt: '2025-10-06', overdueDays: 2, messageId: 'overdue' }]],
  ] as [string, string, string | null, object[]][])('%s', async (_what, asOf, contact, want) => {
    expect(await check(repair, [r('2025-10-01', contact)], asOf, h)).toEqual(want);
  });
  it('says the window and by when, with its quota; due soon names the window too', async () => {
    const profile = oneRuleProfile('event-window', repair);
    const [f] = await kindFindings(profile, h, [r('2025-10-01', null)], '2025-10-04');
    expect(f).toMatchObject({ severity: 'info', quota: { done: 0, required: 1, periodStart: '2025-10-04', periodEnd: '2025-10-06' } });
    expect(renderFinding(f, parseProfile(profile), 'zh')).toBe('「测试」窗口已开始：请于 2025-10-06 前完成（窗口 2025-10-04 至 2025-10-06）。');
    const [soon] = await kindFindings(profile, h, [r('2025-10-01', null)], '2025-10-05');
    expect(renderFinding(soon, parseProfile(profile), 'zh')).toBe('「测试」即将到期：请于 2025-10-06 前完成（窗口 2025-10-04 至 2025-10-06）。');
    expect(soon.quota).toMatchObject({ periodStart: '2025-10-04' });
  });
  it('a deadline without a first day (opens: false) says nothing until the lead time, as before', async () => {
    const deadline = { anchor: 'repairAt', unit: 'days', windows: [{ from: 0, to: 5 }] };
    expect(await check(deadline, [r('2025-10-01', null)], '2025-10-03', h)).toEqual([]);
    const [soon] = await kindFindings(oneRuleProfile('event-window', deadline), h, [r('2025-10-01', null)], '2025-10-05');
    expect([soon.status, soon.data, soon.quota]).toEqual(['due-soon', { due: '2025-10-06' }, undefined]);
  });
  it('a schedule: only the window in progress is open (第3月 of a purchase on 01-31: 04-01..04-30)', async () => {
    const rows = [row('2025-01-31', '2025-02-10')];
    expect(await check({ ...SIX_MONTHS, opens: true }, rows, '2025-04-01')).toEqual([{ status: 'open', dueAt: '2025-04-30', overdueDays: undefined, messageId: 'open' }]);
    expect(await check({ ...SIX_MONTHS, opens: true }, rows, '2025-03-31')).toEqual([]);
    expect(await check(SIX_MONTHS, rows, '2025-04-01')).toEqual([]);
  });
});

describe('event-window, a schedule in months: a window to the month end, or some days past the point', () => {
  const h = ['客户编号', '维修日期', '回访时间', '回访内容'];
  const r = (at: string, contact: string | null): CellValue[] => ['U3', at, contact, contact ? '确认维修效果' : null];
  it('toMonthEnd: repairs of month m are due by the end of month m + 1, whatever the day', async () => {
    const p = { anchor: 'repairAt', unit: 'months', windows: [{ from: 0, to: 1 }], toMonthEnd: true };
    expect(await check(p, [r('2025-09-01', '2025-10-31')], '2025-11-10', h)).toEqual([]);
    expect(await check(p, [r('2025-09-30', '2025-11-01')], '2025-11-10', h)).toEqual([{ status: 'late', dueAt: '2025-10-31', overdueDays: 1, messageId: 'late' }]);
    expect(await check(p, [r('2025-01-31', null)], '2025-03-01', h)).toEqual([{ status: 'overdue', dueAt: '2025-02-28', overdueDays: 1, messageId: 'overdue' }]);
  });
  it('plusDays: [P + 1 month, P + 1 month + 14 days]', async () => {
    const p = { anchor: 'repairAt', unit: 'months', windows: [{ from: 1, to: 1, plusDays: 14 }] };
    expect(await check(p, [r('2025-10-03', '2025-11-03')], '2025-12-01', h)).toEqual([]);
    expect(await check(p, [r('2025-10-03', '2025-11-17')], '2025-12-01', h)).toEqual([]);
    expect(await check(p, [r('2025-10-03', '2025-11-18')], '2025-12-01', h)).toEqual([{ status: 'late', dueAt: '2025-11-17', overdueDays: 1, messageId: 'late' }]);
  });
});

describe('event-window, one window after each anchor', () => {
  const h = ['客户编号', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
  const call = (recv: string, at: string | null, channel: string | null = '电话', result: string | null = '已接通'): CellValue[] => ['K1', recv, at, at ? channel : null, at ? '了解需求' : null, at ? result : null];
  const day = { anchor: 'receptionAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }], channels: ['phone', 'visit'] };
  const run = (params: object, rows: CellValue[][], asOf: string, extra: object = {}, profile: object = {}) => findingsOfKind('event-window', params, h, rows, asOf, profile, extra);
  it('24 h in clock time: 24 h 00 min is inside, later is late, none is overdue, an open window is due soon', async () => {
    expect(await run(day, [call('2025-03-05 09:30', '2025-03-06 09:30')], '2025-03-10')).toEqual([]);
    expect((await run(day, [call('2025-03-05 09:30', '2025-03-06 09:31')], '2025-03-10')).map((f) => [f.status, f.messageId, f.overdueDays])).toEqual([['late', 'late', 1]]);
    expect((await run(day, [call('2025-03-05 09:30', null)], '2025-03-10')).map((f) => [f.status, f.messageId, f.overdueDays])).toEqual([['overdue', 'overdue', 5]]);
    expect((await run(day, [call('2025-03-05 09:30', null)], '2025-03-05T12:00')).map((f) => [f.status, f.messageId])).toEqual([['due-soon', 'due-soon']]);
  });
  it('clock windows need minutes: a date-only anchor, or a date-only contact on the due day, is indeterminate', async () => {
    expect((await run(day, [call('2025-03-05', '2025-03-06 09:00')], '2025-03-10')).map((f) => f.messageId)).toEqual(['anchor-no-time']);
    expect((await run(day, [call('2025-03-05 09:30', '2025-03-06')], '2025-03-10')).map((f) => f.messageId)).toEqual(['contact-no-time']);
  });
  it('only unreached attempts in the window: attempted (a warning); with attemptsCount the attempt is enough', async () => {
    const rows = [call('2025-03-05 09:30', '2025-03-05 15:00', '电话', '未接通')];
    expect((await run(day, rows, '2025-03-10')).map((f) => [f.status, f.messageId])).toEqual([['violation', 'attempted']]);
    expect(await run({ ...day, attemptsCount: true }, rows, '2025-03-10')).toEqual([]);
  });
  it('channels: another channel does not count; a blank channel counts; an unreadable one cannot be told', async () => {
    expect((await run(day, [call('2025-03-05 09:30', '2025-03-05 15:00', '短信')], '2025-03-10')).map((f) => f.messageId)).toEqual(['overdue']);
    expect(await run(day, [call('2025-03-05 09:30', '2025-03-05 15:00', null)], '2025-03-10')).toEqual([]);
    expect((await run(day, [call('2025-03-05 09:30', '2025-03-05 15:00', '电活')], '2025-03-10')).map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'unsure-contact']]);
  });
  it('early: a contact after the anchor but before the window is a warning when asked for', async () => {
    const p = { anchor: 'receptionAt', unit: 'minutes', windows: [{ from: 60, to: 120 }], early: 'warning' };
    expect((await run(p, [call('2025-03-05 09:00', '2025-03-05 09:30')], '2025-03-10')).map((f) => [f.status, f.messageId])).toEqual([['violation', 'early']]);
    expect((await run({ ...p, early: 'ignore' }, [call('2025-03-05 09:00', '2025-03-05 09:30')], '2025-03-10')).map((f) => f.messageId)).toEqual(['overdue']);
  });
  it('working days in a year the calendar does not know: calendar-unknown', async () => {
    const p = { anchor: 'receptionAt', unit: 'workdays', windows: [{ from: 0, to: 5 }] };
    expect((await run(p, [call('2040-03-05', null)], '2040-04-10')).map((f) => [f.status, f.messageId, f.data.year])).toEqual([['indeterminate', 'calendar-unknown', 2040]]);
  });
  it('sincePrevious: a window before each anchor opens after the previous anchor', async () => {
    const p = { anchor: 'receptionAt', unit: 'days', windows: [{ from: -30, to: 0 }], sincePrevious: true };
    const rows = [call('2025-03-05', '2025-03-01'), call('2025-03-20', null)];
    // The 03-01 contact is the 03-05 anchor's; the 03-20 one has none after 03-05.
    expect((await run(p, rows, '2025-04-01')).map((f) => [f.status, f.dueAt])).toEqual([['overdue', '2025-03-20']]);
    expect(await run({ ...p, sincePrevious: false }, rows, '2025-04-01')).toEqual([]);
  });
  it('a ledger of latest contacts only (a roster) cannot show an earlier contact in the window: roster-hidden', async () => {
    const rh = ['客户编号', '接待时间', '最近回访时间', '回访内容'];
    const found = await findingsOfKind('event-window', { anchor: 'receptionAt', unit: 'days', windows: [{ from: 0, to: 3 }] }, rh, [['K1', '2025-03-01', '2025-03-20', '了解需求'], ['K2', '2025-03-01', '2025-03-02', '了解需求']], '2025-04-01');
    expect(found.map((f) => [f.row, f.status, f.messageId])).toEqual([[2, 'indeterminate', 'roster-hidden']]);
  });
});

describe('event-window with a records filter on callback types (ifColumnMissing: pass)', () => {
  const h = ['客户编号', '首保日期', '回访时间', '回访类型', '回访内容'];
  const p = { anchor: 'firstServiceAt', unit: 'days', windows: [{ from: -7, to: -3 }] };
  const records = { callbackTypes: ['首保'], ifColumnMissing: 'pass' as const };
  const run = (rows: CellValue[][], profile: object = {}, header = h) => findingsOfKind('event-window', p, header, rows, '2025-04-01', profile, { records });
  it('another type does not count; a blank type counts (no proof of another)', async () => {
    expect((await run([['K1', '2025-03-10', '2025-03-05', '满意度', '问候']])).map((f) => f.messageId)).toEqual(['overdue']);
    expect(await run([['K1', '2025-03-10', '2025-03-05', '首保提醒', '提醒首保']])).toEqual([]);
    expect(await run([['K1', '2025-03-10', '2025-03-05', null, '提醒首保']])).toEqual([]);
  });
  it('the filter selects contacts, never anchors: a row of another type still carries its anchor', async () => {
    const rows = [['K1', '2025-03-10', null, '满意度', null], ['K1', null, '2025-03-05', '首保提醒', '提醒首保']];
    expect(await run(rows)).toEqual([]);
  });
  it('without a callback-type column every contact counts', async () => {
    expect(await run([['K1', '2025-03-10', '2025-03-05', '问候']], {}, ['客户编号', '首保日期', '回访时间', '回访内容'])).toEqual([]);
  });
  it('a callback type the profile does not know might be this one: indeterminate, not overdue', async () => {
    const found = await run([['K1', '2025-03-10', '2025-03-05', '保养通知', '电话通知']], { callbackTypes: ['首保提醒', '满意度回访'] });
    expect(found.map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'unsure-contact']]);
  });
});
