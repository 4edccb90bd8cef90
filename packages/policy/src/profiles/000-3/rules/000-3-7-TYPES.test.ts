import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-7-TYPES', {
  profile: '000-3',
  header: HEADER,
  valid: [{ name: 'a type on every callback', rows: [cb(), cb({ type: '持续回访', at: '2025-06-05 10:30' })], asOf: '2025-06-10' }],
  invalid: [{ name: 'a callback without a type', rows: [cb({ type: null })], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '回访类型', messageId: 'missing' }] }],
});
