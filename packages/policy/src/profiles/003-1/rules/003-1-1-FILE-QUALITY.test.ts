import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-1-FILE-QUALITY', {
  profile: '003-1',
  header,
  valid: [{ name: 'a complete file', rows: [invitee('K1', '第一事业部', '张三', '2025-10-06 10:00', EVENT, '2025-10-06 17:00')], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'no phone and no inviter',
      rows: [['K1', '顾客K1', null, '第一事业部', null, '2025-10-06 10:00', EVENT, '2025-10-06 17:00', null]],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '联系电话' },
        { status: 'violation', column: '邀约人' },
      ],
    },
  ],
});
