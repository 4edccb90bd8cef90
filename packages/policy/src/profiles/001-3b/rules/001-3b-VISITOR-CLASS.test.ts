import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3b-VISITOR-CLASS', {
  profile: '001-3b',
  header,
  valid: [
    { name: 'ordinary group of 11', rows: [row('V1', { tier: '一般客户', people: 11 })], asOf: '2025-10-15' },
    { name: 'important customers of any size', rows: [row('V1', { people: 3 })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'boundary: an ordinary group of exactly 10, a warning', rows: [row('V1', { tier: '一般', people: 10 })], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', column: '参观人数' }] },
  ],
});
