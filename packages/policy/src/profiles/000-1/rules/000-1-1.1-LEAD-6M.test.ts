import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '顾客名称', '沟通日期', '沟通类型', '沟通方式', '沟通内容'];
const row = (at: string, type = '领导走访') => ['K01', '市移动分公司', at, type, '上门', '听取顾客对代维质量的意见'];

ruleTester('000-1-1.1-LEAD-6M', {
  profile: '000-1',
  header,
  valid: [
    { name: 'one leadership visit in each half-year', rows: [row('2024-05-10'), row('2024-11-20'), row('2025-03-01'), row('2025-08-15')], asOf: '2025-10-15' },
    { name: 'the current half-year is not over', rows: [row('2025-01-10'), row('2025-06-30')], asOf: '2025-10-15' },
    { name: 'a first half-year with under 90 days left is exempt', rows: [row('2024-10-20', '日常沟通'), row('2025-03-01')], asOf: '2025-10-15' },
    {
      name: 'a leadership meeting (会议) is a contact',
      rows: [row('2024-05-10'), ['K01', '市移动分公司', '2024-11-20', '领导座谈', '会议', '分管领导主持座谈，听取代维质量意见'], row('2025-03-01')],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'no leadership contact in the second half of 2024',
      rows: [row('2024-05-10'), row('2024-09-01', '日常沟通'), row('2025-03-01')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', row: 3, text: '该半年（2024-07-01 至 2024-12-31）「沟通类型」含“领导”的成功回访只有 0 天' },
        // The half-year in progress owes its one leadership contact: open, from its first day.
        { status: 'open', dueAt: '2025-12-31', text: '本半年已回访 0 天，还需 1 天，2025-12-31 前' },
      ],
    },
    {
      name: 'four half-years in a row without a leadership contact: one finding for the run, still owed',
      rows: [row('2023-05-10'), row('2023-09-01', '日常沟通'), row('2025-03-01', '日常沟通')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', dueAt: '2023-12-31', row: 4, messageId: 'missed-run-typed', text: '漏访：自 2023-07-01 起连续 4 个半年没有「沟通类型」含“领导”的成功回访（2023-07-01 至 2025-06-30）' },
        { status: 'open', dueAt: '2025-12-31' },
      ],
    },
    {
      name: '§16 A3: a leadership call nobody answered is not a contact',
      rows: [row('2024-05-10'), ['K01', '市移动分公司', '2024-11-20', '领导电话', '电话', '无人接听'], row('2025-03-01')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 3 }, { status: 'open', dueAt: '2025-12-31' }],
    },
  ],
});
