import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-5.1-INDEPENDENCE', {
  profile: '002-4',
  header,
  valid: [{ name: 'the audit post checks another\'s customer', rows: [call('甲公司', '2025-10-01', { audited: '2025-10-03', auditor: '王监督' })], asOf: '2025-10-05' }],
  invalid: [{ name: 'the salesperson spot-checks his own customer', rows: [call('甲公司', '2025-10-01', { audited: '2025-10-03', auditor: '张三' })], asOf: '2025-10-05', findings: [{ status: 'violation', row: 2, text: '「监督岗」为「张三」，而「张三」正是该客户的业务员' }] }],
});
