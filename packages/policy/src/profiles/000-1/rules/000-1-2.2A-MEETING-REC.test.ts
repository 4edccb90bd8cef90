import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '沟通类型', '沟通内容'];

ruleTester('000-1-2.2A-MEETING-REC', {
  profile: '000-1',
  header,
  valid: [
    { name: 'a meeting with its minutes', rows: [['K01', '2025-03-05', '顾客座谈会', '通报代维指标完成情况，收集意见3条']], asOf: '2025-10-15' },
    { name: 'other communication is not concerned', rows: [['K01', '2025-03-05', '电话问询', null]], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'a coordination meeting without minutes', rows: [['K01', '2025-03-05', '协调会议', null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '沟通内容' }] }],
});
