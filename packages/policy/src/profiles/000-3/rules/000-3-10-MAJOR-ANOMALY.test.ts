import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '重大异常', '二次回访时间', '最终处理意见'];
const strong = { type: '持续回访', at: '2025-09-10 10:30', issue: '客户对服务强烈不满', result: '已上报' };

ruleTester('000-3-10-MAJOR-ANOMALY', {
  profile: '000-3',
  header,
  valid: [
    { name: 'second callback done and HQ decided', rows: [cb(strong, '重大异常', '2025-09-15 10:00', '理财管理部：批评教育，调换理财经理')], asOf: '2025-09-30' },
    { name: 'no anomaly', rows: [cb({}, null, null, null)], asOf: '2025-09-30' },
  ],
  invalid: [
    {
      name: 'no second callback, no decision',
      rows: [cb(strong, '是', null, null)],
      asOf: '2025-09-30',
      findings: [{ status: 'violation', row: 2, column: '二次回访时间' }, { status: 'violation', row: 2, column: '最终处理意见' }],
    },
  ],
});

it('000-3-10-MAJOR-ANOMALY escalates to the superior and HQ', async () => {
  const [f] = await findingsOf('000-3-10-MAJOR-ANOMALY', '000-3', header, { name: 'e', rows: [cb(strong, '是', null, 'x')], asOf: '2025-09-30' });
  expect(f.escalateTo).toEqual(['上级领导', '总部理财管理部']);
});
