import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-TYPES', {
  profile: '002-5',
  header,
  valid: [{ name: 'a tourist and a maker', rows: [row('Y1', '2025-10-05 10:00'), row('C1', '2025-10-05 10:30', { type: '创客', use: null, end: null })], asOf: '2025-10-15' }],
  invalid: [{ name: 'type left blank', rows: [row('Y1', '2025-10-05 10:00', { type: null })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '客户类型' }] }],
});
