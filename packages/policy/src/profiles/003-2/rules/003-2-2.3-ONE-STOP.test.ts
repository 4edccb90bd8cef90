import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '事项编号', '来询时间', '问题描述', '首问人', '移交对象', '移交时间', '办结人', '办结时间', '工作联络单'];

ruleTester('003-2-2.3-ONE-STOP', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'a new call after the matter was closed is a new request',
      rows: [
        ['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', '张敏', null, null, '张敏', '2025-10-09 10:00', 'LL-101'],
        ['P01', '华信官网', 'W01', '2025-10-13 09:00', '登录又出现问题', '张敏', null, null, null, null, null],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'the customer had to call again before the matter was closed',
      rows: [
        ['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', '张敏', null, null, null, null, null],
        ['P01', '华信官网', 'W01', '2025-10-10 16:00', '催问登录问题', '李强', null, null, '张敏', '2025-10-11 10:00', 'LL-101'],
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', row: 3, messageId: 'repeat' }],
    },
  ],
});
