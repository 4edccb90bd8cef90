import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-5-CREDIT', {
  profile: '003-1',
  header,
  valid: [
    { name: 'the sale credited to the only inviter', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00', '张三')], asOf: '2025-10-15' },
    { name: 'credited to the inviter who won the customer', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, null), invitee('K1', '第二事业部', '李四', '2025-10-07 10:00', EVENT, '2025-10-07 12:00', '李四')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'credited to the former follow-up employee',
      rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00', '王五')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '业绩归属', messageId: 'credit' }],
    },
    {
      name: 'the same wrong credit on three rows of one customer: one finding for the customer, not one per row',
      rows: [
        invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00', '王五'),
        invitee('K1', '第一事业部', '张三', '2025-10-07 10:00', EVENT, '2025-10-07 17:00', '王五'),
        invitee('K1', '第一事业部', '张三', '2025-10-08 10:00', EVENT, '2025-10-08 17:00', '王五'),
        invitee('K2', '第二事业部', '李四', '2025-10-08 11:00', EVENT, '2025-10-08 17:00', '李四'),
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', customer: 'K1', row: 2, column: '业绩归属', messageId: 'credit-rows' }],
    },
  ],
});
