import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

ruleTester('000-3-12.3-INVALID-LOG', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'the unanswered call states what happened', rows: [missed({ content: '关机' , outcome: '关机' })], asOf: '2025-03-10' },
    { name: 'reached calls are the other clause\'s business', rows: [cb({ content: null })], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'an unanswered call with nothing written', rows: [missed({ content: null })], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '回访内容', messageId: 'missing' }] },
    { name: 'and without a performer', rows: [missed({ by: null })], asOf: '2025-03-10', findings: [{ row: 2, column: '回访专员' }] },
  ],
});
