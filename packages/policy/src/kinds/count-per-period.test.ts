import { describe, expect, it } from 'vitest';
import { renderFinding } from '../report/messages';
import { parseProfile } from '../profile/load';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { RecordFilter } from '../rule/record-filter';

/** Only 持续 callbacks count, where the ledger tells callback types apart. */
const continuing: RecordFilter = { callbackTypes: ['持续'], ifColumnMissing: 'pass' };

// count-per-period without a tier, per half-year and per year, with callback types and a start field.
const header = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容', '回访结果'];
const yearly = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'year', min: 1, startField: 'signedAt', prorateBelowDays: 183, proratedMin: 0 }, { records: continuing });
const row = (id: string, signed: string, at: string | null, type = '持续回访') => [id, signed, at, at ? type : null, at ? '了解理财经理服务' : null, at ? '已接通' : null];

describe('count-per-period: per year, every customer', () => {
  it('one continuing callback in each whole calendar year since signing', async () => {
    expect(await kindFindings(yearly, header, [row('K1', '2024-03-01', '2024-11-01 10:00'), row('K1', '2024-03-01', '2025-06-01 10:00')], '2026-01-10')).toEqual([]);
  });
  it('a year without one is a violation at its end', async () => {
    const f = await kindFindings(yearly, header, [row('K1', '2024-03-01', '2024-11-01 10:00')], '2026-01-10');
    expect(f.map((x) => [x.status, x.dueAt, x.data.start, x.data.end, x.data.count])).toEqual([['violation', '2025-12-31', '2025-01-01', '2025-12-31', 0]]);
    expect(renderFinding(f[0], parseProfile(yearly), 'zh')).toContain('该年度（2025-01-01 至 2025-12-31）「回访类型」含“持续”的成功回访只有 0 天');
  });
  it('the signing year is exempt when fewer than 183 days remain (signed 2024-07-03), not when signed 2024-07-01', async () => {
    // (A log: the new-signing callback and the continuing one.)
    expect(await kindFindings(yearly, header, [row('K1', '2024-07-03', '2024-07-05 10:00', '新签约'), row('K1', '2024-07-03', '2025-05-01 10:00')], '2025-06-01')).toEqual([]);
    const f = await kindFindings(yearly, header, [row('K1', '2024-07-01', '2024-07-05 10:00', '新签约'), row('K1', '2024-07-01', '2025-05-01 10:00')], '2025-06-01');
    expect(f.map((x) => x.dueAt)).toEqual(['2024-12-31']);
  });
  it('other callback types do not count', async () => {
    const f = await kindFindings(yearly, header, [row('K1', '2024-01-05', '2024-01-08 10:00', '新签约回访'), row('K1', '2024-01-05', '2024-02-08 10:00', '专项回访')], '2025-01-10');
    expect(f.map((x) => x.dueAt)).toEqual(['2024-12-31']);
  });
  it('the current year still open: due soon only near its end', async () => {
    const rows = [row('K1', '2025-01-05', '2025-01-08 10:00', '新签约'), row('K1', '2025-01-05', '2025-02-08 10:00', '新签约')];
    expect(await kindFindings(yearly, header, rows, '2025-10-15')).toEqual([]);
    const f = await kindFindings(yearly, header, rows, '2025-12-31');
    expect(f.map((x) => [x.status, x.dueAt])).toEqual([['due-soon', '2025-12-31']]);
  });
  it('a roster (latest callback only) proves only the whole years after it', async () => {
    const f = await kindFindings(yearly, header, [row('K1', '2023-01-05', '2024-05-01 10:00'), row('K2', '2023-01-05', '2025-05-01 10:00')], '2026-01-10');
    expect(f.map((x) => [x.customer, x.dueAt])).toEqual([['K1', '2025-12-31']]);
  });
  it('a terminated client owes nothing for the year of termination and after', async () => {
    const ended = oneRuleProfile('count-per-period', { mode: 'any-channel', period: 'year', min: 1, startField: 'signedAt', endField: 'terminatedAt' }, { records: continuing });
    const h = [...header, '解约日期'];
    const rows = [[...row('K1', '2023-03-01', '2023-06-05 10:00'), null], [...row('K1', '2023-03-01', '2024-06-05 10:00'), '2025-02-01']];
    expect(await kindFindings(ended, h, rows, '2026-03-01')).toEqual([]);
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
    const f = await kindFindings(half, header, rows, '2026-01-05');
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
    expect(await findingsOfKind('count-per-period', MONTHLY, header, rows, '2025-10-15', extra)).toEqual([]);
  });
  it('a month without a visit and with one call: one finding per short group; unanswered calls do not count', async () => {
    const rows = [row('2025-08-20', '电话'), row('2025-09-10', '电话'), row('2025-09-12', '电话', '未接通')];
    const f = await findingsOfKind('count-per-period', MONTHLY, header, rows, '2025-10-15', extra);
    expect(f).toMatchObject([
      { status: 'violation', dueAt: '2025-09-30', data: { count: 0, min: 1 } },
      { status: 'violation', dueAt: '2025-09-30', data: { count: 1, min: 2 } },
    ]);
  });
});

describe('count-per-period, the remaining messages', () => {
  const h = ['客户编号', '回访时间', '回访类型', '回访内容', '回访结果'];
  it('short-type: each group of words needs its own count (eachOf)', async () => {
    const p = { mode: 'any-channel', period: 'year', min: 1, eachOf: [['礼物'], ['需求']], months: [12] };
    const rows = [['K1', '2024-12-20 10:00', '送礼物', '新年礼物', '已接通'], ['K1', '2025-12-20 10:00', '送礼物', '新年礼物', '已接通']];
    const f = await findingsOfKind('count-per-period', p, h, rows, '2026-01-10');
    expect(f.map((x) => [x.messageId, x.data.types, x.dueAt])).toEqual([['short-type', '需求', '2024-12-31'], ['short-type', '需求', '2025-12-31']]);
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
    expect(await findingsOfKind('count-per-period', p, h, rows(null), '2026-01-10', {}, records)).toEqual([]);
    expect((await findingsOfKind('count-per-period', p, h, rows('日常'), '2026-01-10', {}, records)).map((x) => x.messageId)).toEqual(['short-typed', 'short-typed']);
  });
});
