import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-7.2.1-COMPLAINT-FU', {
  profile: '000-3',
  header: [...HEADER, '投诉办结日期', '确认回访日期'],
  valid: [],
  invalid: [
    { name: 'no deadline in the document: not configured', rows: [cb({ type: '投诉回访', at: '2025-03-12 10:30' }, '2025-03-10', '2025-03-12 10:30')], asOf: '2025-03-20', findings: [{ status: 'not-configured' }] },
  ],
});
