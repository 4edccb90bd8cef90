import { ruleTester } from '../../../testing/rule-tester';
import { HEADER, missed } from '../test-rows';

ruleTester('000-3-12.3-RING-20s', {
  profile: '000-3',
  header: HEADER,
  valid: [{ name: '20 s exactly; a busy line; no ring time', rows: [missed({ ring: 20 }), missed({ ring: 3, outcome: '占线' }), missed({ ring: null })], asOf: '2025-03-10' }],
  invalid: [{ name: 'hung up after 19 s', rows: [missed({ ring: 19 })], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', row: 2, column: '响铃时长', messageId: 'below-min' }] }],
});
