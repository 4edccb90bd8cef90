import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '经销商级别', '购买数量', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (grade: string | null, topic: string | null, units: number | null = null) => ['JX05', grade, units, '2025-10-10', '赵敏', topic, '电话沟通近况'];

ruleTester('002-2-1.4-TOPICS', {
  profile: '002-2',
  header,
  valid: [
    { name: 'one subject is enough', rows: [row('C', '产品价格')], asOf: '2025-10-15' },
    { name: 'end users are not dealers', rows: [row(null, null, 2)], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'a dealer call without its subject', rows: [row('C', null)], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] }],
});
