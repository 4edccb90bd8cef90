import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户姓名', '联系电话', '提车时间', '首保日期', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '了解用车情况，提醒首保时间，询问身边有无购车意向的朋友';

ruleTester('002-1-10-OLD-FORM', {
  profile: '002-1',
  header,
  valid: [
    { name: 'all user information', rows: [['K1', '张伟', '13800000000', '2025-03-01 10:00', '2025-06-01', '2025-03-03 16:00', '电话', talk, '已接通']], asOf: '2025-03-06' },
    { name: 'an intent customer is not an old customer', rows: [['K1', '张伟', null, null, null, '2025-03-03 16:00', '电话', talk, '已接通']], asOf: '2025-03-06' },
    { name: 'a pickup after the as-of date does not make an old customer yet', rows: [['K1', '张伟', null, '2025-03-10 10:00', null, '2025-03-03 16:00', '电话', talk, '已接通']], asOf: '2025-03-06' },
  ],
  invalid: [
    {
      name: 'no first-service date',
      rows: [['K1', '张伟', '13800000000', '2025-03-01 10:00', null, '2025-03-03 16:00', '电话', talk, '已接通']],
      asOf: '2025-03-06',
      findings: [{ status: 'violation', column: '首保日期', row: 2 }],
    },
  ],
});
