import { describe, expect, it } from 'vitest';
import { renderFinding } from '../report/messages';
import { parseProfile } from '../profile/load';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { RecordFilter } from '../rule/record-filter';
import type { Finding } from '../rule/finding';

/** The findings against the ledger: not the quota of the period in progress (`open`). */
const breaches = (found: Finding[]) => found.filter((f) => f.status !== 'open');

/** Only 持续 callbacks count, where the ledger tells callback types apart. */
const continuing: RecordFilter = { callbackTypes: ['持续'], ifColumnMissing: 'pass' };

// count-per-period without a tier, per half-year and per year, with callback types and a start field.
const header = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容', '回访结果'];
const yearly = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'year', min: 1, startField: 'signedAt', prorateBelowDays: 183, proratedMin: 0 }, { records: continuing });
const row = (id: string, signed: string, at: string | null, type = '持续回访') => [id, signed, at, at ? type : null, at ? '了解理财经理服务' : null, at ? '已接通' : null];

describe('count-per-period: per year, every customer', () => {
  it('one continuing callback in each whole calendar year since signing; 2026 is open from its first days', async () => {
    const f = await kindFindings(yearly, header, [row('K1', '2024-03-01', '2024-11-01 10:00'), row('K1', '2024-03-01', '2025-06-01 10:00')], '2026-01-10');
    expect(f.map((x) => [x.status, x.severity, x.dueAt, x.quota])).toEqual([['open', 'info', '2026-12-31', { done: 0, required: 1, unit: 'day', periodStart: '2026-01-01', periodEnd: '2026-12-31' }]]);
  });
  it('a year without one is a violation at its end', async () => {
    const f = breaches(await kindFindings(yearly, header, [row('K1', '2024-03-01', '2024-11-01 10:00')], '2026-01-10'));
    expect(f.map((x) => [x.status, x.dueAt, x.data.start, x.data.end, x.data.count])).toEqual([['violation', '2025-12-31', '2025-01-01', '2025-12-31', 0]]);
    // A single missed period reads as it always did, and carries its run of one like any run.
    expect(f[0].missed).toEqual({ periods: 1, since: '2025-12-31', dues: ['2025-12-31'], ongoing: true });
    expect(renderFinding(f[0], parseProfile(yearly), 'zh')).toContain('该年度（2025-01-01 至 2025-12-31）「回访类型」含“持续”的成功回访只有 0 天');
  });
  it('the signing year is exempt when fewer than 183 days remain (signed 2024-07-03), not when signed 2024-07-01', async () => {
    // (A log: the new-signing callback and the continuing one.)
    expect(await kindFindings(yearly, header, [row('K1', '2024-07-03', '2024-07-05 10:00', '新签约'), row('K1', '2024-07-03', '2025-05-01 10:00')], '2025-06-01')).toEqual([]);
    const f = breaches(await kindFindings(yearly, header, [row('K1', '2024-07-01', '2024-07-05 10:00', '新签约'), row('K1', '2024-07-01', '2025-05-01 10:00')], '2025-06-01'));
    expect(f.map((x) => x.dueAt)).toEqual(['2024-12-31']);
  });
  it('other callback types do not count', async () => {
    const f = breaches(await kindFindings(yearly, header, [row('K1', '2024-01-05', '2024-01-08 10:00', '新签约回访'), row('K1', '2024-01-05', '2024-02-08 10:00', '专项回访')], '2025-01-10'));
    expect(f.map((x) => x.dueAt)).toEqual(['2024-12-31']);
  });
  it('the current year still open: open all year, due soon only near its end', async () => {
    const rows = [row('K1', '2025-01-05', '2025-01-08 10:00', '新签约'), row('K1', '2025-01-05', '2025-02-08 10:00', '新签约')];
    const open = await kindFindings(yearly, header, rows, '2025-10-15');
    expect(open.map((x) => [x.status, x.dueAt, x.messageId])).toEqual([['open', '2025-12-31', 'period-open']]);
    expect(renderFinding(open[0], parseProfile(yearly), 'zh')).toContain('本年度已回访 0 天，还需 1 天，2025-12-31 前（2025-01-05 至 2025-12-31）');
    const f = await kindFindings(yearly, header, rows, '2025-12-31');
    expect(f.map((x) => [x.status, x.dueAt])).toEqual([['due-soon', '2025-12-31']]);
  });
  it('a roster (latest callback only) proves only the whole years after it', async () => {
    const f = breaches(await kindFindings(yearly, header, [row('K1', '2023-01-05', '2024-05-01 10:00'), row('K2', '2023-01-05', '2025-05-01 10:00')], '2026-01-10'));
    expect(f.map((x) => [x.customer, x.dueAt])).toEqual([['K1', '2025-12-31']]);
  });
  it('a terminated client owes nothing for the year of termination and after', async () => {
    const ended = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'year', min: 1, startField: 'signedAt', endField: 'terminatedAt' }, { records: continuing });
    const h = [...header, '解约日期'];
    const rows = [[...row('K1', '2023-03-01', '2023-06-05 10:00'), null], [...row('K1', '2023-03-01', '2024-06-05 10:00'), '2025-02-01']];
    expect(await kindFindings(ended, h, rows, '2026-03-01')).toEqual([]);
    // Terminated in 2026: no quota for the year in progress either.
    const f = await kindFindings(ended, h, [rows[0], [...rows[1].slice(0, 6), '2026-02-01']], '2026-03-01');
    expect(f.map((x) => x.dueAt)).toEqual(['2025-12-31']);
  });
  it('without a start date: indeterminate', async () => {
    const f = await kindFindings(yearly, header, [['K1', null, null, null, null, null]], '2025-10-15');
    expect(f.map((x) => [x.status, x.messageId])).toEqual([['indeterminate', 'no-anchor']]);
  });
});

