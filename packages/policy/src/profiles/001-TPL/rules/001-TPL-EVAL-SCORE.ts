import type { RuleInput } from '../../../profile/schema';

/** 001-TPL-EVAL-SCORE: the relationship evaluation ends in a final score, its basis and a recommendation. */
export const rule: RuleInput = {
  id: '001-TPL-EVAL-SCORE',
  kind: 'required-fields',
  title: { zh: '客户关系评估表：最终得分、得分依据和建议', en: 'Relationship evaluation form: final score, its basis and the recommendation' },
  short: { zh: '评估表齐全', en: 'evaluation form' },
  modality: 'M',
  citation: { file: '001_dcae8ad5ba72ecd2.txt', section: '二(三) 客户关系评估表', lines: 'L163-176', quote: '□改进关系 □维持关系 □终止关系' },
  reading: {
    zh: '评估表须有最终得分、得分依据和建议（改进、维持或终止关系），每位客户在任一行填写即可。指标、权重、评分标准和等级分界在模板中都是空白，无法核对得分是否算对、等级是否对应，不检查。只在表上有“最终得分”一列时检查（其他表单报一次“无法判断”）。',
    en: 'The form needs the final score, the basis of the scores and the recommendation (improve, maintain or end the relationship), on any row of the customer. Indicators, weights, scale and grade thresholds are all blank in the template, so whether the score adds up or matches a grade is not checked. Checked on a sheet with the final-score column (other forms report it once as indeterminate).',
  },
  params: { scope: 'customer', only: { filled: ['score'] }, fields: [{ field: 'content' }, { field: 'resolution' }] },
};
