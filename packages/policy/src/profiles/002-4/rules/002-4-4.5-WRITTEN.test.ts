import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.5-WRITTEN', {
  profile: '002-4',
  header,
  valid: [
    { name: 'no problem recorded', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-05' },
    { name: 'a problem escalated in writing', rows: [call('甲公司', '2025-10-01', { question: '要求延长账期', solved: '10-02 书面报马总，同意延至60天' })], asOf: '2025-10-05' },
  ],
  invalid: [{ name: 'a problem with nothing under 解决情况', rows: [call('甲公司', '2025-10-01', { question: '要求延长账期' })], asOf: '2025-10-05', findings: [{ status: 'violation', column: '解决情况' }] }],
});
