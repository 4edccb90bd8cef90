import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '交付日期', '回访日期', '回访方式', '回访内容', '回访结果'];

ruleTester('003-2-5-PHONE', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'by phone, or on a visit',
      rows: [
        ['P01', '华信官网', '2025-06-15', '2025-07-15', '电话', '运行正常', '已接通'],
        ['P01', '华信官网', '2025-06-15', '2025-08-15', '上门', '现场检查服务器', '成功'],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a callback by e-mail',
      rows: [['P01', '华信官网', '2025-06-15', '2025-07-15', '邮件', '发送运行报告', '已回复']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '回访方式', messageId: 'wrong-channel' }],
    },
  ],
});
