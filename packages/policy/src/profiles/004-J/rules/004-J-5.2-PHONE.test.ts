import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.2-PHONE', {
  profile: '004-J',
  header,
  valid: [
    { name: 'order and process queries by telephone (traditional 電話)', rows: [row('訂單疑問', '2025-10-09 10:30'), row('工藝疑問', '2025-10-10 14:00')], asOf: '2025-10-15' },
    { name: 'a complaint received by fax is not a query', rows: [row('客戶投訴', '2025-10-09 10:30', { channel: '傳真', form: 'TS-01' })], asOf: '2025-10-15' },
    { name: 'a blank channel is not judged', rows: [row('訂單疑問', '2025-10-09 10:30', { channel: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'order query by fax, process query by e-mail',
      rows: [row('訂單疑問', '2025-10-09 10:30', { channel: '傳真' }), row('工藝資料確認', '2025-10-10 14:00', { channel: '電郵' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '聯絡方式', row: 2, messageId: 'wrong-channel' },
        { status: 'violation', column: '聯絡方式', row: 3, messageId: 'wrong-channel' },
      ],
    },
  ],
});
