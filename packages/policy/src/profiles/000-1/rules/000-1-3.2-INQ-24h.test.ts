import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '顾客名称', '沟通日期', '沟通类型', '问询时间', '答复时间'];
const row = (asked: string, answered: string | null) => ['K01', '市移动分公司', asked.slice(0, 10), '问询', asked, answered];

ruleTester('000-1-3.2-INQ-24h', {
  profile: '000-1',
  header,
  valid: [
    { name: 'answered exactly 24 hours later', rows: [row('2025-03-05 09:30', '2025-03-06 09:30')], asOf: '2025-03-10' },
    { name: 'answered at once', rows: [row('2025-03-05 09:30', '2025-03-05 09:30')], asOf: '2025-03-10' },
    { name: 'nights and weekends count: Friday 17:00 answered Saturday 16:00', rows: [row('2025-03-07 17:00', '2025-03-08 16:00')], asOf: '2025-03-10' },
    { name: 'not answered yet, still inside the 24 hours', rows: [row('2025-03-05 09:30', null)], asOf: '2025-03-04' },
  ],
  invalid: [
    { name: '24 hours and 1 minute', rows: [row('2025-03-05 09:30', '2025-03-06 09:31')], asOf: '2025-03-10', findings: [{ status: 'late', row: 2, column: '答复时间', dueAt: '2025-03-06T09:30+08:00' }] },
    { name: 'over the 国庆 holiday: no pause', rows: [row('2025-09-30 17:00', '2025-10-08 09:00')], asOf: '2025-10-15', findings: [{ status: 'late', overdueDays: 7 }] },
    { name: 'never answered', rows: [row('2025-03-05 09:30', null)], asOf: '2025-03-06T10:00', findings: [{ status: 'overdue', overdueDays: 1 }] },
    { name: 'due soon', rows: [row('2025-03-05 09:30', null)], asOf: '2025-03-06T09:00', findings: [{ status: 'due-soon', severity: 'info' }] },
    { name: 'an inquiry time without minutes', rows: [row('2025-03-05', '2025-03-06 10:00')], asOf: '2025-03-10', findings: [{ status: 'indeterminate', messageId: 'anchor-no-time' }] },
  ],
});
