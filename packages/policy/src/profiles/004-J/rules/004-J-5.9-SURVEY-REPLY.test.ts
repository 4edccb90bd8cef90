import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.9-SURVEY-REPLY', {
  profile: '004-J',
  header,
  valid: [
    { name: 'improvement and reply noted', rows: [row('滿意度調查', '2025-10-02 10:00', { improvement: '包裝加固', reply: '10月5日電話告知客戶' })], asOf: '2025-10-15' },
    { name: 'reply noted although no improvement was written', rows: [row('滿意度調查', '2025-10-02 10:00', { reply: '已電話感謝客戶，各項滿意' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'improvement made but the reply not noted',
      rows: [row('满意度调查', '2025-10-02 10:00', { improvement: '包裝加固' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '回覆情況', row: 2 }],
    },
    {
      name: 'the reply is checked whether or not 改善情況 is filled: no improvement and no reply',
      rows: [row('滿意度調查', '2025-10-02 10:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '回覆情況', row: 2 }],
    },
    {
      name: 'no 回覆情況 column: indeterminate once, named in the form\'s traditional script',
      header: header.filter((h) => h !== '回覆情況'),
      rows: [row('滿意度調查', '2025-10-02 10:00', { improvement: '包裝加固' }).filter((_, k) => header[k] !== '回覆情況')],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', column: '回覆情況', row: null, messageId: 'missing-column' }],
    },
  ],
});
