import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '是否重要问题', '处理过程', '顾客反馈意见'];

ruleTester('000-1-3.2-ISSUE-REC', {
  profile: '000-1',
  header,
  valid: [
    { name: 'handling and feedback recorded', rows: [['K01', '2025-03-05', '是', '技术业务部派员排查基站告警', '顾客满意']], asOf: '2025-10-15' },
    { name: 'ordinary inquiries are not concerned', rows: [['K01', '2025-03-05', '否', null, null]], asOf: '2025-10-15' },
    {
      name: '会议 is a valid way to communicate (2、(2) A 会议方式): not an unreadable channel under this clause',
      header: ['顾客编号', '沟通日期', '沟通方式', '是否重要问题', '处理过程', '顾客反馈意见'],
      rows: [['K01', '2025-03-05', '会议', '否', null, null], ['K02', '2025-03-06', '座谈会', '否', null, null]],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a channel no regulation names is still an unreadable cell',
      header: ['顾客编号', '沟通日期', '沟通方式', '是否重要问题', '处理过程', '顾客反馈意见'],
      rows: [['K01', '2025-03-05', '飞鸽传书', '否', null, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '沟通方式', text: '电话、上门、短信、微信、邮件、会议 之一' }],
    },
    { name: 'no feedback recorded', rows: [['K01', '2025-03-05', '重要', '技术业务部派员排查', null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '顾客反馈意见' }] },
    {
      name: 'neither recorded',
      rows: [['K01', '2025-03-05', '√', null, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '处理过程' }, { status: 'violation', column: '顾客反馈意见' }],
    },
  ],
});
