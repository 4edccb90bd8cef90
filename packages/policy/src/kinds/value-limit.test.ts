import { describe, expect, it } from 'vitest';
import { renderFinding } from '../report/messages';
import { parseProfile } from '../profile/load';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { valueLimit } from './value-limit';

const header = ['客户编号', '回访时间', '回访结果', '响铃时长'];
const profile = oneRuleProfile('value-limit', { field: 'ringSeconds', min: 20, outcome: 'not-reached', exemptWords: ['占线', '关机'] }, { modality: 'D' });
const run = (rows: (string | number | null)[][]) => kindFindings(profile, header, rows, '2025-12-31');

describe('value-limit, a number against a minimum (ring seconds)', () => {
  it('20 s is enough (inclusive); blank is not judged; answered calls are not checked', async () => {
    expect(await run([['K1', '2025-03-03 10:00', '无人接听', 20], ['K1', '2025-03-03 14:00', '无人接听', null], ['K2', '2025-03-03 10:00', '已接通', 5]])).toEqual([]);
  });
  it('19 s is too short; a busy line is exempt', async () => {
    const f = await run([['K1', '2025-03-03 10:00', '无人接听', 19], ['K1', '2025-03-03 14:00', '占线', 3], ['K2', '2025-03-03 10:00', '未接通', '8']]);
    expect(f.map((x) => [x.status, x.severity, x.row, x.data.value])).toEqual([
      ['violation', 'error', 2, 19],
      ['violation', 'error', 4, 8],
    ]);
  });
  it('per customer: the customer\'s numbers summed (a group of visitors over several rows)', async () => {
    const p = oneRuleProfile('value-limit', { field: 'headcount', min: 11, per: 'customer' }, { severity: 'warning' });
    const f = await kindFindings(p, ['客户编号', '人数'], [['K1', 6], ['K1', 6], ['K2', 4], ['K2', 6]], '2025-12-31');
    expect(f.map((x) => [x.row, x.messageId, x.data.value, x.data.min])).toEqual([[5, 'below-min', 10, 11]]);
  });
});

describe('value-limit, a ratio against a percentage (collections of the sales target)', () => {
  const header = ['客户编号', '回款额', '销售指标'];
  const ratio = (minPercent: number | null) => oneRuleProfile('value-limit', { field: 'collected', percentOf: 'salesTarget', minPercent });
  it('80% reached (inclusive) passes; below it is a breach; blanks and a zero target say nothing', async () => {
    const f = await kindFindings(ratio(80), header, [['D1', 80, 100], ['D2', 79, 100], ['D3', null, 100], ['D4', 5, 0]], '2025-12-31');
    expect(f.map((x) => [x.status, x.row, x.messageId, x.data.percent, x.data.other])).toEqual([['violation', 3, 'below', 79, '销售指标']]);
  });
  it('a blank percentage is one not-configured finding, needing no columns', async () => {
    const f = await kindFindings(ratio(null), ['客户编号', '回访时间'], [['D1', '2025-03-03 10:00']], '2025-12-31');
    expect(f.map((x) => [x.status, x.messageId, x.row])).toEqual([['not-configured', 'not-configured', null]]);
    expect(renderFinding(f[0]!, parseProfile(ratio(null)), 'zh')).toBe('「测试」未配置：制度中的百分比是空白（---%），请在规则配置中填写（minPercent）。');
  });
  it('per customer: the sums', async () => {
    const p = oneRuleProfile('value-limit', { field: 'collected', percentOf: 'salesTarget', minPercent: 50, per: 'customer' });
    const f = await kindFindings(p, header, [['D1', 10, 100], ['D1', 90, 100], ['D2', 10, 100], ['D2', 30, 100]], '2025-12-31');
    expect(f.map((x) => [x.row, x.data.value, x.data.base, x.data.percent])).toEqual([[5, 40, 200, 20]]);
  });
});

describe('value-limit, per-tier caps and quotas (gifts)', () => {
  const header = ['客户编号', '客户等级', '礼品金额'];
  const tiers = { tiers: [{ code: 'V', label: { zh: 'VIP客户', en: 'VIP' } }, { code: 'P', label: { zh: '意向客户', en: 'intent' } }] };
  const caps = (cap: object, per = 'customer') => oneRuleProfile('value-limit', { field: 'giftValue', per, caps: [{ tier: 'V', ...cap }] }, {}, tiers);
  const rows = [['K1', 'V', 300], ['K1', 'V', 300], ['K2', 'V', 500], ['K3', 'P', 900], ['K4', 'V', null]];
  it('a customer\'s gifts summed over the cap, and more customers than the quota', async () => {
    const f = await kindFindings(caps({ max: 500, quota: 1 }), header, rows, '2025-12-31');
    expect(f.map((x) => [x.status, x.row, x.messageId, x.data.value ?? x.data.count])).toEqual([
      ['violation', 3, 'over-cap', 600],
      ['violation', 4, 'over-quota', 2],
    ]);
  });
  it('per record: each gift against the cap (inclusive)', async () => {
    expect(await kindFindings(caps({ max: 500, quota: 2 }, 'record'), header, rows, '2025-12-31')).toEqual([]);
  });
  it('a blank cap or quota is not configured; the rest is still checked', async () => {
    const f = await kindFindings(caps({ max: null, quota: 1 }), header, rows, '2025-12-31');
    expect(f.map((x) => [x.status, x.messageId])).toEqual([
      ['not-configured', 'not-configured'],
      ['violation', 'over-quota'],
    ]);
    const rendered = renderFinding((await kindFindings(caps({ max: null, quota: null }), header, rows, '2025-12-31'))[0]!, parseProfile(caps({ max: null, quota: null })), 'en');
    expect(rendered).toBe('"test" not configured: the document leaves the value cap and quota for VIP customers blank (Xx元 / X位); set it in the profile.');
  });

});

describe('value-limit params', () => {
  it('a percentage goes with a ratio and a ratio with a percentage only; some limit is needed', () => {
    for (const params of [
      { field: 'collected', percentOf: 'salesTarget' },
      { field: 'collected', minPercent: 80 },
      { field: 'collected', percentOf: 'salesTarget', minPercent: 80, min: 1 },
      { field: 'collected' },
    ]) expect(() => parseProfile(oneRuleProfile('value-limit', params)), JSON.stringify(params)).toThrow();
  });
});
