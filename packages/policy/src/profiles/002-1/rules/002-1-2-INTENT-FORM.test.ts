import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户姓名', '联系电话', '意向车型', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';

ruleTester('002-1-2-INTENT-FORM', {
  profile: '002-1',
  header,
  valid: [
    { name: 'all core fields on one row', rows: [['K1', '张伟', '13800000000', '轩逸', 'H', '2025-03-05 10:00', '2025-03-05 16:00', '电话', talk, '已接通']], asOf: '2025-03-06' },
    {
      name: 'filled on any row of the customer',
      rows: [
        ['K1', '张伟', '13800000000', '轩逸', 'H', '2025-03-05 10:00', '2025-03-05 16:00', '电话', talk, '已接通'],
        ['K1', null, null, null, 'H', null, '2025-03-06 16:00', '电话', talk, '已接通'],
      ],
      asOf: '2025-03-07',
    },
  ],
  invalid: [
    {
      name: 'no phone and no intended model',
      rows: [['K1', '张伟', null, null, 'H', '2025-03-05 10:00', '2025-03-05 16:00', '电话', talk, '已接通']],
      asOf: '2025-03-06',
      findings: [
        { status: 'violation', column: '联系电话', row: 2 },
        { status: 'violation', column: '意向车型', row: 2 },
      ],
    },
    {
      name: 'a ledger without a phone column: indeterminate once',
      header: ['客户编号', '客户姓名', '意向车型', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'],
      rows: [
        ['K1', '张伟', '轩逸', 'H', '2025-03-05 10:00', '2025-03-05 16:00', '电话', talk, '已接通'],
        ['K2', '李娜', '天籁', 'A', '2025-03-05 11:00', '2025-03-05 17:00', '电话', talk, '已接通'],
      ],
      asOf: '2025-03-06',
      findings: [{ status: 'indeterminate', messageId: 'missing-column', column: '联系电话', row: null }],
    },
    {
      name: 'an unreadable date is an invalid cell under this clause',
      rows: [['K1', '张伟', '13800000000', '轩逸', 'H', '上周五', '2025-03-05 16:00', '电话', talk, '已接通']],
      asOf: '2025-03-06',
      findings: [{ status: 'invalid', severity: 'error', column: '接待时间', row: 2 }],
    },
  ],
});
