import { ruleTester } from '../../../testing/rule-tester';

const header = ['受理编号', '客户名称', '受理时间', '问题描述', '解决时间', '处理人'];
const r = (id: string, received: string | null, solved: string | null) => [id, '李先生', received, '宽带无法连接', solved, '王工'];

ruleTester('004-B-1-24h', {
  profile: '004-B',
  header,
  valid: [
    { name: 'solved the same afternoon', rows: [r('S1', '2025-10-09 09:00', '2025-10-09 15:00')], asOf: '2025-10-15' },
    { name: 'boundary: exactly 24 hours', rows: [r('S1', '2025-10-09 09:00', '2025-10-10 09:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'one minute over, across the National Day holiday (hours are not paused): a warning', rows: [r('S1', '2025-10-01 09:00', '2025-10-02 09:01')], asOf: '2025-10-15', findings: [{ status: 'late', severity: 'warning', dueAt: '2025-10-02T09:00+08:00' }] },
    { name: 'open, 10 hours in: due soon', rows: [r('S1', '2025-10-15 08:00', null)], asOf: '2025-10-15T18:00', findings: [{ status: 'due-soon', severity: 'info', dueAt: '2025-10-16T08:00+08:00' }] },
    { name: 'never solved', rows: [r('S1', '2025-10-09 09:00', null)], asOf: '2025-10-15', findings: [{ status: 'overdue', severity: 'warning' }] },
    { name: 'a date without a time cannot be placed', rows: [r('S1', '2025-10-09', '2025-10-10 09:00')], asOf: '2025-10-15', findings: [{ status: 'indeterminate' }] },
  ],
});
