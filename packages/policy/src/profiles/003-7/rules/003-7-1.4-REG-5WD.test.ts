import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '联系日期', '联系内容', '备案日期'];
const row = (contact: string | null, registered: string | null) => ['C1', '华信科技', contact, contact ? '初次拜访，介绍公司产品' : null, registered];

ruleTester('003-7-1.4-REG-5WD', {
  profile: '003-7',
  header,
  valid: [
    // Tue 09-30 -> 10-01..08 国庆 off -> Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 make-up (3), Mon 10-13 (4), Tue 10-14 (5).
    { name: 'registered on the 5th working day after 国庆, the make-up Saturday counted', rows: [row('2025-09-30', '2025-10-14')], asOf: '2025-10-20' },
    // Fri 09-26 -> Sun 09-28 make-up (1), Mon 09-29 (2), Tue 09-30 (3), Thu 10-09 (4), Fri 10-10 (5).
    { name: 'the make-up Sunday before 国庆 counts', rows: [row('2025-09-26', '2025-10-10')], asOf: '2025-10-20' },
    // Fri 01-24 -> Sun 01-26 make-up (1), Mon 01-27 (2), 01-28..02-04 春节 off, Wed 02-05 (3), Thu 02-06 (4), Fri 02-07 (5).
    { name: 'registered on the 5th working day across 春节', rows: [row('2025-01-24', '2025-02-07')], asOf: '2025-03-01' },
    { name: 'the registration on another row; the first contact is the earliest', rows: [row('2025-10-09', null), row('2025-10-13', '2025-10-15')], asOf: '2025-10-20' },
    { name: 'not yet due', rows: [row('2025-10-13', null)], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'one working day late after 国庆',
      rows: [row('2025-09-30', '2025-10-15')],
      asOf: '2025-10-20',
      findings: [{ status: 'late', dueAt: '2025-10-14', row: 2 }],
    },
    {
      name: 'registered on the 春节 make-up Saturday 02-08, a day late',
      rows: [row('2025-01-24', '2025-02-08')],
      asOf: '2025-03-01',
      findings: [{ status: 'late', dueAt: '2025-02-07' }],
    },
    {
      name: 'never registered: overdue',
      rows: [row('2025-09-30', null)],
      asOf: '2025-10-20',
      findings: [{ status: 'overdue', dueAt: '2025-10-14', overdueDays: 6 }],
    },
    {
      name: 'due soon on the 4th working day',
      rows: [row('2025-09-30', null)],
      asOf: '2025-10-13',
      findings: [{ status: 'due-soon', dueAt: '2025-10-14' }],
    },
  ],
});
