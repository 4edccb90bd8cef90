import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.1-LIST-APPROVED', {
  profile: '002-4',
  header,
  valid: [{ name: 'on the approved list', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-05' }],
  invalid: [{ name: 'a customer off the list', rows: [call('丙公司', '2025-10-01', { approved: null })], asOf: '2025-10-05', findings: [{ status: 'violation', severity: 'warning', customer: '丙公司' }] }],
});
