import { parseProfile } from '../../../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { getProfile } from '../..';
import { caseTable, ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3c-GIFT-CLASS-CAPS', {
  profile: '001-3c',
  header,
  valid: [],
  invalid: [
    {
      name: 'every cap and quota is blank: not configured, once per class',
      rows: [row('G1'), row('G2', { tier: '意向客户' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'not-configured', row: null },
        { status: 'not-configured', row: null },
        { status: 'not-configured', row: null },
      ],
    },
  ],
});

describe('001-3c-GIFT-CLASS-CAPS once configured', () => {
  const profile = getProfile('001-3c');
  const caps = profile.rules.find((r) => r.id === '001-3c-GIFT-CLASS-CAPS')!;
  const configured = {
    ...profile,
    rules: [{ ...caps, params: { ...caps.params, caps: [{ tier: 'V', max: 500, quota: 2 }] } }, ...profile.rules.filter((r) => r !== caps)],
  };
  it('caps the customer total inclusively and counts recipients against the quota', async () => {
    const rows = [row('G1', { value: 300 }), row('G1', { value: 200 }), row('G2', { value: 300 }), row('G2', { value: 201 }), row('G3', { value: 100 })];
    const report = await evaluate(caseTable(header, rows), parseProfile(configured), { asOf: '2025-10-15' });
    const found = report.findings.filter((f) => f.ruleId === caps.id).map((f) => ({ messageId: f.messageId, customer: f.customer }));
    expect(found).toEqual([
      { messageId: 'over-cap', customer: 'G2' },
      { messageId: 'over-quota', customer: 'G3' },
    ]);
  });
});
