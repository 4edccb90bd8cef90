import { expect, it } from 'vitest';
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
    { name: 'returned without approval', rows: [row('D1', { returned: '2025-09-20' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
    { name: 'approved after the return', rows: [row('D1', { returned: '2025-09-20', approved: '2025-09-22' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
  ],
});

it('000-2-3-UNAPPROVED-RETURN: the deduction is left to HR (not configured), payable by the regional manager and the responsible person', async () => {
  const [f] = await findingsOf('000-2-3-UNAPPROVED-RETURN', '000-2', header, { name: 'x', rows: [row('D1', { returned: '2025-09-20' })], asOf: '2025-10-15' });
  expect(f.fine).toEqual({ amount: null, currency: 'CNY', status: 'not-configured' });
  expect(f.escalateTo).toEqual(['区域经理']);
});
