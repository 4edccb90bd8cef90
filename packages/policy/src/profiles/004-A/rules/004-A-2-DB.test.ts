import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-A-2-DB', {
  profile: '004-A',
  header,
  valid: [{ name: 'name, phone and needs', rows: [row('1-101', '2025-10-10')], asOf: '2025-10-15' }],
  invalid: [
    { name: 'no service needs recorded: a warning', rows: [row('1-101', '2025-10-10', { needs: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', column: '服务需求' }] },
    { name: 'an unreadable date is invalid under this clause', rows: [row('1-101', '国庆后')], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '回访时间' }] },
  ],
});
