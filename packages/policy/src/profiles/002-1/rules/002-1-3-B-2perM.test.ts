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
      findings: [{ status: 'violation', dueAt: '2025-02-28' }, { status: 'indeterminate', messageId: 'roster-count' }],
    },
  ],
});
