import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

ruleTester('000-3-2-CB-FIELDS', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'all seven items, 无 for no problem', rows: [cb()], asOf: '2025-03-10' },
    { name: 'an unanswered call needs no problem or result', rows: [missed()], asOf: '2025-03-10' },
  ],
  invalid: [
    {
      name: 'a blank problem cell and a blank performer',
      rows: [cb({ issue: null }), cb({ at: '2025-03-06 10:30', by: null })],
      asOf: '2025-03-10',
      findings: [
        { status: 'violation', severity: 'error', row: 2, column: '存在的问题', messageId: 'missing' },
        { status: 'violation', row: 3, column: '回访专员', messageId: 'missing' },
      ],
    },
    { name: 'no content and no result', rows: [cb({ content: null, result: null })], asOf: '2025-03-10', findings: [{ column: '回访内容' }, { column: '处理结果' }] },
    { name: 'an unreadable date is invalid under this clause', rows: [cb({ at: '三月五号' })], asOf: '2025-03-10', findings: [{ status: 'invalid', row: 2, column: '回访时间' }] },
  ],
});
