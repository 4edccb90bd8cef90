import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '报送人', '报送时间'];
const report = (at: string) => ['业务部', '服务监督报告', '赵丽', at];

ruleTester('003-2-1-MONTHEND-REPORT', {
  profile: '003-2',
  header,
  valid: [{ name: 'filed by the last day of each month', rows: [report('2025-07-31 16:00'), report('2025-08-29 10:00'), report('2025-09-30 17:00')], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'August filed on 1 September',
      rows: [report('2025-07-31 16:00'), report('2025-09-01 10:00'), report('2025-09-30 17:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'late', dueAt: '2025-08-31' }],
    },
  ],
});
