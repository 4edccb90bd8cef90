import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-6-ROTATION', {
  profile: '001-2',
  header,
  valid: [],
  invalid: [
    {
      name: 'no rotation period in the document: not configured, once',
      rows: [row('C1', '2025-10-01', { channel: '上门' }), row('C2', '2025-10-02')],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured', row: null, customer: null }],
    },
  ],
});
