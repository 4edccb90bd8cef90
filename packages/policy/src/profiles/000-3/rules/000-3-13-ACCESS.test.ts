import { ruleTester } from '../../../testing/rule-tester';

// A 回访资料调阅登记: which callback's material was read, by whom, and when it was approved.
const header = ['客户编号', '理财客户', '回访时间', '调阅日期', '调阅人', '调阅部门', '审批日期'];

ruleTester('000-3-13-ACCESS', {
  profile: '000-3',
  header,
  valid: [{ name: 'approved before reading', rows: [['L001', '赵敏', '2025-03-05 10:30', '2025-06-03', '孙丽', '风控部', '2025-06-02']], asOf: '2025-06-30' }],
  invalid: [
    { name: 'read without approval', rows: [['L001', '赵敏', '2025-03-05 10:30', '2025-06-03', '孙丽', '风控部', null]], asOf: '2025-06-30', findings: [{ status: 'violation', row: 2, messageId: 'missing' }] },
    { name: 'approved afterwards', rows: [['L001', '赵敏', '2025-03-05 10:30', '2025-06-03', '孙丽', '风控部', '2025-06-05']], asOf: '2025-06-30', findings: [{ status: 'violation', row: 2, messageId: 'after' }] },
  ],
});
