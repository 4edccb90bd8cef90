import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.9-SURVEY', {
  profile: '004-J',
  header,
  valid: [{ name: 'survey analysed with an improvement', rows: [row('滿意度調查', '2025-10-02 10:00', { improvement: '交期延誤：增加周六加班', reply: '已電話回覆' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'returned survey without an improvement',
      rows: [row('滿意度調查', '2025-10-02 10:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '改善情況', row: 2 }],
    },
  ],
});
