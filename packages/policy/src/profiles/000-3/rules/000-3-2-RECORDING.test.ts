import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

ruleTester('000-3-2-RECORDING', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'a reached call with its recording number', rows: [cb()], asOf: '2025-03-10' },
    { name: 'an SMS callback has no phone recording; an unanswered call is not a callback', rows: [cb({ channel: '短信', recording: null, outcome: '已回复' }), missed()], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'a reached call without a recording', rows: [cb({ recording: null })], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', row: 2, column: '录音编号', messageId: 'missing' }] },
    {
      name: 'a ledger without the column: indeterminate, naming it',
      header: HEADER.filter((h) => h !== '录音编号'),
      rows: [cb().filter((_, k) => k !== 10)],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', column: '录音编号', messageId: 'missing-column' }],
    },
  ],
});
