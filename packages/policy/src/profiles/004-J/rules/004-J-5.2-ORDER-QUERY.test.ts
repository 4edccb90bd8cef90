import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.2-ORDER-QUERY', {
  profile: '004-J',
  header,
  valid: [
    { name: 'order query with order, result and contact person', rows: [row('訂單疑問', '2025-10-09 10:30')], asOf: '2025-10-15' },
    { name: 'other matters need no order number', rows: [row('樣品確認', '2025-10-09 10:30', { order: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'order query without order number and contact person',
      rows: [row('訂單疑問', '2025-10-09 10:30', { order: '', person: '' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '訂單編號', row: 2 },
        { status: 'violation', column: '聯絡人', row: 2 },
      ],
    },
    {
      name: 'simplified matter words count too; no result',
      rows: [row('订单数量确认', '2025-10-09 10:30', { result: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '聯絡結果', row: 2 }],
    },
    {
      name: 'an unreadable contact time is an invalid cell under this clause',
      rows: [row('訂單疑問', '上週三')],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '聯絡時間', row: 2 }],
    },
  ],
});
