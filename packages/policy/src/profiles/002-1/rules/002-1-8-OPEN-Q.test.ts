import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '回访时间', '回访方式', '回访内容', '回访结果', '存在的问题', '处理结果'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const row = (at: string, question: string | null, answer: string | null) => ['K1', '张伟', at, '电话', talk, '已接通', question, answer];

ruleTester('002-1-8-OPEN-Q', {
  profile: '002-1',
  header,
  valid: [
    { name: 'answered at the next callback', rows: [row('2025-03-05 10:00', '置换补贴政策？', null), row('2025-03-08 10:00', null, '已告知置换补贴3000元')], asOf: '2025-03-10' },
    { name: 'answered on the spot', rows: [row('2025-03-05 10:00', '保养周期？', '已答复：5000公里')], asOf: '2025-03-10' },
    { name: 'no next callback yet', rows: [row('2025-03-05 10:00', '置换补贴政策？', null)], asOf: '2025-03-10' },
  ],
  invalid: [
    {
      name: 'still unanswered at the next callback',
      rows: [row('2025-03-05 10:00', '置换补贴政策？', null), row('2025-03-08 10:00', null, null)],
      asOf: '2025-03-10',
      findings: [{ status: 'violation', row: 3, column: '处理结果' }],
    },
  ],
});
