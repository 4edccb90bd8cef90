import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '重要程度', '备案日期', '联系日期', '联系内容', '联系人员'];

ruleTester('003-7-1.6.3-HIGH-POTENTIAL', {
  profile: '003-7',
  header,
  valid: [
    {
      name: 'two staff in contact with an important new customer',
      rows: [['C1', '华信科技', '重要', '2025-09-04', '2025-09-01', '初次拜访', '刘洋'], ['C1', '华信科技', '重要', null, '2025-09-20', '技术交流', '王磊']],
      asOf: '2025-10-15',
    },
    { name: 'an ordinary customer needs one', rows: [['C2', '远航物流', '一般', '2025-09-04', '2025-09-01', '初次拜访', '刘洋']], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'an important new customer in contact with one person only',
      rows: [['C1', '华信科技', '重要', '2025-09-04', '2025-09-01', '初次拜访', '刘洋'], ['C1', '华信科技', '重要', null, '2025-09-20', '回访', '刘洋']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 3, column: '联系人员', messageId: 'too-few' }],
    },
  ],
});
