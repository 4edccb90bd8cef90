import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

const maker = (at: string, channel: string, outcome = '已接通') => row('C1', at, { type: '创客', use: null, end: null, channel, outcome });

ruleTester('002-5-4.2-MAKER-MONTHLY', {
  profile: '002-5',
  header,
  valid: [
    { name: 'September: a visit, a call and a WeChat (August is the first, partial month)', rows: [maker('2025-08-25 10:00', '电话'), maker('2025-09-02 10:00', '上门'), maker('2025-09-10 10:00', '电话'), maker('2025-09-20 10:00', '微信')], asOf: '2025-10-15' },
    { name: 'tourists are not makers', rows: [row('Y1', '2025-08-01 10:00')], asOf: '2025-10-15' },
    {
      name: 'a visit recorded 已拜访 is a successful visit',
      rows: [maker('2025-08-25 10:00', '电话'), maker('2025-09-02 10:00', '上门', '已拜访'), maker('2025-09-10 10:00', '电话'), maker('2025-09-20 10:00', '微信', '已回复')],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'September without a visit',
      rows: [maker('2025-08-25 10:00', '电话'), maker('2025-09-10 10:00', '电话'), maker('2025-09-20 10:00', '电话')],
      asOf: '2025-10-15',
      // October is in progress: each group owes its count, open from the month's first day.
      findings: [
        { status: 'violation', dueAt: '2025-09-30', customer: 'C1' },
        { status: 'open', dueAt: '2025-10-31', text: '本月以上门方式已成功回访 0 次，还需 1 次，2025-10-31 前' },
        { status: 'open', dueAt: '2025-10-31', text: '本月以电话/微信方式已成功回访 0 次，还需 2 次，2025-10-31 前' },
      ],
    },
    {
      name: 'a visit that did not happen (未联系上) is no visit; an unanswered call is no contact (§16 A3)',
      rows: [maker('2025-08-25 10:00', '电话'), maker('2025-09-02 10:00', '上门', '未联系上'), maker('2025-09-10 10:00', '电话'), maker('2025-09-20 10:00', '电话', '无人接听')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', dueAt: '2025-09-30', text: '以上门方式的成功回访只有 0 次' },
        { status: 'violation', dueAt: '2025-09-30', text: '以电话/微信方式的成功回访只有 1 次，至少应有 2 次' },
        { status: 'open', dueAt: '2025-10-31' },
        { status: 'open', dueAt: '2025-10-31' },
      ],
    },
    {
      name: 'October, late in the month, with the visit done and one call: the calls are due soon',
      rows: [maker('2025-08-25 10:00', '电话'), maker('2025-09-02 10:00', '上门'), maker('2025-09-10 10:00', '电话'), maker('2025-09-20 10:00', '微信'), maker('2025-10-03 10:00', '上门'), maker('2025-10-09 10:00', '微信')],
      asOf: '2025-10-30',
      findings: [{ status: 'due-soon', dueAt: '2025-10-31', text: '本月以电话/微信方式已成功回访 1 次，还需 1 次，2025-10-31 前' }],
    },
  ],
});
