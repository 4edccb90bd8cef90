import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '是否重要问题', '处理过程', '顾客反馈意见'];

ruleTester('000-1-3.2-ISSUE-REC', {
  profile: '000-1',
  header,
  valid: [
    { name: 'handling and feedback recorded', rows: [['K01', '2025-03-05', '是', '技术业务部派员排查基站告警', '顾客满意']], asOf: '2025-10-15' },
    { name: 'ordinary inquiries are not concerned', rows: [['K01', '2025-03-05', '否', null, null]], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'no feedback recorded', rows: [['K01', '2025-03-05', '重要', '技术业务部派员排查', null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '顾客反馈意见' }] },
    {
      name: 'neither recorded',
      rows: [['K01', '2025-03-05', '√', null, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '处理过程' }, { status: 'violation', column: '顾客反馈意见' }],
    },
  ],
});
