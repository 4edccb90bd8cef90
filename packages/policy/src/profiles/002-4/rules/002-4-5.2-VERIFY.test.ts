import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

const checked = (customer: string, at: string, audited: string | undefined, by = '张三') => call(customer, at, { by, audited, auditor: audited ? '王监督' : undefined });

ruleTester('002-4-5.2-VERIFY', {
  profile: '002-4',
  header,
  valid: [
    { name: 'three spot checks in September', rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('乙', '2025-09-03', '2025-09-15'), checked('丙', '2025-09-04', '2025-09-30')], asOf: '2025-10-05' },
    { name: 'the month still open', rows: [checked('甲', '2025-10-02', '2025-10-10')], asOf: '2025-10-15' },
    { name: 'a salesperson with two customers: both checked is all of them', rows: [checked('戊', '2025-09-05', '2025-09-12', '李四'), checked('己', '2025-09-06', '2025-09-20', '李四')], asOf: '2025-10-05' },
  ],
  invalid: [
    {
      name: 'two in September, one of them on 10-01 (next month)',
      rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('乙', '2025-09-03', '2025-09-15'), checked('丙', '2025-09-04', '2025-10-01')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', dueAt: '2025-09-30', messageId: 'short-sample', text: '张三：2025-09-01 至 2025-09-30 只抽查了 2 位客户（名单上共 3 位），应至少抽查 3 位' }],
    },
    {
      name: 'August and September short in a row: one finding for the two months, on his last callback of September',
      rows: [checked('甲', '2025-08-02', '2025-08-10'), checked('丁', '2025-08-03', undefined), checked('乙', '2025-09-03', undefined), checked('丙', '2025-09-04', '2025-09-12')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', dueAt: '2025-08-31', messageId: 'short-sample-run', row: 5, text: '张三：自 2025-08-01 起连续 2 个月抽查人数不足（2025-08-01 至 2025-09-30；最近一期抽查 1 位，名单上共 4 位，应至少抽查 3 位）' }],
    },
    { name: 'a salesperson never checked: his only customer is the whole sample', rows: [checked('丁', '2025-09-05', undefined, '李四')], asOf: '2025-10-05', findings: [{ status: 'violation', dueAt: '2025-09-30', text: '应至少抽查 1 位' }] },
    {
      name: 'two customers, one checked: "at least 3" means both',
      rows: [checked('戊', '2025-09-05', '2025-09-12', '李四'), checked('己', '2025-09-06', undefined, '李四')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', row: 3, customer: null, text: '只抽查了 1 位客户（名单上共 2 位），应至少抽查 2 位' }],
    },
    {
      name: 'the same customer called three times is one customer checked',
      rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('甲', '2025-09-12', '2025-09-15'), checked('甲', '2025-09-22', '2025-09-25'), checked('乙', '2025-09-03', undefined), checked('丙', '2025-09-04', undefined)],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', text: '只抽查了 1 位客户（名单上共 3 位）' }],
    },
    {
      name: 'the shortfall points at that salesperson\'s last September callback, not a later or another\'s row',
      rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('乙', '2025-09-18', undefined), checked('戊', '2025-09-25', '2025-09-26', '李四'), checked('甲', '2025-10-02', undefined)],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', row: 3, dueAt: '2025-09-30' }],
    },
  ],
});
