import { ruleTester } from '../../../testing/rule-tester';
import { header, visit } from '../test-rows';

const special = (at: string, channel: string) => visit('李总', null, at, { tier: '特殊客户', channel });

ruleTester('002-3-1-SPECIAL', {
  profile: '002-3',
  header,
  valid: [
    { name: 'a visit in September (August is the first, partial month)', rows: [special('2025-08-20', '电话'), special('2025-09-12', '上门')], asOf: '2025-10-15' },
    // 第1条's own word for it: 单独走访; and the other ways clerks write a visit (issue 13).
    ...['单独走访', '走访', '上门走访', '拜访', '登门'].map((ch) => ({ name: `a visit written ${ch}`, rows: [special('2025-08-20', '电话'), special('2025-09-12', ch)], asOf: '2025-10-15' })),
    { name: 'ordinary customers need no visit', rows: [visit('王先生', '2025-08-01', '2025-08-05')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'only calls in September', rows: [special('2025-08-20', '电话'), special('2025-09-12', '电话')], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', dueAt: '2025-09-30' }, { status: 'open', dueAt: '2025-10-31', text: '本月以上门方式已成功回访 0 次，还需 1 次，2025-10-31 前' }] },
    {
      name: 'July to September without a visit: one finding for the three months',
      rows: [special('2025-06-20', '电话'), special('2025-07-12', '电话'), special('2025-09-12', '电话')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', severity: 'warning', dueAt: '2025-07-31', row: 4, messageId: 'missed-run', text: '漏访：自 2025-07-01 起连续 3 个月没有以上门方式的成功回访（2025-07-01 至 2025-09-30）' },
        { status: 'open', dueAt: '2025-10-31' },
      ],
    },
    {
      // 走仿 is no channel (its invalid finding asks 是否应为「走访」？): it may be September's visit.
      name: 'September\'s only other row has an unreadable channel (走仿): indeterminate, naming the row',
      rows: [special('2025-08-20', '电话'), special('2025-09-12', '电话'), special('2025-09-20', '走仿')],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 4, column: '回访方式' }, { status: 'open', dueAt: '2025-10-31' }],
    },
  ],
});
