import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '联系频率', '联系日期', '联系内容'];

ruleTester('003-7-1.7-PERIODIC', {
  profile: '003-7',
  header,
  valid: [
    {
      name: 'a declared quarterly frequency kept',
      rows: [['C1', '华信科技', '每季度一次', '2025-05-10', '满意度调查：服务满意'], ['C1', '华信科技', '每季度一次', '2025-08-08', '回访：系统运行正常'], ['C1', '华信科技', '每季度一次', '2025-10-09', '回访：系统运行正常']],
      asOf: '2025-10-15',
    },
    {
      name: '每季度一次 is per calendar quarter: 10 May and 30 September, more than three months apart',
      rows: [['C1', '华信科技', '每季度一次', '2025-05-10', '满意度调查：服务满意'], ['C1', '华信科技', '每季度一次', '2025-09-30', '回访：系统运行正常']],
      asOf: '2025-09-30',
    },
  ],
  invalid: [
    {
      name: 'no declared frequency: not configured (the document only says 定期)',
      rows: [['C1', '华信科技', null, '2025-05-10', '满意度调查：服务满意']],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured' }],
    },
    {
      name: 'a declared quarterly frequency missed: the third calendar quarter without a contact',
      rows: [['C1', '华信科技', '每季度一次', '2025-05-10', '满意度调查：服务满意']],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', messageId: 'short', dueAt: '2025-09-30', overdueDays: 15 },
        { status: 'open', severity: 'info', messageId: 'period-open', dueAt: '2025-12-31' },
      ],
    },
  ],
});
