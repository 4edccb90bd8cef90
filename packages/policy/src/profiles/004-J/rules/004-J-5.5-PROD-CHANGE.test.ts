import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.5-PROD-CHANGE', {
  profile: '004-J',
  header,
  valid: [{ name: 'delivery change recorded against its order', rows: [row('交期變更', '2025-10-09 10:30', { result: '客戶同意交期延至10月20日' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'production query without an order number',
      rows: [row('生產疑問', '2025-10-09 10:30', { order: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '訂單編號', row: 2 }],
    },
  ],
});
