import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '联系日期', '联系内容', '督促次数', '备案日期'];

ruleTester('003-7-1.8-KPI', {
  profile: '003-7',
  header,
  valid: [
    { name: 'reminded once', rows: [['C1', '华信科技', '2025-09-01', '初次拜访', 1, null]], asOf: '2025-09-30' },
    { name: 'registered after two reminders', rows: [['C1', '华信科技', '2025-09-01', '初次拜访', 2, '2025-09-20']], asOf: '2025-09-30' },
  ],
  invalid: [
    {
      name: 'reminded twice and still not registered at month end',
      rows: [['C1', '华信科技', '2025-09-01', '初次拜访', 2, null]],
      asOf: '2025-09-30',
      findings: [{ status: 'violation', row: 2, column: '备案日期', messageId: 'ignored' }],
    },
  ],
});
