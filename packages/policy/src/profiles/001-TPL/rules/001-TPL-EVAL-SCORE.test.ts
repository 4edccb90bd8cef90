import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户名称', '分析指标', '指标权重', '指标得分', '得分依据', '最终得分', '建议'];
const C = '宏远建材';

ruleTester('001-TPL-EVAL-SCORE', {
  profile: '001-TPL',
  header,
  valid: [
    {
      name: 'every indicator with its basis, weights 0.3 + 0.5 + 0.2 = 1, score and one recommendation',
      rows: [
        [C, '合作年限', 0.3, 90, '合作五年无拖欠', null, null],
        [C, '年采购额', 0.5, 85, '年采购额稳定在300万元', null, null],
        [C, '付款及时性', 0.2, 80, '偶有延迟一周', null, null],
        [C, '合计', 1, null, null, 86, '维持关系'],
      ],
      asOf: '2025-10-15',
    },
    {
      name: 'weights as percentages adding up to 100; the template\'s boxes with one ticked',
      rows: [
        [C, '合作年限', 40, 90, '合作五年无拖欠', null, null],
        [C, '年采购额', 60, 80, '年采购额稳定', 84, '□改进关系 ☑维持关系 □终止关系'],
      ],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'a final score without a recommendation',
      rows: [[C, '年采购额', 1, 72, '年采购额稳定', 72, null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '建议', row: 2, messageId: 'missing' }],
    },
    {
      name: 'each indicator row needs its own basis: another row\'s basis does not stand in for it',
      rows: [
        [C, '合作年限', 0.4, 90, '合作五年无拖欠', null, null],
        [C, '年采购额', 0.6, 80, null, 84, '维持关系'],
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '得分依据', row: 3, messageId: 'no-basis' }],
    },
    {
      name: 'the weights of one evaluation add up to 0.9, not 1',
      rows: [
        [C, '合作年限', 0.3, 90, '合作五年无拖欠', null, null],
        [C, '年采购额', 0.6, 80, '年采购额稳定', 83, '改进关系'],
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '指标权重', row: 2, messageId: 'weights-sum' }],
    },
    {
      name: 'an indicator without a weight: the sum cannot be checked, the blank weight is reported',
      rows: [
        [C, '合作年限', 0.5, 90, '合作五年无拖欠', null, null],
        [C, '年采购额', null, 80, '年采购额稳定', 85, '维持关系'],
      ],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '指标权重', row: 3, messageId: 'no-weight' }],
    },
    {
      name: 'two recommendations at once',
      rows: [[C, '年采购额', 1, 60, '年采购额下滑', 60, '改进关系或终止关系']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '建议', row: 2, messageId: 'not-one-choice' }],
    },
    {
      name: 'the template\'s boxes copied with none ticked',
      rows: [[C, '年采购额', 1, 60, '年采购额下滑', 60, '□改进关系 □维持关系 □终止关系']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '建议', row: 2, messageId: 'not-one-choice' }],
    },
    {
      name: 'indicators filled in but no final score',
      rows: [[C, '年采购额', 1, 60, '年采购额下滑', null, '改进关系']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '最终得分', row: 2, messageId: 'missing' }],
    },
    {
      name: 'no 分析指标 column: the indicator rows cannot be told, indeterminate once; the rest is checked',
      header: ['客户名称', '指标权重', '得分依据', '最终得分', '建议'],
      rows: [[C, 1, '年采购额稳定', 80, null]],
      asOf: '2025-10-15',
      findings: [
        { status: 'indeterminate', column: '分析指标', row: null, messageId: 'missing-column' },
        { status: 'violation', column: '建议', row: 2, messageId: 'missing' },
      ],
    },
  ],
});
