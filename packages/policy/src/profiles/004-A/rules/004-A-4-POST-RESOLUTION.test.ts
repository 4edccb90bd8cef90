import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-A-4-POST-RESOLUTION', {
  profile: '004-A',
  header,
  valid: [],
  invalid: [
    {
      name: 'no time limit in the document: not configured',
      rows: [row('1-101', '2025-10-10', { closed: '2025-10-08' })],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured', row: null }],
    },
  ],
});
