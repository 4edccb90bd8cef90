import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const row = (at: string, channel = '电话') => ['K1', '张伟', at, channel, talk, '已接通'];

ruleTester('002-1-7-QUIET-TIME', {
  profile: '002-1',
  header,
  valid: [
    { name: 'office hours', rows: [row('2025-03-05 10:00'), row('2025-03-06 14:00'), row('2025-03-07 20:59'), row('2025-03-08 08:00')], asOf: '2025-03-08' },
    { name: 'an SMS may be sent any time', rows: [row('2025-03-05 22:30', '短信')], asOf: '2025-03-08' },
  ],
  invalid: [
    { name: 'a call at lunch time', rows: [row('2025-03-05 12:30')], asOf: '2025-03-08', findings: [{ status: 'violation', severity: 'warning', row: 2 }] },
    { name: 'a call late at night', rows: [row('2025-03-05 21:00'), row('2025-03-06 07:59')], asOf: '2025-03-08', findings: [{ status: 'violation', row: 2 }, { status: 'violation', row: 3 }] },
  ],
});
