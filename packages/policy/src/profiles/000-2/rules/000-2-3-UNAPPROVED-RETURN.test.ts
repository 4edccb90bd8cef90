import { describe, expect, it } from 'vitest';
import { getProfile } from '../..';
import { renderFinding } from '../../../report/messages';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('000-2-3-UNAPPROVED-RETURN', {
  profile: '000-2',
  header,
  valid: [
    { name: 'approved before the goods moved', rows: [row('D1', { returned: '2025-09-20', approved: '2025-09-18' })], asOf: '2025-10-15' },
    { name: 'boundary: approved the same day', rows: [row('D1', { returned: '2025-09-20', approved: '2025-09-20' })], asOf: '2025-10-15' },
    { name: 'no return', rows: [row('D1')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'returned without approval: its goods value is deducted', rows: [row('D1', { returned: '2025-09-20' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, text: '按「货值」12000 元扣款，由区域经理和责任人承担' }] },
    { name: 'approved after the return', rows: [row('D1', { returned: '2025-09-20', approved: '2025-09-22' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
  ],
});

describe('000-2-3-UNAPPROVED-RETURN: the amount deducted is the goods value', () => {
  const one = { name: 'x', rows: [row('D1', { returned: '2025-09-20', value: 12000 })], asOf: '2025-10-15' };
  it('taken from 货值 on the row, borne by the regional manager and the responsible person, and said in the message', async () => {
    const [f] = await findingsOf('000-2-3-UNAPPROVED-RETURN', '000-2', header, one);
    expect(f.fine).toEqual({ amount: 12000, currency: 'CNY' });
    expect(f.payer).toBe('区域经理和责任人');
    expect(f.escalateTo).toEqual(['区域经理']);
    expect(renderFinding(f, getProfile('000-2'), 'zh')).toContain('按「货值」12000 元扣款，由区域经理和责任人承担。');
  });
  it('a 退货金额 column, when the ledger has one, is the value returned', async () => {
    const [f] = await findingsOf('000-2-3-UNAPPROVED-RETURN', '000-2', [...header, '退货金额'], { ...one, rows: [[...row('D1', { returned: '2025-09-20', value: 12000 }), 3000]] });
    expect(f.fine).toEqual({ amount: 3000, currency: 'CNY' });
  });
  it('without an amount on the row: not configured, never a guess', async () => {
    const [f] = await findingsOf('000-2-3-UNAPPROVED-RETURN', '000-2', header, { ...one, rows: [row('D1', { returned: '2025-09-20', value: undefined })] });
    expect(f.fine).toEqual({ amount: null, currency: 'CNY', status: 'not-configured' });
  });
});
