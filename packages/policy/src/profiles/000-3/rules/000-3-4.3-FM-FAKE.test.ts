import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '弄虚作假'];

ruleTester('000-3-4.3-FM-FAKE', {
  profile: '000-3',
  header,
  valid: [{ name: 'nothing found', rows: [cb({}, null), cb({ id: 'L002' }, '否')], asOf: '2025-03-10' }],
  invalid: [{ name: 'the manager forged the client\'s risk assessment', rows: [cb({}, '理财经理代客户填写风险测评')], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '弄虚作假' }] }],
});

it('000-3-4.3-FM-FAKE: the salary is not in the ledger (not configured), escalated to 理财管理部', async () => {
  const [f] = await findingsOf('000-3-4.3-FM-FAKE', '000-3', header, { name: 'f', rows: [cb({}, '理财经理伪造签名')], asOf: '2025-03-10' });
  expect(f.fine).toEqual({ amount: null, currency: 'CNY', status: 'not-configured' });
  expect(f.escalateTo).toEqual(['理财管理部']);
});
