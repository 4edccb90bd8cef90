import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';

ruleTester('002-1-4-24H-PHONE', {
  profile: '002-1',
  header,
  valid: [
    { name: 'a call within 24 h', rows: [['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', '电话', talk, '已接通']], asOf: '2025-03-10' },
    {
      name: 'an SMS beside a call is fine',
      rows: [
        ['K1', '张伟', '2025-03-05 14:00', '2025-03-05 15:00', '短信', talk, null],
        ['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', '电话', talk, '已接通'],
      ],
      asOf: '2025-03-10',
    },
    { name: 'a WeChat voice call is a call', rows: [['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', '微信语音', talk, '已接通']], asOf: '2025-03-10' },
  ],
  invalid: [
    {
      name: 'only an SMS within 24 h',
      rows: [['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', '短信', talk, '已回复']],
      asOf: '2025-03-10',
      findings: [{ status: 'violation', severity: 'error', row: 2, column: '回访方式' }],
    },
    {
      name: 'an SMS beside a row whose channel cannot be read (电活): that row may be the call, indeterminate naming it',
      rows: [
        ['K1', '张伟', '2025-03-05 14:00', '2025-03-05 15:00', '短信', talk, '已回复'],
        ['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', '电活', talk, '已接通'],
      ],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访方式' }],
    },
    {
      name: 'a ledger without a channel column cannot tell',
      header: ['客户编号', '客户名称', '接待时间', '回访时间', '回访内容', '回访结果'],
      rows: [['K1', '张伟', '2025-03-05 14:00', '2025-03-05 18:00', talk, '已接通']],
      asOf: '2025-03-10',
      findings: [{ status: 'indeterminate', messageId: 'missing-column', column: '回访方式' }],
    },
  ],
});
