import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.3-FORM', {
  profile: '002-4',
  header,
  valid: [{ name: 'a complete row', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-05' }],
  invalid: [
    { name: 'content too thin', rows: [call('甲公司', '2025-10-01', { content: '已联系' })], asOf: '2025-10-05', findings: [{ status: 'violation', column: '回访内容', messageId: 'too-short' }] },
    { name: 'no outcome', rows: [[...call('甲公司', '2025-10-01').slice(0, 6), null, ...call('甲公司', '2025-10-01').slice(7)]], asOf: '2025-10-05', findings: [{ status: 'violation', column: '回访结果' }] },
  ],
});
