import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-7.2.2-MAJOR-CHANGE', {
  profile: '000-3',
  header: [...HEADER, '协议变更日期', '确认回访日期'],
  valid: [],
  invalid: [
    { name: 'no deadline in the document: not configured', rows: [cb({ type: '重要业务确认', at: '2025-03-12 10:30' }, '2025-03-10', '2025-03-12 10:30')], asOf: '2025-03-20', findings: [{ status: 'not-configured', text: '没有给出期限' }] },
    { name: 'the same without a change log (nothing to judge until a deadline is set)', header: HEADER, rows: [cb()], asOf: '2025-03-20', findings: [{ status: 'not-configured' }] },
  ],
});
