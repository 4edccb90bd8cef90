import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-9.5-SUMMARY', {
  profile: '000-3',
  header: HEADER,
  valid: [{ name: 'the client named on each callback', rows: [cb()], asOf: '2025-03-10' }],
  invalid: [
    { name: 'a callback with the number but no name', rows: [cb(), cb({ at: '2025-03-06 10:30', name: null })], asOf: '2025-03-10', findings: [{ status: 'violation', row: 3, column: '理财客户', messageId: 'missing' }] },
  ],
});
