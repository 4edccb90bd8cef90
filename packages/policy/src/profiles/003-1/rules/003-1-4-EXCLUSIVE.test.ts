import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-4-EXCLUSIVE', {
  profile: '003-1',
  header,
  valid: [
    { name: 'each customer invited by one division', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00'), invitee('K2', '第二事业部', '李四', '2025-10-06 10:00', EVENT, '2025-10-06 17:00')], asOf: '2025-10-15' },
    { name: 'the first division\'s file was late: the second is not at fault', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-07 09:00'), invitee('K1', '第二事业部', '李四', '2025-10-06 15:00', EVENT, '2025-10-06 17:00')], asOf: '2025-10-15' },
    { name: 'the same customer at two different events', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00'), invitee('K1', '第二事业部', '李四', '2025-10-20 10:00', '2025-10-26 14:00', '2025-10-20 17:00')], asOf: '2025-10-30' },
  ],
  invalid: [
    {
      name: 'the second division invites a customer the first confirmed on time',
      rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00'), invitee('K1', '第二事业部', '李四', '2025-10-08 09:30', EVENT, '2025-10-08 17:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 3, customer: 'K1' }],
    },
  ],
});
