import { parseProfile } from '../../../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { getProfile } from '../..';
import { caseTable, ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('000-2-4G-COLLECTION-RATIO', {
  profile: '000-2',
  header,
  valid: [],
  invalid: [
    {
      name: 'the percentage is blank (---%): not configured, even without the columns',
      header: header.slice(0, 11),
      rows: [row('D1').slice(0, 11)],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured', row: null }],
    },
  ],
});

describe('000-2-4G-COLLECTION-RATIO once configured at 80%', () => {
  const profile = getProfile('000-2');
  const rule = profile.rules.find((r) => r.id === '000-2-4G-COLLECTION-RATIO')!;
  const configured = { ...profile, rules: profile.rules.map((r) => (r === rule ? { ...rule, params: { ...rule.params, minPercent: 80 } } : r)) };
  it('80% passes (inclusive), 79.9% does not', async () => {
    const rows = [row('D1', { collected: 80000, target: 100000 }), row('D2', { collected: 79900, target: 100000 })];
    const report = await evaluate(caseTable(header, rows), parseProfile(configured), { asOf: '2025-10-15' });
    const found = report.findings.filter((f) => f.ruleId === rule.id);
    expect(found.map((f) => [f.customer, f.messageId, f.data.percent])).toEqual([['D2', 'below', 79.9]]);
  });
});