describe('count-per-period: per half-year', () => {
  const half = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'halfyear', min: 1 });
  it('January-June and July-December, from the first record', async () => {
    const rows = [['K1', null, '2025-02-01 10:00', null, '走访', '已接通'], ['K1', null, '2025-05-01 10:00', null, '走访', '已接通']];
    const f = breaches(await kindFindings(half, header, rows, '2026-01-05'));
    expect(f.map((x) => [x.status, x.data.start, x.data.end])).toEqual([['violation', '2025-07-01', '2025-12-31']]);
    expect(renderFinding(f[0], parseProfile(half), 'en')).toContain('the half-year (2025-07-01 to 2025-12-31)');
  });
});

describe('count-per-period, per channel', () => {
  const header = ['客户名称', '客户类型', '回访日期', '回访方式', '回访内容', '回访结果'];
  const extra = { tiers: [{ code: 'M', label: { zh: '创客', en: 'maker' } }], tierSynonyms: { 创客: 'M' }, headers: { tier: ['客户类型'] } };
  const MONTHLY = { mode: 'per-channel', tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] };
  const row = (at: string, channel: string, outcome = '已接通') => ['创客甲', '创客', at, channel, '了解线路开发进度', outcome];
  it('a visit and two phone/WeChat contacts in each whole month pass; the first partial month is not counted', async () => {
    const rows = [row('2025-08-20', '电话'), row('2025-09-03', '上门'), row('2025-09-10', '电话'), row('2025-09-25', '微信')];
    expect(await findingsOfKind('count-per-period', MONTHLY, header, rows, '2025-09-30', extra)).toEqual([]);
    // In the first, partial month nothing is counted, nor owed yet.
    expect(await findingsOfKind('count-per-period', MONTHLY, header, [row('2025-08-20', '电话'), row('2025-08-22', '电话')], '2025-08-25', extra)).toEqual([]);
  });
  it('a month without a visit and with one call: one finding per short group; unanswered calls do not count', async () => {
    const rows = [row('2025-08-20', '电话'), row('2025-09-10', '电话'), row('2025-09-12', '电话', '未接通')];
    const f = await findingsOfKind('count-per-period', MONTHLY, header, rows, '2025-10-15', extra);
    expect(f).toMatchObject([
      { status: 'violation', dueAt: '2025-09-30', data: { count: 0, min: 1 } },
      { status: 'violation', dueAt: '2025-09-30', data: { count: 1, min: 2 } },
      { status: 'open', dueAt: '2025-10-31', data: { count: 0, min: 1, more: 1 } },
      { status: 'open', dueAt: '2025-10-31', data: { count: 0, min: 2, more: 2 } },
    ]);
  });
});

