import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.3-PROCESS-QUERY', {
  profile: '004-J',
  header,
  valid: [{ name: 'process query with result and signature', rows: [row('工藝疑問', '2025-10-09 10:30', { order: '' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'process query not signed by the contact person',
      rows: [row('工藝疑問', '2025-10-09 10:30', { person: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '聯絡人', row: 2 }],
    },
  ],
});
