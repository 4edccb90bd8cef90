import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '生日/寿辰', '庆典日期', '上报时间', '录入时间'];

ruleTester('000-5-4-ENTRY-48h', {
  profile: '000-5',
  header,
  valid: [
    { name: 'entered 48 h 00 min after the report', rows: [['G1', '1960-06-20', null, '2025-03-05 15:00', '2025-03-07 15:00']], asOf: '2025-03-10' },
    { name: 'a celebration entered the next morning', rows: [['G2', null, '2025-09-30', '2025-03-05 15:00', '2025-03-06 09:00']], asOf: '2025-03-10' },
    { name: 'rows without a birthday or celebration are not concerned', rows: [['G3', null, null, '2025-03-05 15:00', null]], asOf: '2025-03-10' },
    { name: 'weekends are not excluded, and not needed: Fri 15:00 -> Sun 15:00', rows: [['G1', '1960-06-20', null, '2025-03-07 15:00', '2025-03-09 15:00']], asOf: '2025-03-10' },
  ],
  invalid: [
    {
      name: 'entered 48 h 01 min after the report',
      rows: [['G1', '1960-06-20', null, '2025-03-05 15:00', '2025-03-07 15:01']],
      asOf: '2025-03-10',
      findings: [{ status: 'late', row: 2, column: '录入时间', dueAt: '2025-03-07T15:00+08:00' }],
    },
    {
      name: 'not entered after 48 hours',
      rows: [['G1', '1960-06-20', null, '2025-03-05 15:00', null]],
      asOf: '2025-03-08T09:00',
      findings: [{ status: 'overdue', row: 2, overdueDays: 1 }],
    },
    {
      name: 'a report time without minutes cannot be judged',
      rows: [['G1', '1960-06-20', null, '2025-03-05', '2025-03-07 16:00']],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', messageId: 'anchor-no-time' }],
    },
  ],
});