describe('count-per-period, the remaining messages', () => {
  const h = ['客户编号', '回访时间', '回访类型', '回访内容', '回访结果'];
  it('short-type: each group of words needs its own count (eachOf)', async () => {
    const p = { mode: 'any-channel', period: 'year', min: 1, eachOf: [['礼物'], ['需求']], months: [12] };
    const rows = [['K1', '2024-12-20 10:00', '送礼物', '新年礼物', '已接通'], ['K1', '2025-12-20 10:00', '送礼物', '新年礼物', '已接通']];
    const once = await findingsOfKind('count-per-period', p, h, rows, '2025-01-10');
    expect(once.map((x) => [x.messageId, x.data.types, x.dueAt])).toEqual([['short-type', '需求', '2024-12-31']]);
    // Two Decembers in a row without a needs survey: one run, in the group's words; not owed now
    // (only a December survey counts), so not ongoing until 1 December.
    const f = await kindFindings(oneRuleProfile('count-per-period', p), h, rows, '2026-01-10');
    expect(f.map((x) => [x.messageId, x.data.types, x.dueAt, x.missed])).toEqual([['missed-run-type', '需求', '2024-12-31', { periods: 2, since: '2024-12-31', dues: ['2024-12-31', '2025-12-31'], ongoing: false }]]);
    expect(renderFinding(f[0], parseProfile(oneRuleProfile('count-per-period', p)), 'zh')).toContain('漏访：自 2024-12-01 起连续 2 年没有“需求”的记录（2024-12-01 至 2025-12-31）');
  });
  it('listed months: the quota opens with the first of them (December), not on 1 January', async () => {
    const p = { mode: 'any-channel', period: 'year', min: 1, eachOf: [['礼物'], ['需求']], months: [12] };
    const rows = [['K1', '2024-12-20 10:00', '送礼物', '新年礼物和次年需求', '已接通']];
    expect(await findingsOfKind('count-per-period', p, h, rows, '2025-11-30')).toEqual([]);
    const f = await findingsOfKind('count-per-period', p, h, rows, '2025-12-01');
    expect(f.map((x) => [x.status, x.messageId, x.data.types, x.data.start])).toEqual([
      ['open', 'period-open-type', '礼物', '2025-12-01'],
      ['open', 'period-open-type', '需求', '2025-12-01'],
    ]);
  });
  it('roster-count: a roster cannot count two a month', async () => {
    const hr = ['客户编号', '最近回访时间', '回访内容', '回访结果'];
    const f = await findingsOfKind('count-per-period', { mode: 'any-channel', period: 'month', min: 2 }, hr, [['K1', '2025-03-05 10:00', '好', '已接通']], '2025-03-20');
    expect(f.map((x) => x.messageId)).toEqual(['roster-count']);
  });
  it('per channel, roster-count: a roster cannot count channels per month', async () => {
    const hr = ['客户编号', '最近回访时间', '回访方式', '回访内容', '回访结果'];
    const f = await findingsOfKind('count-per-period', { mode: 'per-channel', period: 'month', groups: [{ channels: ['visit'], min: 1 }] }, hr, [['K1', '2025-03-05 10:00', '上门', '好', '已接通']], '2025-05-20');
    expect(f.map((x) => x.messageId)).toEqual(['roster-count']);
  });
  it('records: a blank callback type counts (not proof of another type); another type does not', async () => {
    const p = { mode: 'any-channel', period: 'halfyear', min: 1 };
    const records = { records: { callbackTypes: ['领导'], ifColumnMissing: 'pass' as const } };
    const rows = (type: string | null) => [['K1', '2025-01-05 10:00', type, '座谈', '已接通'], ['K1', '2025-07-05 10:00', type, '座谈', '已接通']];
    expect(await findingsOfKind('count-per-period', p, h, rows(null), '2025-12-31', {}, records)).toEqual([]);
    // Two half-years in a row of another type: one run, saying which type counts.
    expect((await findingsOfKind('count-per-period', p, h, rows('日常'), '2026-01-10', {}, records)).map((x) => [x.status, x.messageId])).toEqual([
      ['violation', 'missed-run-typed'],
      ['open', 'period-open'],
    ]);
  });
});

