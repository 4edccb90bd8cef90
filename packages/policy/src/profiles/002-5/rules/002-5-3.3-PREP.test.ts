import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-3.3-PREP', {
  profile: '002-5',
  header,
  valid: [{ name: 'basic data filled', rows: [row('Y1', '2025-10-05 10:00')], asOf: '2025-10-15' }],
  invalid: [{ name: 'no position', rows: [row('Y1', '2025-10-05 10:00', { position: null })], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', column: '职务' }] }],
});
