import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户名称', '分析指标', '指标权重', '指标得分', '得分依据', '最终得分', '建议'];

ruleTester('001-TPL-EVAL-SCORE', {
  profile: '001-TPL',
  header,
  valid: [
    {
      name: 'score, basis and recommendation',
      rows: [
        ['宏远建材', '合作年限', 0.3, 90, '合作五年无拖欠', null, null],
        ['宏远建材', '合计', 1, null, null, 86, '维持关系'],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a final score without a recommendation',
      rows: [['宏远建材', '合计', 1, null, '年采购额稳定', 72, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '建议', row: 2 }],
    },
  ],
});
