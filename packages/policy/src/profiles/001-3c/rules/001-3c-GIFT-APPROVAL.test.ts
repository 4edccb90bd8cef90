import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3c-GIFT-APPROVAL', {
  profile: '001-3c',
  header,
  valid: [
    { name: 'VIP approved a week before by the GM', rows: [row('G1')], asOf: '2025-10-15' },
    { name: 'boundary: approved the same day', rows: [row('G1', { approved: '2025-09-28' })], asOf: '2025-10-15' },
    { name: 'intent customer approved by the department manager (上报至部门经理审批)', rows: [row('G2', { tier: '意向客户', value: 100, approver: '客户服务部经理 李明' })], asOf: '2025-10-15' },
    { name: 'key customer (written 重要客户 as in the table) approved by the GM', rows: [row('G3', { tier: '重要客户', value: 800, approver: '总经理王总' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'given before approval', rows: [row('G1', { approved: '2025-09-30' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批日期' }] },
    { name: 'never approved', rows: [row('G1', { approved: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批日期' }] },
    { name: 'VIP approved only by the department manager (上报总经理审核)', rows: [row('G1', { approver: '部门经理' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批人', messageId: 'wrong-tier-approver' }] },
    { name: 'key customer approved by the deputy GM: 副总经理 is not 总经理', rows: [row('G3', { tier: '重点客户', approver: '副总经理' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批人', messageId: 'wrong-tier-approver' }] },
    { name: 'intent customer approved by the GM: the text names the department manager', rows: [row('G2', { tier: '意向客户', approver: '总经理' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批人', messageId: 'wrong-tier-approver' }] },
    { name: 'approver left blank', rows: [row('G1', { approver: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '审批人', messageId: 'wrong-tier-approver' }] },
    { name: 'no class on the row: who must approve cannot be told', rows: [row('G4', { tier: '' })], asOf: '2025-10-15', findings: [{ status: 'indeterminate', row: 2, column: '客户分类', messageId: 'tier-unknown' }] },
  ],
});
