import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户类别'];

ruleTester('003-7-1.2-FOUR', {
  profile: '003-7',
  header,
  valid: [{ name: 'each of the four categories, with or without 客户', rows: [['C1', '甲', '目标客户'], ['C2', '乙', '一般'], ['C3', '丙', '重点客户'], ['C4', '丁', '潜在']], asOf: '2025-10-15' }],
  invalid: [{ name: 'no category', rows: [['C1', '甲', null]], asOf: '2025-10-15', findings: [{ status: 'violation', column: '客户类别', messageId: 'missing' }] }],
});
