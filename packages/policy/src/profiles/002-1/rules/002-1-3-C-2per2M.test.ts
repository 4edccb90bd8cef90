import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const call = (at: string, tier = 'C') => ['K3', '刘洋', tier, at, '电话', talk, '已接通'];

ruleTester('002-1-3-C-2per2M', {
  profile: '002-1',
  header,
  valid: [
    { name: 'two in the same month of a block is enough', rows: [call('2025-01-05 10:00'), call('2025-01-25 10:00'), call('2025-03-05 10:00'), call('2025-04-05 10:00')], asOf: '2025-05-01' },
    { name: 'blocks start at the month the customer entered C', rows: [call('2025-02-10 10:00'), call('2025-03-30 10:00'), call('2025-04-02 10:00'), call('2025-05-30 10:00')], asOf: '2025-06-01' },
    {
      name: 'moved up to B part-way through a block: that block owes C nothing (B applies from the change)',
      rows: [call('2025-11-01 10:00'), call('2025-11-10 10:00', 'B'), call('2025-11-20 10:00', 'B'), call('2025-12-05 10:00', 'B'), call('2025-12-15 10:00', 'B')],
      asOf: '2026-01-05',
    },
  ],
  invalid: [
    {
      name: 'two blocks without a call: one finding for the run; the block in progress is open',
      rows: [call('2025-01-05 10:00'), call('2025-01-25 10:00')],
      asOf: '2025-07-10',
      findings: [
        { status: 'violation', dueAt: '2025-04-30', row: 3, messageId: 'missed-run', text: '漏访：自 2025-03-01 起连续 2 期（每期两个月）没有成功回访（2025-03-01 至 2025-06-30）' },
        { status: 'open', dueAt: '2025-08-31', text: '本期（两个月）已回访 0 天，还需 2 天，2025-08-31 前（2025-07-01 至 2025-08-31）' },
      ],
    },
    {
      name: 'only one contact in a two-month block',
      rows: [call('2025-01-05 10:00'), call('2025-01-25 10:00'), call('2025-03-05 10:00'), call('2025-05-05 10:00'), call('2025-05-06 10:00')],
      asOf: '2025-05-10',
      findings: [{ status: 'violation', dueAt: '2025-04-30', row: 4 }],
    },
    {
      name: 'a block completed in C before the move up is still judged',
      rows: [call('2025-01-05 10:00'), call('2025-03-05 10:00'), call('2025-03-10 10:00', 'B'), call('2025-03-20 10:00', 'B')],
      asOf: '2025-04-10',
      findings: [{ status: 'violation', dueAt: '2025-02-28', row: 2 }],
    },
  ],
});
