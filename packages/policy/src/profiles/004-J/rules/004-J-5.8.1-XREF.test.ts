import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.8.1-XREF', {
  profile: '004-J',
  header,
  valid: [{ name: 'complaint with its form number', rows: [row('客戶抱怨', '2025-10-02 10:00', { form: 'TS-2510-01' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'complaint without its form number',
      rows: [row('客户投诉', '2025-10-02 10:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '單據編號', row: 2 }],
    },
  ],
});
