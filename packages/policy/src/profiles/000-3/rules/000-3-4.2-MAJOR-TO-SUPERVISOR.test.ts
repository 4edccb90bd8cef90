import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '重大异常', '上报主管时间'];
const strong = { type: '持续回访', at: '2025-09-10 10:30', issue: '客户称理财经理代其签名', result: '已上报主管' };

ruleTester('000-3-4.2-MAJOR-TO-SUPERVISOR', {
  profile: '000-3',
  header,
  valid: [
    { name: 'the anomaly reported', rows: [cb(strong, '是', '2025-09-10 11:00')], asOf: '2025-09-30' },
    { name: 'an ordinary callback needs no report', rows: [cb({}, '否', null), cb({ at: '2025-03-06 10:30' }, null, null)], asOf: '2025-09-30' },
  ],
  invalid: [{ name: 'an anomaly never reported', rows: [cb(strong, '是', null)], asOf: '2025-09-30', findings: [{ status: 'violation', row: 2, column: '上报主管时间', messageId: 'missing' }] }],
});

it('000-3-4.2-MAJOR-TO-SUPERVISOR escalates to 主管人员', async () => {
  const [f] = await findingsOf('000-3-4.2-MAJOR-TO-SUPERVISOR', '000-3', header, { name: 'e', rows: [cb(strong, '②', null)], asOf: '2025-09-30' });
  expect(f.escalateTo).toEqual(['主管人员']);
});
