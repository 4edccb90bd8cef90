import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const call = (at: string, tier = 'B') => ['K2', '王芳', tier, at, '电话', talk, '已接通'];

ruleTester('002-1-3-B-2perM', {
  profile: '002-1',
  header,
  valid: [
    { name: 'two distinct days in each month', rows: [call('2025-03-01 10:00'), call('2025-03-20 10:00'), call('2025-04-02 10:00'), call('2025-04-30 18:00')], asOf: '2025-05-02' },
    { name: 'entered B with fewer than 15 days left: one is enough', rows: [call('2025-03-20 10:00'), call('2025-04-01 10:00'), call('2025-04-15 10:00')], asOf: '2025-05-02' },
    { name: '以上 includes 2', rows: [call('2025-02-03 10:00'), call('2025-02-28 23:00')], asOf: '2025-03-01' },
  ],
  invalid: [
    {
      name: 'the month in progress is open from its first day: none of its 2 yet',
      rows: [call('2025-03-01 10:00'), call('2025-03-20 10:00')],
      asOf: '2025-04-01',
      findings: [{ status: 'open', dueAt: '2025-04-30', row: 3, text: '本月已回访 0 天，还需 2 天，2025-04-30 前（2025-04-01 至 2025-04-30）' }],
    },
    {
      name: 'one of two by mid-month: open, one more needed; due soon on the last-but-one day',
      rows: [call('2025-03-01 10:00'), call('2025-03-20 10:00'), call('2025-04-02 10:00')],
      asOf: '2025-04-15',
      findings: [{ status: 'open', dueAt: '2025-04-30', text: '本月已回访 1 天，还需 1 天，2025-04-30 前' }],
    },
    {
      name: 'one of two, the month ends tomorrow: due soon',
      rows: [call('2025-03-01 10:00'), call('2025-03-20 10:00'), call('2025-04-02 10:00')],
      asOf: '2025-04-29',
      findings: [{ status: 'due-soon', dueAt: '2025-04-30', text: '本月已回访 1 天，还需 1 天，2025-04-30 前' }],
    },
    {
      name: 'one call in April and one in May: one finding for the two short months',
      rows: [call('2025-03-01 10:00'), call('2025-03-20 10:00'), call('2025-04-10 10:00'), call('2025-05-10 10:00'), call('2025-06-03 10:00'), call('2025-06-20 10:00')],
      asOf: '2025-06-21',
      // The run's finding sits on the latest row it covers (May's call).
      findings: [{ status: 'violation', dueAt: '2025-04-30', row: 5, messageId: 'short-run', text: '不足：自 2025-04-01 起连续 2 个月每月成功回访不足 2 天（2025-04-01 至 2025-05-31；最近一期 1 天）' }],
    },
    {
      name: 'two calls on one day count once',
      rows: [call('2025-03-01 10:00'), call('2025-03-01 16:00'), call('2025-04-01 10:00'), call('2025-04-02 10:00')],
      asOf: '2025-04-03',
      findings: [{ status: 'violation', dueAt: '2025-03-31', row: 3 }],
    },
    {
      name: 'a month with no call at all',
      rows: [call('2025-03-01 10:00'), call('2025-03-10 10:00'), call('2025-05-01 10:00'), call('2025-05-02 10:00')],
      asOf: '2025-05-03',
      findings: [{ status: 'violation', dueAt: '2025-04-30', row: 3 }],
    },
    {
      name: 'a roster keeps only the latest contact: the month cannot be counted',
      header: ['客户编号', '客户名称', '客户等级', '最近回访时间', '回访方式', '回访内容', '回访结果'],
      rows: [call('2025-03-10 10:00')],
      asOf: '2025-03-20',
      findings: [{ status: 'indeterminate', messageId: 'roster-count' }],
    },
    {
      name: 'a roster whose latest contact is two months old proves the empty month',
      header: ['客户编号', '客户名称', '客户等级', '最近回访时间', '回访方式', '回访内容', '回访结果'],
      rows: [call('2025-01-10 10:00')],
      asOf: '2025-03-05',
      // March is in progress: nothing after the latest contact, so none of its 2 yet.
      findings: [{ status: 'violation', dueAt: '2025-02-28' }, { status: 'indeterminate', messageId: 'roster-count' }, { status: 'open', dueAt: '2025-03-31', text: '本月已回访 0 天，还需 2 天' }],
    },
  ],
});
