import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '备案日期', '变动日期', '变动内容', '维护表填报日期'];
const row = (changed: string, reported: string | null) => ['C1', '华信科技', '2024-03-01', changed, '联系人由王经理改为李经理', reported];

ruleTester('003-7-1.4-CHG-5WD', {
  profile: '003-7',
  header,
  valid: [
    { name: 'reported on the 5th working day after 国庆 (make-up Saturday 10-11 counted)', rows: [row('2025-09-30', '2025-10-14')], asOf: '2025-10-20' },
    { name: 'reported on the 5th working day across 春节 (make-up Sunday 01-26 counted)', rows: [row('2025-01-24', '2025-02-07')], asOf: '2025-03-01' },
    { name: 'reported the same day', rows: [row('2025-10-09', '2025-10-09')], asOf: '2025-10-20' },
  ],
  invalid: [
    { name: 'a day late after 国庆', rows: [row('2025-09-30', '2025-10-15')], asOf: '2025-10-20', findings: [{ status: 'late', dueAt: '2025-10-14', row: 2 }] },
    // Mon-Fri counting would say 02-03 (Mon) is late already; the holiday calendar moves it past 春节.
    { name: 'not reported: overdue after 春节', rows: [row('2025-01-24', null)], asOf: '2025-02-10', findings: [{ status: 'overdue', dueAt: '2025-02-07', overdueDays: 3 }] },
  ],
});
