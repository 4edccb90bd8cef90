import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3b-PASS', {
  profile: '001-3b',
  header,
  valid: [{ name: 'visit with a pass', rows: [row('V1'), row('V2', { tier: '大客户' })], asOf: '2025-10-15' }],
  invalid: [
    { name: 'visit without a pass', rows: [row('V1', { pass: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '参观凭证编号', row: 2 }] },
    { name: 'an unreadable visit date is invalid under this clause', rows: [row('V1', { visit: '下周' })], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '参观日期' }] },
  ],
});
