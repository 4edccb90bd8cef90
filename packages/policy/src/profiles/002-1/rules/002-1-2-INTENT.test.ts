import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';

ruleTester('002-1-2-INTENT', {
  profile: '002-1',
  header,
  valid: [
    { name: 'tier labels as clerks write them', rows: [['K1', '张伟', 'A类', '2025-03-05 16:00', '电话', talk, '已接通'], ['K2', '李娜', 'b级', '2025-03-05 16:00', '电话', talk, '已接通'], ['K3', '王芳', 'Ｈ', '2025-03-05 16:00', '电话', talk, '已接通']], asOf: '2025-03-06' },
  ],
  invalid: [
    { name: 'no tier', rows: [['K1', '张伟', null, '2025-03-05 16:00', '电话', talk, '已接通']], asOf: '2025-03-06', findings: [{ status: 'violation', column: '客户等级', row: 2 }] },
  ],
});
