import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.9-SURVEY-REPLY', {
  profile: '004-J',
  header,
  valid: [
    { name: 'improvement and reply noted', rows: [row('滿意度調查', '2025-10-02 10:00', { improvement: '包裝加固', reply: '10月5日電話告知客戶' })], asOf: '2025-10-15' },
    { name: 'no improvement yet: nothing to reply', rows: [row('滿意度調查', '2025-10-02 10:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'improvement made but the reply not noted',
      rows: [row('满意度调查', '2025-10-02 10:00', { improvement: '包裝加固' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '回覆情況', row: 2 }],
    },
  ],
});
