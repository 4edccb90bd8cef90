import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '来询时间', '问题描述', '首问人', '重要程度', '汇报总经理时间'];

ruleTester('003-2-2.5-MAJOR-GM', {
  profile: '003-2',
  header,
  // A blank number is reported whatever the rows hold: the company has to set it.
  valid: [],
  invalid: [
    {
      name: 'a major matter: "立即" has no number, so the rule reports not configured',
      rows: [['P01', '华信官网', '2025-10-09 09:10', '网站被篡改', '张敏', '重大', '2025-10-09 09:40']],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured' }],
    },
  ],
});
