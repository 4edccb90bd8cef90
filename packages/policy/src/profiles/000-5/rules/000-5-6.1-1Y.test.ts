import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '就餐日期', '销毁日期'];

ruleTester('000-5-6.1-1Y', {
  profile: '000-5',
  header,
  valid: [
    { name: 'destroyed the day after a full year', rows: [['G1', '2024-03-05', '2025-03-06']], asOf: '2025-10-15' },
    { name: 'still kept', rows: [['G1', '2024-03-05', null]], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'destroyed on the last day of the year', rows: [['G1', '2024-03-05', '2025-03-05']], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '销毁日期' }] },
    { name: 'destroyed after half a year', rows: [['G1', '2024-03-05', '2024-09-01']], asOf: '2025-10-15', findings: [{ status: 'violation', messageId: 'destroyed-early' }] },
  ],
});
