import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

/** The ledger without the 报送单位 column (the distributor named by the customer columns only). */
const noSubmitter = header.filter((h) => h !== '报送单位');
const withoutSubmitter = (r: ReturnType<typeof row>) => r.filter((_, k) => k !== 7);

ruleTester('000-2-4D-MONTHEND-FLOW', {
  profile: '000-2',
  header,
  valid: [
    { name: 'September report before month end', rows: [row('D1', { shipped: '2025-09-05', reported: '2025-09-29' })], asOf: '2025-10-15' },
    { name: 'boundary: received on the 5th of the next month', rows: [row('D1', { shipped: '2025-09-05', reported: '2025-10-05' })], asOf: '2025-10-15' },
    { name: 'the September report is not due before 5 October', rows: [row('D1', { shipped: '2025-09-05', reported: '' })], asOf: '2025-10-01' },
  ],
  invalid: [
    {
      name: 'September report on 8 October: three days late',
      rows: [row('D1', { shipped: '2025-09-05', reported: '2025-10-08' })],
      asOf: '2025-10-15',
      findings: [{ status: 'late', dueAt: '2025-10-05', overdueDays: 3 }],
    },
    {
      name: 'no report for September: overdue from 10-06, naming the distributor, under it',
      rows: [row('D1', { shipped: '2025-09-05', reported: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-10-05', overdueDays: 10, customer: 'D1', row: 2, text: '经销商D1：2025-09-01 至 2025-09-30 的报告应于 2025-10-05 前报送' }],
    },
    {
      name: 'one distributor\'s report does not stand for another\'s',
      rows: [row('D1', { shipped: '2025-09-05', reported: '2025-09-29' }), row('D2', { shipped: '2025-09-08', reported: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', customer: 'D2', row: 3, text: '经销商D2：' }],
    },
    {
      name: 'without 报送单位 the distributor column names each distributor',
      header: noSubmitter,
      rows: [withoutSubmitter(row('D1', { shipped: '2025-09-05', reported: '2025-09-29' })), withoutSubmitter(row('D2', { shipped: '2025-09-08', reported: '' }))],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', customer: 'D2', text: '经销商D2：' }],
    },
    {
      name: 'no column naming the reporting distributor: indeterminate, never one report for everyone',
      header: ['客户编号', '客户名称', '指定区域', '产品编码', '发货日期', '流向区域', '货值', '流向单报送日期'],
      rows: [withoutSubmitter(row('D1', { shipped: '2025-09-05', reported: '2025-09-29' })).slice(0, 8), withoutSubmitter(row('D2', { shipped: '2025-09-08', reported: '' })).slice(0, 8)],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', row: null, messageId: 'no-submitter', text: '报送单位' }],
    },
  ],
});
