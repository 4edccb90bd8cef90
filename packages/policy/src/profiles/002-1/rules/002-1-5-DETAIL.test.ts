import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '回访时间', '回访方式', '回访内容', '回访结果'];
const row = (content: string | null) => ['K1', '张伟', '2025-03-05 14:30', '电话', content, '已接通'];

ruleTester('002-1-5-DETAIL', {
  profile: '002-1',
  header,
  valid: [
    { name: 'ten characters is enough', rows: [row('客户考虑中周末再来店')], asOf: '2025-03-10' },
    { name: 'a row without a contact is not a callback record', rows: [['K1', '张伟', null, null, null, null]], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: 'empty content: an error', rows: [row(null)], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', messageId: 'missing', column: '回访内容', row: 2 }] },
    {
      name: 'nine characters is too short, by our number (the regulation says only 详实): a warning that says so',
      rows: [row('客户考虑中周末再来')],
      asOf: '2025-03-10',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'too-short', text: '只有 9 个字，至少应有 10 个字（ledgerlint 建议值，制度未规定字数）。' }],
    },
  ],
});
