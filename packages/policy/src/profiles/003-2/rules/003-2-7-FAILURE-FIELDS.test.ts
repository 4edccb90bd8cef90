import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '故障发生时间', '故障地点', '故障现象', '处理预案', '故障分析报告'];

ruleTester('003-2-7-FAILURE-FIELDS', {
  profile: '003-2',
  header,
  valid: [
    { name: 'a complete failure record', rows: [['P01', '华信官网', '2025-10-09 09:10', '电信机房', '首页无法访问', '切换备用服务器', '硬盘故障；已更换并增加监控']], asOf: '2025-10-15' },
    { name: 'projects without a failure need nothing', rows: [['P02', '远航商城', null, null, null, null, null]], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'no contingency plan and no analysis report',
      rows: [['P01', '华信官网', '2025-10-09 09:10', '电信机房', '首页无法访问', null, null]],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '处理预案', messageId: 'missing' },
        { status: 'violation', column: '故障分析报告', messageId: 'missing' },
      ],
    },
  ],
});
