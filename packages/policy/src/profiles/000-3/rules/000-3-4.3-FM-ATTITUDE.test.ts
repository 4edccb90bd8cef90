import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '态度投诉核实结果'];
const complaint = { type: '持续回访', issue: '客户投诉理财经理说话不耐烦', result: '转营业部核实' };

ruleTester('000-3-4.3-FM-ATTITUDE', {
  profile: '000-3',
  header,
  valid: [{ name: 'not verified, or still being checked', rows: [cb(complaint, '不属实'), cb({ ...complaint, id: 'L002' }, '核实中')], asOf: '2025-03-10' }],
  invalid: [{ name: 'verified as true', rows: [cb(complaint, '属实')], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '态度投诉核实结果' }] }],
});

it('000-3-4.3-FM-ATTITUDE: 500 yuan from the manager', async () => {
  const report = await findingsOf('000-3-4.3-FM-ATTITUDE', '000-3', header, { name: 'f', rows: [cb(complaint, '属实')], asOf: '2025-03-10' });
  expect(report[0].fine).toEqual({ amount: 500, currency: 'CNY' });
});

it('000-3-4.3-FM-ATTITUDE: the manager pays, not the callback specialist', async () => {
  const [f] = await findingsOf('000-3-4.3-FM-ATTITUDE', '000-3', header, { name: 'p', rows: [cb(complaint, '属实')], asOf: '2025-03-10' });
  expect(f.payer).toBe('李强');
});
