import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '故障发生时间', '故障通知时间'];

ruleTester('003-2-7-FAILURE', {
  profile: '003-2',
  header,
  // A blank number is reported whatever the rows hold: the company has to set it.
  valid: [],
  invalid: [
    {
      name: 'a failure: "第一时间" has no number, so the rule reports not configured',
      rows: [['P01', '华信官网', '2025-10-09 09:10', '2025-10-09 09:30']],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured' }],
    },
  ],
});
