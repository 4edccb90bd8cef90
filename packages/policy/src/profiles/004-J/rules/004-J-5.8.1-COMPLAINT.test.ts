import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.8.1-COMPLAINT', {
  profile: '004-J',
  header,
  valid: [
    { name: 'handled complaint confirmed by the customer', rows: [row('客戶投訴', '2025-10-02 10:00', { channel: '傳真', form: 'TS-2510-01', improvement: '增加出貨前全檢', confirmed: '2025-10-08' })], asOf: '2025-10-15' },
    { name: 'a complaint still being handled needs no confirmation yet', rows: [row('客戶投訴', '2025-10-13 10:00', { form: 'TS-2510-02' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'handled return never confirmed by the customer, escalated to the deputy GM',
      rows: [row('退貨', '2025-10-02 10:00', { form: 'TS-2510-03', improvement: '更換包裝材料' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '客戶確認日期', row: 2 }],
    },
  ],
});
