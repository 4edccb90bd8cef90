import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户名称', '项目类别', '客户关系强化影响力', '本公司相关负责人', '客户关系强化措施', '时间安排', '备注'];

ruleTester('001-TPL-STRENGTHEN', {
  profile: '001-TPL',
  header,
  valid: [
    {
      name: 'each measure with a person and a schedule; empty level rows are fine',
      rows: [
        ['宏远建材', '总经理', '高', '李总', '年底拜访对方总经理', '12月上旬', null],
        ['宏远建材', '部门主管', null, null, null, null, null],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a measure with no schedule',
      rows: [['宏远建材', '部门经理', '中', '张经理', '每月电话沟通一次', null, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '时间安排', row: 2 }],
    },
    {
      name: 'each measure needs its own person: the GM row\'s 李总 does not stand in for the department manager\'s measure',
      rows: [
        ['宏远建材', '总经理', '高', '李总', '年底拜访对方总经理', '12月上旬', null],
        ['宏远建材', '部门经理', '中', null, '每月电话沟通一次', '每月10日', null],
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '本公司相关负责人', row: 3 }],
    },
    {
      name: 'on the status sheet the measures column is missing: indeterminate once',
      header: ['客户名称', '地址', '联系方式', '客户服务沟通频率'],
      rows: [['宏远建材', '石家庄市裕华路18号', '0311-8888001', '每月一次']],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', messageId: 'missing-column', row: null }],
    },
  ],
});
