import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '经销商级别', '年销量', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (id: string, grade: string | null, volume: number | null) => [id, grade, volume, '2025-10-10', '王强', '市场需求', '了解需求'];

ruleTester('002-2-1.4-DEALER-TIER', {
  profile: '002-2',
  header,
  valid: [
    { name: 'each boundary in the higher grade: 100 A, 50 B, 10 C, 9 散户', rows: [row('J1', 'A', 100), row('J2', 'B', 50), row('J3', 'C', 10), row('J4', '散户', 9)], asOf: '2025-10-15' },
    { name: 'a blank grade or a blank volume has nothing to contradict', rows: [row('J1', null, 120), row('J2', 'B', null)], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'recorded B with 110 units: a warning, once per dealer',
      rows: [row('J1', 'B', 110), row('J1', 'B', 110)],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', customer: 'J1', row: 3, column: '经销商级别' }],
    },
    { name: '10 units is C, not 散户 ("10台以下" differs only there)', rows: [row('J4', 'D', 10)], asOf: '2025-10-15', findings: [{ status: 'violation', customer: 'J4' }] },
  ],
});
