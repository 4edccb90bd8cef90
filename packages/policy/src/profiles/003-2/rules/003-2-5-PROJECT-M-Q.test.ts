import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '交付日期', '回访日期', '回访方式', '回访内容', '回访结果'];
const talk = '网站运行正常，客户提出增加产品栏目';
const call = (delivered: string, at: string, channel = '电话') => ['P01', '华信官网', delivered, at, channel, talk, '已接通'];
const monthly = (delivered: string, days: string[]) => days.map((d) => call(delivered, d));
/** The 20th of each month of 2024, one callback in each monthly window of a project delivered on 2024-01-10. */
const year1 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}-20`);

ruleTester('003-2-5-PROJECT-M-Q', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'one callback in each month window [D + k months, D + k+1 months); the delivery day is in month 1, the same date next month in month 2',
      // (and the window in progress, from 10-15, called on its first day)
      rows: monthly('2025-06-15', ['2025-06-15', '2025-07-15', '2025-08-20', '2025-09-30', '2025-10-15']),
      asOf: '2025-10-15',
    },
    {
      name: 'quarterly after the first year: the anniversary (2025-01-10) opens the first quarterly window',
      rows: monthly('2024-01-10', [...year1, '2025-01-10', '2025-05-01', '2025-07-10', '2025-10-12']),
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'the anniversary belongs to the quarterly regime: month 12 (2024-12-10 to 2025-01-09) was missed',
      rows: monthly('2024-01-10', [...year1.slice(0, 11), '2025-01-10', '2025-05-01', '2025-07-10']),
      asOf: '2025-10-15',
      // The quarter in progress (2025-10-10 to 2026-01-09) has no callback yet: open.
      findings: [{ status: 'overdue', dueAt: '2025-01-09', overdueDays: 279 }, { status: 'open', dueAt: '2026-01-09' }],
    },
    {
      name: 'month 1 ends the day before the same date next month: a first callback on 07-15 is month 2\'s',
      rows: monthly('2025-06-15', ['2025-07-15', '2025-08-20', '2025-09-20']),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-07-14', overdueDays: 93 }, { status: 'open', dueAt: '2025-11-14' }],
    },
    {
      name: 'month 3 (08-15 to 09-14) without a callback is overdue once it has passed',
      rows: monthly('2025-06-15', ['2025-06-20', '2025-07-20', '2025-09-20']),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-09-14', overdueDays: 31 }, { status: 'open', dueAt: '2025-11-14' }],
    },
    {
      name: 'the month in progress (10-15 to 11-14) without a callback yet: open from its first day, saying the window',
      rows: monthly('2025-06-15', ['2025-06-20', '2025-07-20', '2025-08-20', '2025-09-20']),
      asOf: '2025-10-15',
      findings: [{ status: 'open', severity: 'info', dueAt: '2025-11-14', text: '窗口已开始：请于 2025-11-14 前完成（窗口 2025-10-15 至 2025-11-14）' }],
    },
    {
      name: 'months 2, 3 and 4 (07-15 to 10-14) without a callback: one finding for the three months in a row, from the first',
      rows: monthly('2025-06-15', ['2025-06-20', '2025-06-25']),
      asOf: '2025-10-15',
      findings: [
        { status: 'overdue', messageId: 'missed-run', dueAt: '2025-08-14', overdueDays: 62, text: '自 2025-08-14 起连续 3 期没有成功回访（2025-07-15 至 2025-10-14）' },
        { status: 'open', dueAt: '2025-11-14' },
      ],
    },
    {
      name: 'a callback in month 4 (09-20) ends the run of months 2 and 3',
      rows: monthly('2025-06-15', ['2025-06-20', '2025-09-20']),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', messageId: 'missed-run', dueAt: '2025-08-14', text: '自 2025-08-14 起连续 2 期没有成功回访（2025-07-15 至 2025-09-14）' }, { status: 'open', dueAt: '2025-11-14' }],
    },
    {
      name: 'month-end clamping: delivered 01-31, month 1 is 01-31 to 02-27 (02-28 opens month 2)',
      rows: monthly('2025-01-31', ['2025-02-28', '2025-03-31']),
      asOf: '2025-04-15',
      findings: [{ status: 'overdue', dueAt: '2025-02-27', overdueDays: 47 }],
    },
  ],
});
