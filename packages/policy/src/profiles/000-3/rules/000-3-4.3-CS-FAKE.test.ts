import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '弄虚作假'];

ruleTester('000-3-4.3-CS-FAKE', {
  profile: '000-3',
  header,
  valid: [{ name: 'nothing found, or the manager (another clause)', rows: [cb({}, null), cb({ id: 'L002' }, '经核查不属实'), cb({ id: 'L003' }, '理财经理代填风险测评')], asOf: '2025-03-10' }],
  invalid: [{ name: 'the callback specialist invented a callback', rows: [cb({}, '回访专员虚构回访记录')], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', row: 2, column: '弄虚作假', messageId: 'marked' }] }],
});

it('000-3-4.3-CS-FAKE: 500 yuan per instance', async () => {
  const [f] = await findingsOf('000-3-4.3-CS-FAKE', '000-3', header, { name: 'f', rows: [cb({}, '客服篡改客户电话')], asOf: '2025-03-10' });
  expect(f.fine).toEqual({ amount: 500, currency: 'CNY' });
});
