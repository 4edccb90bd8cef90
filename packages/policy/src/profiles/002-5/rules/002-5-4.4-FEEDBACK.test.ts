import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-4.4-FEEDBACK', {
  profile: '002-5',
  header,
  valid: [],
  invalid: [{ name: 'no deadline in the document: not configured', rows: [row('Y1', '2025-10-05 10:00', { feedback: '2025-10-06' })], asOf: '2025-10-15', findings: [{ status: 'not-configured', text: '原文“回访结束后,客户服务专员要整理资料,并将结果反馈给相关领导”没有给出期限' }] }],
});
