import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '事项编号', '来询时间', '问题描述', '首问人', '移交对象', '移交时间', '办结人', '办结时间', '工作联络单'];

ruleTester('003-2-2.6-SOLVE-FIRST', {
  profile: '003-2',
  header,
  valid: [
    { name: 'closed, with its work-contact form', rows: [['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', '张敏', null, null, '张敏', '2025-10-09 10:00', 'LL-101']], asOf: '2025-10-15' },
    { name: 'solved but still open: the form may follow', rows: [['P01', '华信官网', 'W01', '2025-10-14 09:10', '后台无法登录', '张敏', null, null, null, null, null]], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'closed and no work-contact form filed',
      rows: [['P01', '华信官网', 'W01', '2025-10-09 09:10', '后台无法登录', '张敏', null, null, '张敏', '2025-10-09 10:00', null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '工作联络单', messageId: 'missing' }],
    },
  ],
});
