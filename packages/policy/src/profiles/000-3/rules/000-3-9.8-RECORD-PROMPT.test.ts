import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-9.8-RECORD-PROMPT', {
  profile: '000-3',
  header: [...HEADER, '记录填写时间'],
  valid: [],
  invalid: [
    { name: '及时 has no number: not configured, once', rows: [cb({}, '2025-03-05 17:00'), cb({ at: '2025-03-06 10:30' }, '2025-03-09 09:00')], asOf: '2025-03-10', findings: [{ status: 'not-configured', row: null, messageId: 'not-configured', text: '只说“及时”' }] },
    { name: 'the same without the column', header: HEADER, rows: [cb()], asOf: '2025-03-10', findings: [{ status: 'not-configured' }] },
  ],
});
