import { ruleTester } from '../../../testing/rule-tester';

const header = ['用户编号', '购买日期', '回访日期', '回访方式', '客服人员', '回访情况'];
const row = (at: string, bought = '2024-11-05') => ['U03', bought, at, '电话', '王磊', '设备运行正常'];

ruleTester('001-3a-P+4-6M', {
  profile: '001-3a',
  header,
  valid: [
    { name: 'at 4 months (inclusive)', rows: [row('2025-03-05')], asOf: '2025-10-15' },
    { name: 'at 6 months (inclusive)', rows: [row('2025-05-05')], asOf: '2025-10-15' },
    { name: 'month ends clamp: 08-31 + 6 months = 02-28', rows: [row('2025-02-28', '2024-08-31')], asOf: '2025-10-15' },
    { name: 'the window (from 4 months, 03-05) not open yet: nothing', rows: [row('2025-01-05')], asOf: '2025-03-04' },
    { name: 'called in the window, before it closes', rows: [row('2025-03-20')], asOf: '2025-04-01' },
  ],
  invalid: [
    { name: 'in month 7 is late', rows: [row('2025-06-10')], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-05-05', overdueDays: 36 }] },
    // 4-6个月: the document states when the window opens; from then on it is in progress.
    { name: 'the window opened at 4 months (03-05): open, saying the window and by when', rows: [row('2025-01-05')], asOf: '2025-03-05', findings: [{ status: 'open', severity: 'info', dueAt: '2025-05-05', text: '窗口已开始：请于 2025-05-05 前完成（窗口 2025-03-05 至 2025-05-05）' }] },
    { name: 'within the lead time (3 days): due soon', rows: [row('2025-01-05')], asOf: '2025-05-02', findings: [{ status: 'due-soon', dueAt: '2025-05-05' }] },
    { name: 'at 3 months only: overdue', rows: [row('2025-02-05')], asOf: '2025-05-10', findings: [{ status: 'overdue', dueAt: '2025-05-05', overdueDays: 5 }] },
  ],
});
