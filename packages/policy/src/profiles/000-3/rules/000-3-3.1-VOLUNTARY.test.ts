import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '不接受电话回访'];
const sms = { channel: '短信', recording: null, outcome: '已回复' };

ruleTester('000-3-3.1-VOLUNTARY', {
  profile: '000-3',
  header,
  valid: [
    { name: 'SMS for a client who declined calls', rows: [cb(sms, '客户明确表示不接电话')], asOf: '2025-03-10' },
    { name: 'phone callbacks need no reason', rows: [cb({}, null)], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'an e-mail callback without the client\'s refusal: warning', rows: [cb({ ...sms, channel: '邮件' }, null)], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'warning', row: 2, column: '不接受电话回访' }] },
  ],
});
