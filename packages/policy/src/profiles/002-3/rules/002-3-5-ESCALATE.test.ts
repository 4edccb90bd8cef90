import { ruleTester } from '../../../testing/rule-tester';
import { header, visit } from '../test-rows';

const q = '变速箱异响，要求免费检修';

ruleTester('002-3-5-ESCALATE', {
  profile: '002-3',
  header,
  valid: [
    { name: 'instruction, then feedback', rows: [visit('王先生', '2025-09-15', '2025-09-20', { question: q, instructed: '2025-09-22', fed: '2025-09-23' })], asOf: '2025-10-15' },
    { name: 'no feedback yet: not checked (及时 has no number)', rows: [visit('王先生', '2025-09-15', '2025-09-20', { question: q })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'feedback without an instruction', rows: [visit('王先生', '2025-09-15', '2025-09-20', { question: q, fed: '2025-09-21' })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '领导批示日期' }] },
    { name: 'the instruction after the feedback', rows: [visit('王先生', '2025-09-15', '2025-09-20', { question: q, instructed: '2025-09-25', fed: '2025-09-21' })], asOf: '2025-10-15', findings: [{ status: 'violation' }] },
  ],
});
