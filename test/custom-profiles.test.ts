// Custom profiles as a company uses them: copy a built-in one to JSON (`ledgerlint profiles <id>`),
// change it, load it with --profile or parseProfile; the JSON Schema published with the package is
// current; the shipped example variant (examples/profiles/) is valid and changes the findings;
// fines go to the person on the row; the escalation ladder is off unless a profile sets it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, getProfile, parseProfile, PROFILE_IDS, PROFILE_SOURCES, profileJsonSchema, type ProfileInput } from '@ledgerlint/policy';
import { caseTable } from '../packages/policy/src/testing/rule-tester';
import { cli, root } from './helpers';

const variantFile = 'examples/profiles/acme-dealer-ohabc.json';
const variant = () => JSON.parse(readFileSync(root + variantFile, 'utf8')) as ProfileInput;
const header = ['客户编号', '客户姓名', '意向级别', '来店时间', '回访时间', '回访方式', '回访内容', '回访结果', '销售顾问'];
const call = (id: string, tier: string, at: string, by: string) => [id, '张伟', tier, '2025-03-01 10:00', at, '电话', '介绍车型配置和价格，约周末试驾', '已接通', by];

describe('custom profiles', () => {
  it('packages/policy/profile.schema.json is the published JSON Schema of profiles (pnpm docs:rules)', () => {
    expect(JSON.parse(readFileSync(root + 'packages/policy/profile.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it.each(PROFILE_IDS)('`ledgerlint profiles %s` prints JSON that loads back as the same profile', async (id) => {
    const r = await cli('profiles', id);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.$schema).toBe('./node_modules/@ledgerlint/policy/profile.schema.json');
    expect(parseProfile(json)).toEqual({ ...getProfile(id), $schema: json.$schema });
  });

  it('an unknown profile id gets a clear answer and exit 2', async () => {
    const r = await cli('profiles', '999-9');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('999-9');
    expect(r.stderr).not.toContain('    at ');
  });

  it('the example company variant is valid: O/H/A/B/C with its own intervals, fines and ladder', () => {
    const p = parseProfile(variant());
    expect(p.tiers.map((t) => t.code)).toEqual(['O', 'H', 'A', 'B', 'C']);
    expect(p.rules.find((r) => r.id === '002-1-3-H-3d')!.params).toMatchObject({ maxGapDays: 2 });
    expect(p.escalation?.ladder.map((r) => r.role)).toEqual(['销售经理', '总经理']);
  });

  it('checks a ledger by the company\'s numbers: fines per salesperson and month, the ladder by days overdue', async () => {
    const rows = [call('K1', 'O', '2025-03-08 15:00', '孙磊'), call('K2', 'H', '2025-03-01 15:00', '周敏'), call('K3', 'A', '2025-03-09 11:00', '孙磊')];
    const report = await evaluate(caseTable(header, rows), parseProfile(variant()), { asOf: '2025-03-10' });
    const cadence = report.findings.filter((f) => /-3-[OHA]-/.test(f.ruleId)).map((f) => [f.ruleId, f.customer, f.status, f.overdueDays, f.payer, f.escalateTo]);
    expect(cadence).toEqual([
      ['002-1-3-O-1d', 'K1', 'overdue', 1, '孙磊', undefined],
      ['002-1-3-H-3d', 'K2', 'overdue', 7, '周敏', ['总经理']],
    ]);
    expect(report.summary.fines.byPayerMonth).toEqual({
      孙磊: { '2025-03': { min: 20, max: 20, notConfigured: 0, currency: 'CNY' } },
      周敏: { '2025-03': { min: 20, max: 20, notConfigured: 0, currency: 'CNY' } },
    });
    expect(report.summary.escalations).toEqual([{ role: '总经理', ruleId: '002-1-3-H-3d', customer: 'K2', row: 3 }]);
  });

  it('the same ledger under the built-in 002-1: no O tier, H due after 3 days, no fines, no ladder', async () => {
    const rows = [call('K2', 'H', '2025-03-01 15:00', '周敏')];
    const report = await evaluate(caseTable(header, rows), parseProfile(PROFILE_SOURCES['002-1']), { asOf: '2025-03-10' });
    const h = report.findings.find((f) => f.ruleId === '002-1-3-H-3d')!;
    expect([h.status, h.dueAt, h.overdueDays, h.fine, h.payer, h.escalateTo]).toEqual(['overdue', '2025-03-04', 6, undefined, undefined, undefined]);
    expect(report.summary.escalations).toEqual([]);
  });

  it('a ladder naming a rule the profile lacks is refused whole, naming the path', () => {
    const v = variant();
    v.escalation!.rules = ['002-1-3-X-9d'];
    expect(() => parseProfile(v)).toThrow(/escalation\.rules\.0: 002-1-3-X-9d is not a rule of the profile/);
    const w = variant();
    w.escalation!.ladder = [{ afterDays: 7, role: '总经理' }, { afterDays: 3, role: '销售经理' }];
    expect(() => parseProfile(w)).toThrow(/escalation\.ladder/);
  });

  it('the CLI checks the example ledger with the variant as a file', async () => {
    const r = await cli('check', 'examples/ledgers/002-1-car-dealer.csv', '--profile', variantFile, '--as-of', '2025-10-15', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.profile).toBe('acme-dealer-ohabc');
    expect(json.summary.fines.min).toBeGreaterThan(0);
    // Every fined finding says who pays, as the JSON format documents.
    const fined = json.findings.filter((f: { fine?: unknown }) => f.fine);
    expect(fined.length).toBeGreaterThan(0);
    for (const f of fined) expect(typeof f.payer, JSON.stringify(f)).toBe('string');
    expect(Object.keys(json.summary.fines.byPayerMonth).sort()).toEqual([...new Set(fined.map((f: { payer: string }) => f.payer))].sort());
  });
});
