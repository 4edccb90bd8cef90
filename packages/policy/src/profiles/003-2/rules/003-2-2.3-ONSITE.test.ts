import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '来询时间', '问题描述', '首问人', '服务方式', '办结时间'];

ruleTester('003-2-2.3-ONSITE', {
  profile: '003-2',
  header,
  // A blank number is reported whatever the rows hold: the company has to set it.
  valid: [],
  invalid: [
    {
      name: 'an on-site request: "及时" has no number, so the rule reports not configured',
      rows: [['P01', '华信官网', '2025-10-09 09:10', '机房服务器宕机', '张敏', '上门', '2025-10-09 15:00']],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured' }],
    },
  ],
});
