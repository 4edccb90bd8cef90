import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-2-LATE-LOSES', {
  profile: '003-1',
  header,
  valid: [
    { name: 'the first division handed in on time and keeps the customer', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00'), invitee('K1', '第二事业部', '李四', '2025-10-07 10:00', EVENT, '2025-10-07 17:00')], asOf: '2025-10-15' },
    { name: 'the other division confirmed only after the late file came in', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 19:00'), invitee('K1', '第二事业部', '李四', '2025-10-07 10:00', EVENT, '2025-10-07 17:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'a late file: the customer goes to the other division',
      rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-07 09:00'), invitee('K1', '第二事业部', '李四', '2025-10-06 15:00', EVENT, '2025-10-06 17:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', row: 2, messageId: 'lost' }],
    },
    {
      name: 'a file never handed in loses to a later confirmation',
      rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, null), invitee('K1', '第二事业部', '李四', '2025-10-09 10:00', EVENT, '2025-10-09 12:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2 }],
    },
  ],
});
