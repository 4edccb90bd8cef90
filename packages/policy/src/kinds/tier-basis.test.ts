import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { tierFromBasis, type TierBasis } from '../ledger/tier-basis';
import type { ProfileInput } from '../profile/schema';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { tierBasis } from './tier-basis';
import type { CellValue } from '../table';

const basis = { field: 'annualVolume', bands: [{ tier: 'A', min: 100 }, { tier: 'B', min: 50 }, { tier: 'C', min: 10 }, { tier: 'D', min: 0 }] } satisfies TierBasis;
const tiers = ['A', 'B', 'C', 'D'].map((code) => ({ code, label: { zh: code, en: code } }));
const withBasis: Partial<ProfileInput> = { tiers, tierBasis: basis };

describe('tierFromBasis', () => {
  it('takes the first band reached: the higher tier takes the boundary (100 A, 50 B, 10 C)', () => {
    const codes = ['A', 'B', 'C', 'D'];
    const at = (v: number) => codes[tierFromBasis(v, basis, codes)];
    expect([at(150), at(100), at(99), at(50), at(49), at(10), at(9), at(0)]).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
    expect(tierFromBasis(NaN, basis, codes)).toBe(-1);
    expect(tierFromBasis(-1, basis, codes)).toBe(-1);
  });
});

describe('tier-basis: a recorded tier against its volume', () => {
  const header = ['经销商编号', '年销量', '客户等级', '回访时间', '回访内容'];
  const check = async (rows: CellValue[][]) => (await kindFindings(oneRuleProfile('tier-basis', {}, {}, withBasis), header, rows, '2025-10-15')).map((f) => ({ status: f.status, customer: f.customer, data: f.data }));
  it('a tier that matches its volume passes, at the boundaries too', async () => {
    expect(await check([['D1', 100, 'A', '2025-10-01', '好'], ['D2', 50, 'B', '2025-10-01', '好'], ['D3', 10, 'C', '2025-10-01', '好'], ['D4', 9, 'D', '2025-10-01', '好']])).toEqual([]);
  });
  it('a contradicting tier is one finding per customer, on its latest row', async () => {
    const found = await check([['D1', 100, 'B', '2025-09-01', '好'], ['D1', 100, 'B', '2025-10-01', '好']]);
    expect(found).toEqual([{ status: 'violation', customer: 'D1', data: expect.objectContaining({ value: 100, expected: 'A', recorded: 'B' }) }]);
  });
  it('a basis column with a blank header, chosen by letter, is named by its Chinese field name', async () => {
    const profile = oneRuleProfile('tier-basis', {}, {}, withBasis);
    const rows = [['D1', 100, 'B', '2025-10-01', '好']];
    const report = await evaluate({ sheet: 's', rows: [['经销商编号', '', '客户等级', '回访时间', '回访内容'], ...rows] }, parseProfile(profile), { asOf: '2025-10-15', columns: { annualVolume: 'B' } });
    const found = report.findings.filter((f) => f.ruleId === '999-1-TEST');
    expect(found.map((f) => f.data.basis)).toEqual(['年销量']);
  });
  it('without a tier column every tier is derived: nothing to contradict', async () => {
    const found = await kindFindings(oneRuleProfile('tier-basis', {}, {}, withBasis), ['经销商编号', '年销量', '回访时间', '回访内容'], [['D1', 100, '2025-10-01', '好']], '2025-10-15');
    expect(found).toEqual([]);
  });
  it('a profile without tierBasis reports the rule not configured', async () => {
    const found = await kindFindings(oneRuleProfile('tier-basis', {}, {}, { tiers }), header, [['D1', 100, 'B', '2025-10-01', '好']], '2025-10-15');
    expect(found.map((f) => f.status)).toEqual(['not-configured']);
  });
  it('a band naming a tier the profile lacks is refused', async () => {
    const bad = oneRuleProfile('tier-basis', {}, {}, { tiers, tierBasis: { field: 'annualVolume', bands: [{ tier: 'Z', min: 1 }] } });
    expect(() => parseProfile(bad)).toThrow(/tierBasis/);
  });
});

