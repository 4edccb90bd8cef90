import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '所属部门', '客户负责人', '查阅人', '查阅人部门', '查阅日期', '批准人职务', '批准日期'];
const row = (viewer: string, dept: string, approver: string | null, approved: string | null, at = '2025-10-09') => ['C1', '华信科技', '业务一部', '周强', viewer, dept, at, approver, approved];

ruleTester('003-7-1.5-FILE-ACCESS', {
  profile: '003-7',
  header,
  valid: [
    { name: 'own department, approved by its manager the same day', rows: [row('刘洋', '业务一部', '部门经理', '2025-10-09')], asOf: '2025-10-15' },
    { name: 'other department, approved by the GM the day before', rows: [row('陈晨', '业务二部', '总经理', '2025-10-08')], asOf: '2025-10-15' },
    { name: 'the customer\'s own owner reads its file', rows: [row('周强', '业务一部', null, null)], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'no approval', rows: [row('刘洋', '业务一部', null, null)], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '批准日期', messageId: 'missing' }] },
    { name: 'approved after the access', rows: [row('刘洋', '业务一部', '部门经理', '2025-10-10')], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, messageId: 'after' }] },
    {
      name: 'another department\'s file approved only by a department manager',
      rows: [row('陈晨', '业务二部', '部门经理', '2025-10-08')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '批准人职务', messageId: 'wrong-approver' }],
    },
    {
      name: 'another department\'s file approved by the deputy GM: 非本业务部门客户档案 needs the GM',
      rows: [row('陈晨', '业务二部', '副总经理', '2025-10-08')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '批准人职务', messageId: 'wrong-approver' }],
    },
  ],
});
