import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '交付日期', '回访日期', '回访方式', '回访内容', '回访结果'];
const talk = '网站运行正常，客户提出增加产品栏目';
const call = (delivered: string, at: string, channel = '电话') => ['P01', '华信官网', delivered, at, channel, talk, '已接通'];
const monthly = (delivered: string, days: string[]) => days.map((d) => call(delivered, d));

ruleTester('003-2-5-PROJECT-M-Q', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'one callback in each month since delivery (month 1 ends on the same day next month)',
      rows: monthly('2025-06-15', ['2025-07-15', '2025-08-10', '2025-09-05', '2025-10-14']),
      asOf: '2025-10-15',
    },
    {
      name: 'quarterly after the first year',
      rows: [
        ...monthly('2024-01-10', ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01', '2025-01-05']),
        ...monthly('2024-01-10', ['2025-03-20', '2025-06-30', '2025-10-01']),
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'month 3 without a callback is overdue once its month has passed',
      rows: monthly('2025-06-15', ['2025-07-15', '2025-08-10', '2025-10-14']),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-09-15', overdueDays: 30 }],
    },
    {
      name: 'the delivery day itself does not count for month 1',
      rows: monthly('2025-09-01', ['2025-09-01', '2025-10-14']),
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-10-01', overdueDays: 14 }],
    },
  ],
});