describe('tiers derived from the volume drive tier cadences', () => {
  const gap = (tier: string, maxGapDays: number) => oneRuleProfile('gap-cadence', { gap: 'fixed', tier, maxGapDays }, {}, withBasis);
  it('a ledger with 年销量 and no tier column: a dealer of 120 units is on the A cadence', async () => {
    const header = ['经销商编号', '年销量', '回访时间', '回访内容'];
    const rows = [['D1', 120, '2025-10-01', '市场需求'], ['D2', 60, '2025-10-01', '价格']];
    const found = await kindFindings(gap('A', 10), header, rows, '2025-10-15');
    expect(found.map((f) => [f.customer, f.status, f.dueAt])).toEqual([['D1', 'overdue', '2025-10-11']]);
  });
  it('without 年销量 nor a tier column the cadence names the missing tier column', async () => {
    const found = await kindFindings(gap('A', 10), ['经销商编号', '回访时间', '回访内容'], [['D1', '2025-10-01', '好']], '2025-10-15');
    expect(found.map((f) => [f.status, f.messageId, f.data.field])).toEqual([['indeterminate', 'missing-column', 'tier']]);
  });
  it('a recorded tier is kept (the company classifies); a blank tier cell takes the derived one', async () => {
    const header = ['经销商编号', '年销量', '客户等级', '回访时间', '回访内容'];
    const rows = [['D1', 120, 'C', '2025-10-01', '好'], ['D2', 120, null, '2025-10-01', '好']];
    const found = await kindFindings(gap('A', 10), header, rows, '2025-10-15');
    expect(found.map((f) => f.customer)).toEqual(['D2']);
  });
  it('a condition on a number column: annualVolume < 20', async () => {
    const p = oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'C', maxGapDays: 30 }, { when: { fact: 'annualVolume', operator: 'lessThan', value: 20 } }, withBasis);
    const rows = [['D1', 15, '2025-08-01', '好'], ['D2', 30, '2025-08-01', '好']];
    const found = await kindFindings(p, ['经销商编号', '年销量', '回访时间', '回访内容'], rows, '2025-10-15');
    expect(found.map((f) => f.customer)).toEqual(['D1']);
  });
});

describe('gap-cadence departments', () => {
  it('a technical visit does not keep the salesperson\'s cadence (exclude); without the column every contact counts', async () => {
    const p = oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'A', maxGapDays: 10 }, { records: { departments: { except: ['技术'] }, ifColumnMissing: 'pass' } }, withBasis);
    const rows = [['D1', 120, '2025-10-01', '销售部', '市场需求'], ['D1', 120, '2025-10-09', '技术部', '设备状态']];
    const found = await kindFindings(p, ['经销商编号', '年销量', '回访时间', '回访部门', '回访内容'], rows, '2025-10-15');
    expect(found.map((f) => [f.status, f.dueAt])).toEqual([['overdue', '2025-10-11']]);
    const plain = await kindFindings(p, ['经销商编号', '年销量', '回访时间', '回访内容'], rows.map((r) => [r[0], r[1], r[2], r[4]]), '2025-10-15');
    expect(plain).toEqual([]);
  });
});

describe('tier-basis: every message', () => {
  const header = ['经销商编号', '年销量', '客户等级', '回访时间', '回访内容'];
  const rows = [['D1', 100, 'B', '2025-10-01', '好']];
  // [messageId, the profile's tiers and basis]
  const cases: [string, Partial<ProfileInput>][] = [
    ['mismatch', withBasis],
    ['no-basis', { tiers }],
  ];
  it.each(cases)('%s', async (id, profile) => {
    expect((await kindFindings(oneRuleProfile('tier-basis', {}, {}, profile), header, rows, '2025-10-15')).map((f) => f.messageId)).toEqual([id]);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(tierBasis.messages).sort()));
});
