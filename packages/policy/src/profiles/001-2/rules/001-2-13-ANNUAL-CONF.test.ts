import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-13-ANNUAL-CONF', {
  profile: '001-2',
  header,
  valid: [
    { name: 'key customer invited in 2024', rows: [row('C1', '2024-03-01', { tier: '重点' }), row('C1', '2024-11-20', { tier: '重点', type: '客户服务会议邀请' })], asOf: '2025-01-15' },
    { name: 'ordinary customers need no invitation', rows: [row('C2', '2024-03-01'), row('C2', '2024-09-01')], asOf: '2025-01-15' },
  ],
  invalid: [
    {
      name: 'key customer never invited in 2024: a warning',
      rows: [row('C1', '2024-03-01', { tier: '重要客户' }), row('C1', '2024-10-01', { tier: '重要客户' })],
      asOf: '2025-01-15',
      // 2025 is open from its first day: the invitation is still to send.
      findings: [{ status: 'violation', severity: 'warning', dueAt: '2024-12-31' }, { status: 'open', severity: 'info', dueAt: '2025-12-31', text: '本年度已回访 0 天，还需 1 天，2025-12-31 前' }],
    },
  ],
});
