import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-3.3-COI', {
  profile: '000-3',
  header: HEADER,
  valid: [{ name: 'a callback specialist, not the manager', rows: [cb()], asOf: '2025-03-10' }],
  invalid: [
    { name: 'the client\'s own manager called back', rows: [cb({ by: '李强' })], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', row: 2, column: '回访专员', messageId: 'same', text: '「回访专员」为「李强」，而「李强」正是该客户的理财经理，存在利益冲突' }] },
    { name: 'written with a space and full-width, manager stated on another row', rows: [cb(), cb({ at: '2025-06-05 10:30', type: '持续回访', fm: null, by: '李 强' })], asOf: '2025-06-10', findings: [{ row: 3 }] },
  ],
});
