import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '解约日期', '解约原因'];
const exit = { type: '解约回访', at: '2025-09-10 10:30' };

ruleTester('000-3-7.2.3-EXIT', {
  profile: '000-3',
  header,
  valid: [
    { name: 'reasons recorded on termination', rows: [cb({}, null, null), cb(exit, '2025-09-09', '资金需求，赎回全部产品')], asOf: '2025-09-30' },
    { name: 'a client not terminated owes no reason', rows: [cb({}, null, null)], asOf: '2025-09-30' },
  ],
  invalid: [
    { name: 'terminated without a reason', rows: [cb({}, null, null), cb(exit, '2025-09-09', null)], asOf: '2025-09-30', findings: [{ status: 'violation', customer: 'L001', row: 3, column: '解约原因', messageId: 'missing' }] },
  ],
});