// Runs: consecutive missed periods of one rule and customer are one finding (its fine once per period).
describe('count-per-period: runs of missed periods', () => {
  const h = ['客户编号', '回访时间', '回访内容', '回访结果'];
  const weekly = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'week', min: 1 }, { fine: { amount: 50, payer: '业务员' } });
  const call = (at: string) => ['K1', `${at} 10:00`, '了解用车情况', '已接通'];
  // 2025-09-01 is a Monday.
  it('three missed weeks in a row, then a call: one finding, 3 periods, the fine three times, ended', async () => {
    const f = await kindFindings(weekly, h, [call('2025-09-01'), call('2025-09-29')], '2025-10-01');
    expect(f.map((x) => [x.status, x.messageId, x.dueAt, x.overdueDays, x.row])).toEqual([['violation', 'missed-run', '2025-09-14', 17, 2]]);
    expect(f[0].missed).toEqual({ periods: 3, since: '2025-09-14', dues: ['2025-09-14', '2025-09-21', '2025-09-28'], ongoing: false });
    expect(f[0].fine).toEqual({ amount: 150, currency: 'CNY' });
    expect(f[0].data).toMatchObject({ start: '2025-09-08', end: '2025-09-28', periods: 3, count: 0 });
    expect(renderFinding(f[0], parseProfile(weekly), 'zh')).toBe('「测试」漏访：自 2025-09-08 那周起连续 3 周没有成功回访（2025-09-08 至 2025-09-28）。');
    expect(renderFinding(f[0], parseProfile(weekly), 'en')).toBe('"test" missed: no successful contact for 3 weeks in a row from 2025-09-08 (2025-09-08 to 2025-09-28).');
  });
  it('a run up to the last week ended, nothing this week yet: ongoing, and the week in progress is open', async () => {
    const f = await kindFindings(weekly, h, [call('2025-09-01'), call('2025-09-03')], '2025-10-01');
    expect(f.map((x) => [x.status, x.dueAt, x.missed?.periods, x.missed?.ongoing])).toEqual([
      ['violation', '2025-09-14', 3, true],
      ['open', '2025-10-05', undefined, undefined],
    ]);
    expect(f[1].quota).toEqual({ done: 0, required: 1, unit: 'day', periodStart: '2025-09-29', periodEnd: '2025-10-05' });
  });
  it('a kept week breaks a run: two findings, a single missed week as it always read and a run of two', async () => {
    const f = await kindFindings(weekly, h, [call('2025-09-01'), call('2025-09-17'), call('2025-10-07')], '2025-10-08');
    expect(f.map((x) => [x.messageId, x.dueAt, x.missed?.periods, x.fine])).toEqual([
      ['short', '2025-09-14', 1, { amount: 50, currency: 'CNY' }],
      ['missed-run', '2025-09-28', 2, { amount: 100, currency: 'CNY' }],
    ]);
    expect(f[0].data).toEqual({ start: '2025-09-08', end: '2025-09-14', count: 0, min: 1, due: '2025-09-14', periodKind: 'week' });
  });
  it('an unreadable row that could be a week’s call makes that week indeterminate, which breaks the run', async () => {
    const rows = [call('2025-09-01'), ['K1', '9月17日 10:00', '了解用车情况', '已接通'], call('2025-10-07')];
    const f = await kindFindings(weekly, h, rows, '2025-10-08');
    expect(f.filter((x) => x.messageId !== 'invalid').map((x) => [x.status, x.messageId, x.dueAt, x.missed?.periods])).toEqual([
      ['violation', 'short', '2025-09-14', 1],
      ['violation', 'missed-run', '2025-09-28', 2],
      ['indeterminate', 'unsure-contact', '2025-09-21', undefined],
    ]);
  });
  it('short months in a row: one short-run finding with the latest count', async () => {
    const monthly = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'month', min: 2 });
    const f = await kindFindings(monthly, h, [call('2025-06-03'), call('2025-06-20'), call('2025-07-03'), call('2025-08-05'), call('2025-09-02'), call('2025-09-04')], '2025-09-05');
    expect(f.map((x) => [x.status, x.messageId, x.dueAt, x.missed?.periods])).toEqual([['violation', 'short-run', '2025-07-31', 2]]);
    expect(renderFinding(f[0], parseProfile(monthly), 'zh')).toBe('「测试」不足：自 2025-07-01 起连续 2 个月每月成功回访不足 2 天（2025-07-01 至 2025-08-31；最近一期 1 天）。');
  });
});

