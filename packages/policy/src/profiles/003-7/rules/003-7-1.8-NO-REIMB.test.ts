import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '备案日期', '费用日期', '费用类别', '金额', '报销日期'];

ruleTester('003-7-1.8-NO-REIMB', {
  profile: '003-7',
  header,
  valid: [
    {
      name: 'expenses on and after the registration date (on another row)',
      rows: [
        ['C1', '华信科技', '2025-09-01', null, null, null, null],
        ['C1', '华信科技', null, '2025-09-01', '招待费', 860, '2025-09-05'],
        ['C1', '华信科技', null, '2025-09-18', '差旅', 1200, null],
      ],
      asOf: '2025-10-15',
    },
    { name: 'an expense type the clause does not list', rows: [['C2', '远航物流', null, '2025-09-18', '办公用品', 120, '2025-09-20']], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'an unregistered customer: not reimbursable',
      rows: [['C2', '远航物流', null, '2025-09-18', '礼品', 600, '2025-09-25']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'error', row: 2, column: '备案日期', messageId: 'missing-customer' }],
    },
    {
      name: 'registered after the expense but before the claim: a warning',
      rows: [['C3', '宏达建材', '2025-09-20', '2025-09-18', '招待', 400, '2025-09-25']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', row: 2, messageId: 'after-grace' }],
    },
    {
      name: 'registered after the claim: a violation',
      rows: [['C3', '宏达建材', '2025-09-30', '2025-09-18', '招待', 400, '2025-09-25']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'error', row: 2, messageId: 'after' }],
    },
  ],
});
