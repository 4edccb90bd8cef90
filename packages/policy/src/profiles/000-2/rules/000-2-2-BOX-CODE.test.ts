import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('000-2-2-BOX-CODE', {
  profile: '000-2',
  header,
  valid: [{ name: 'every line coded', rows: [row('D1'), row('D1', { code: 'BX2509-0002' })], asOf: '2025-10-15' }],
  invalid: [
    { name: 'a line without a code', rows: [row('D1'), row('D1', { code: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '产品编码', row: 3 }] },
    { name: 'an unreadable shipping date is invalid under this clause', rows: [row('D1', { shipped: '九月初' })], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '发货日期' }] },
  ],
});