// Quotas: the period in progress says what is done and still needed from its first day.
describe('count-per-period: the quota of the period in progress', () => {
  const h = ['客户编号', '回访时间', '回访内容', '回访结果'];
  const monthly = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'month', min: 2 });
  const call = (at: string) => ['K1', `${at} 10:00`, '了解用车情况', '已接通'];
  const september = [call('2025-09-03'), call('2025-09-20')];
  it('the first day of the month: open, none done yet', async () => {
    const f = await kindFindings(monthly, h, september, '2025-10-01');
    expect(f.map((x) => [x.status, x.severity, x.dueAt, x.quota])).toEqual([['open', 'info', '2025-10-31', { done: 0, required: 2, unit: 'day', periodStart: '2025-10-01', periodEnd: '2025-10-31' }]]);
    expect(renderFinding(f[0], parseProfile(monthly), 'zh')).toBe('「测试」本月已回访 0 天，还需 2 天，2025-10-31 前（2025-10-01 至 2025-10-31）。');
    expect(renderFinding(f[0], parseProfile(monthly), 'en')).toBe('"test": 0 contact day(s) so far this month, 2 more needed by 2025-10-31 (2025-10-01 to 2025-10-31).');
  });
  it('within the lead time: due soon, with what is done', async () => {
    const f = await kindFindings(monthly, h, [...september, call('2025-10-05')], '2025-10-30');
    expect(f.map((x) => [x.status, x.quota?.done, x.quota?.required])).toEqual([['due-soon', 1, 2]]);
    const week = await kindFindings(oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'month', min: 2 }, {}, { dueSoonDays: 7 }), h, [...september, call('2025-10-05')], '2025-10-24');
    expect(week.map((x) => x.status)).toEqual(['due-soon']);
  });
  it('met already: nothing', async () => {
    expect(await kindFindings(monthly, h, [...september, call('2025-10-05'), call('2025-10-12')], '2025-10-15')).toEqual([]);
  });
  it('a tier’s quota only while the customer is in the tier', async () => {
    const tiers = { tiers: [{ code: 'A', label: { zh: 'A类', en: 'A' } }, { code: 'B', label: { zh: 'B类', en: 'B' } }], headers: { tier: ['客户等级'] } };
    const ht = ['客户编号', '客户等级', '回访时间', '回访内容', '回访结果'];
    const p = { mode: 'any-channel', tier: 'B', period: 'month', min: 2 };
    const rows = (now: string) => [['K1', 'B', '2025-09-03 10:00', '了解', '已接通'], ['K1', 'B', '2025-09-20 10:00', '了解', '已接通'], ['K1', now, '2025-10-02 10:00', '了解', '已接通']];
    expect((await findingsOfKind('count-per-period', p, ht, rows('B'), '2025-10-10', tiers)).map((x) => [x.status, x.data.count])).toEqual([['open', 1]]);
    expect(await findingsOfKind('count-per-period', p, ht, rows('A'), '2025-10-10', tiers)).toEqual([]);
  });
});

describe('count-per-period, per channel: runs and quotas per group', () => {
  const header = ['客户名称', '客户类型', '回访日期', '回访方式', '回访内容', '回访结果'];
  const extra = { tiers: [{ code: 'M', label: { zh: '创客', en: 'maker' } }], tierSynonyms: { 创客: 'M' }, headers: { tier: ['客户类型'] } };
  const MONTHLY = { mode: 'per-channel', tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] };
  const profile = oneRuleProfile('count-per-period', MONTHLY, {}, extra);
  const row = (at: string, channel: string) => ['创客甲', '创客', at, channel, '了解线路开发进度', '已接通'];
  it('three months with one call each: a run per group (no visit at all; too few calls), and October open per group', async () => {
    const f = await kindFindings(profile, header, [row('2025-06-20', '电话'), row('2025-07-10', '电话'), row('2025-08-10', '电话'), row('2025-09-10', '电话')], '2025-10-15');
    expect(f.map((x) => [x.status, x.messageId, x.dueAt, x.missed?.periods, x.missed?.ongoing, x.quota?.required])).toEqual([
      ['violation', 'missed-run', '2025-07-31', 3, true, undefined],
      ['violation', 'short-run', '2025-07-31', 3, true, undefined],
      ['open', 'period-open', '2025-10-31', undefined, undefined, 1],
      ['open', 'period-open', '2025-10-31', undefined, undefined, 2],
    ]);
    const parsed = parseProfile(profile);
    expect(renderFinding(f[0], parsed, 'zh')).toBe('「测试」漏访：自 2025-07-01 起连续 3 个月没有以上门方式的成功回访（2025-07-01 至 2025-09-30）。');
    expect(renderFinding(f[1], parsed, 'zh')).toBe('「测试」不足：自 2025-07-01 起连续 3 个月每月以电话/微信方式的成功回访不足 2 次（2025-07-01 至 2025-09-30；最近一期 1 次）。');
    expect(renderFinding(f[2], parsed, 'zh')).toBe('「测试」本月以上门方式已成功回访 0 次，还需 1 次，2025-10-31 前（2025-10-01 至 2025-10-31）。');
  });
  it('a visit in August breaks the visit group’s run only', async () => {
    const rows = [row('2025-06-20', '电话'), row('2025-07-10', '电话'), row('2025-08-10', '上门'), row('2025-08-12', '电话'), row('2025-09-10', '电话'), row('2025-10-02', '上门')];
    const f = await kindFindings(profile, header, rows, '2025-10-15');
    expect(f.map((x) => [x.status, x.data.allowed, x.dueAt, x.missed?.periods, x.missed?.ongoing])).toEqual([
      ['violation', 'visit', '2025-07-31', 1, false],
      ['violation', 'visit', '2025-09-30', 1, false],
      ['violation', 'phone/wechat', '2025-07-31', 3, true],
      ['open', 'phone/wechat', '2025-10-31', undefined, undefined],
    ]);
  });
});
