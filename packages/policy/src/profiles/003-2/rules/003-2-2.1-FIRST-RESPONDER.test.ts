import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '事项编号', '来询时间', '问题描述', '首问人', '移交对象', '移交时间', '办结人', '办结时间', '工作联络单'];

ruleTester('003-2-2.1-FIRST-RESPONDER', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'each inquiry names its first receiver',
      rows: [
        ['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', '张敏', null, null, '张敏', '2025-10-09 10:00', 'LL-101'],
        ['P02', '远航商城', 'W02', '2025-10-10 14:00', '支付接口报错', '李强', '王工', '2025-10-10 14:20', '王工', '2025-10-11 09:30', 'LL-102'],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'an inquiry with no first receiver',
      rows: [['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', null, null, null, '张敏', '2025-10-09 10:00', 'LL-101']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '首问人', messageId: 'missing' }],
    },
  ],
});
