import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-15-PERIODIC', {
  profile: '001-2',
  header,
  valid: [{ name: 'every customer has a declared frequency', rows: [row('C1', '2025-10-01'), row('C2', '2025-10-02', { frequency: '每季度一次' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'customers without a declared frequency: not configured, once',
      rows: [row('C1', '2025-10-01', { frequency: '' }), row('C2', '2025-10-02', { frequency: '' }), row('C3', '2025-10-03')],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured', severity: 'info', row: null, messageId: 'not-configured' }],
    },
  ],
});
