import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-3-PHONE-ONLY', {
  profile: '002-4',
  header,
  valid: [{ name: 'phone calls', rows: [call('甲公司', '2025-10-01'), call('乙公司', '2025-10-02')], asOf: '2025-10-05' }],
  invalid: [
    { name: 'a WeChat row logged as a callback', rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-02', { channel: '微信' })], asOf: '2025-10-05', findings: [{ status: 'violation', severity: 'warning', row: 3, column: '回访方式' }] },
    { name: 'a QQ row', rows: [call('乙公司', '2025-10-02', { channel: 'QQ' })], asOf: '2025-10-05', findings: [{ status: 'violation', row: 2 }] },
  ],
});
