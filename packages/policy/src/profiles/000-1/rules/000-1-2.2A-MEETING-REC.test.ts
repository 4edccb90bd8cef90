import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '沟通类型', '沟通方式', '沟通内容'];

ruleTester('000-1-2.2A-MEETING-REC', {
  profile: '000-1',
  header,
  valid: [
    { name: 'a meeting with its minutes', rows: [['K01', '2025-03-05', '顾客座谈会', '会议', '通报代维指标完成情况，收集意见3条']], asOf: '2025-10-15' },
    { name: 'other communication is not concerned', rows: [['K01', '2025-03-05', '电话问询', '电话', null]], asOf: '2025-10-15' },
    { name: 'without a type column, a meeting is known by its channel', header: ['顾客编号', '沟通日期', '沟通方式', '沟通内容'], rows: [['K01', '2025-03-05', '协调会', '确认巡检计划']], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'a coordination meeting without minutes', rows: [['K01', '2025-03-05', '协调会议', '面谈', null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '沟通内容' }] },
    { name: '会议方式: a meeting by its channel, whatever its type, needs minutes', rows: [['K01', '2025-03-05', '合同履行沟通', '会议', null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '沟通内容' }] },
  ],
});
