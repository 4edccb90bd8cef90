import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '经销商级别', '年销量', '计划回访频率', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (at: string, plan: string | null, grade: string | null = '散户', volume = 6) => ['JX06', grade, volume, plan, at, '王强', '市场需求', '考察经销能力'];

ruleTester('002-2-1.4-D-free', {
  profile: '002-2',
  header,
  valid: [
    { name: 'no plan of its own: the frequency is not checked', rows: [row('2025-03-01', null)], asOf: '2025-10-15' },
    { name: 'its own monthly plan kept', rows: [row('2025-09-10', '每月一次'), row('2025-10-09', '每月一次')], asOf: '2025-10-15' },
    { name: 'not a scattered dealer (10 units is C)', rows: [row('2025-03-01', '每月一次', null, 10)], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'its own monthly plan missed', rows: [row('2025-08-01', '每月一次', null, 9)], asOf: '2025-10-15', findings: [{ status: 'overdue' }] },
  ],
});
