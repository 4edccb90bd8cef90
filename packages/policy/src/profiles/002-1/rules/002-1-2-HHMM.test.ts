import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const split = ['客户编号', '客户名称', '回访日期', '回访时间', '回访方式', '回访内容', '回访结果'];
const row = (at: unknown) => ['K1', '张伟', at, '电话', talk, '已接通'] as (string | number | null)[];

ruleTester('002-1-2-HHMM', {
  profile: '002-1',
  header,
  valid: [
    { name: 'date and time as text', rows: [row('2025-03-05 14:30')], asOf: '2025-03-10' },
    { name: 'an Excel serial with a time', rows: [row(45721 + 14.5 / 24)], asOf: '2025-03-10' },
    { name: 'Chinese time words', rows: [row('2025年3月5日 下午3点20分')], asOf: '2025-03-10' },
    { name: 'date and time in two columns', header: split, rows: [['K1', '张伟', '2025-03-05', '14:30', '电话', talk, '已接通']], asOf: '2025-03-10' },
    {
      name: 'a time written but unreadable (1430) is that cell\'s invalid finding, not "no time filled in"',
      header: split,
      rows: [['K1', '张伟', '2025-03-05', '1430', '电话', talk, '已接通']],
      asOf: '2025-03-10',
    },
  ],
  invalid: [
    { name: 'a date-only text', rows: [row('2025-03-05')], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '回访时间' }] },
    { name: 'a whole Excel serial (date cell)', rows: [row(45721)], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2 }] },
    { name: 'exactly midnight counts as no time', rows: [row('2025-03-05 00:00')], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2 }] },
    { name: 'a date with its time column blank', header: split, rows: [['K1', '张伟', '2025-03-05', null, '电话', talk, '已接通']], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '回访日期' }] },
  ],
});
