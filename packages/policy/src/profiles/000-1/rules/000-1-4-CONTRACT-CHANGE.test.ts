import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '沟通类型', '沟通内容', '顾客反馈意见'];

ruleTester('000-1-4-CONTRACT-CHANGE', {
  profile: '000-1',
  header,
  valid: [{ name: 'needs, solution and agreement recorded', rows: [['K01', '2025-03-05', '合同变更沟通', '增加3个站点的巡检，方案：单价不变', '同意，双方达成一致']], asOf: '2025-10-15' }],
  invalid: [
    { name: 'no customer feedback', rows: [['K01', '2025-03-05', '合同变更沟通', '增加站点巡检', null]], asOf: '2025-10-15', findings: [{ status: 'violation', column: '顾客反馈意见' }] },
  ],
});
