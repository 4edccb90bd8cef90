import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '客人姓名', '庆典日期', '上报时间', '回访时间', '回访方式', '回访类型', '回访内容'];
const info = (date: string, reported = '2025-07-01 15:00') => ['G2', '华兴建材公司', date, reported, null, null, null, null];
const call = (at: string, channel = '上门') => ['G2', '华兴建材公司', null, null, at, channel, '庆典回访', '确认十周年庆典宴席安排'];

ruleTester('000-5-5-CELEB-30d', {
  profile: '000-5',
  header,
  valid: [
    { name: 'a visit exactly 30 days before', rows: [info('2025-09-30'), call('2025-08-31')], asOf: '2025-10-15' },
    { name: 'a call 37 days before', rows: [info('2025-09-30'), call('2025-08-24', '电话')], asOf: '2025-10-15' },
    { name: 'known only after the due day', rows: [info('2025-09-30', '2025-09-05 10:00')], asOf: '2025-10-15' },
    { name: 'a one-off date: no obligation the next year', rows: [info('2024-09-30', '2024-07-01 10:00'), call('2024-08-31')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'no contact is overdue',
      rows: [info('2025-09-30')],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', row: 2, dueAt: '2025-08-31', overdueDays: 45 }],
    },
    {
      name: '29 days before is late',
      rows: [info('2025-09-30'), call('2025-09-01')],
      asOf: '2025-10-15',
      findings: [{ status: 'late', row: 3, dueAt: '2025-08-31', overdueDays: 1 }],
    },
  ],
});
