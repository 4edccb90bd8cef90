import { describe, expect, it } from 'vitest';
import { renderFinding } from '../report/messages';
import { parseProfile } from '../profile/load';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';

// count-per-period without a tier, per half-year and per year, with callback types and a start field.
const header = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容', '回访结果'];
const yearly = oneRuleProfile('count-per-period', { period: 'year', min: 1, startField: 'signedAt', callbackTypes: ['持续'], prorateBelowDays: 183, proratedMin: 0 });
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
    const ended = oneRuleProfile('count-per-period', { period: 'year', min: 1, startField: 'signedAt', endField: 'terminatedAt', callbackTypes: ['持续'] });
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
  const half = oneRuleProfile('count-per-period', { period: 'halfyear', min: 1 });
  it('January-June and July-December, from the first record', async () => {
    const rows = [['K1', null, '2025-02-01 10:00', null, '走访', '已接通'], ['K1', null, '2025-05-01 10:00', null, '走访', '已接通']];
    const f = await kindFindings(half, header, rows, '2026-01-05');
    expect(f.map((x) => [x.status, x.data.start, x.data.end])).toEqual([['violation', '2025-07-01', '2025-12-31']]);
    expect(renderFinding(f[0], parseProfile(half), 'en')).toContain('the half-year (2025-07-01 to 2025-12-31)');
  });
});
