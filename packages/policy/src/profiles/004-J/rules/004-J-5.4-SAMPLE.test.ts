import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.4-SAMPLE', {
  profile: '004-J',
  header,
  valid: [{ name: 'sample confirmation with what and who', rows: [row('樣品確認', '2025-10-09 10:30')], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'sample confirmation without the staff member and the result',
      rows: [row('样品确认', '2025-10-09 10:30', { staff: '', result: '' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '聯絡結果', row: 2 },
        { status: 'violation', column: '經辦人', row: 2 },
      ],
    },
  ],
});
