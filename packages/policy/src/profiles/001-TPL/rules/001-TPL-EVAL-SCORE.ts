import type { RuleInput } from '../../../profile/schema';

/** 001-TPL-EVAL-SCORE: the relationship evaluation form: basis per indicator, weights adding up to 1, a final score and one recommendation. */
export const rule: RuleInput = {
  id: '001-TPL-EVAL-SCORE',
  kind: 'evaluation-form',
  title: { zh: '客户关系评估表：逐项得分依据、权重合计为 1、最终得分和建议', en: 'Relationship evaluation form: a basis per indicator, weights adding up to 1, final score and recommendation' },
  short: { zh: '评估表齐全', en: 'evaluation form' },
  modality: 'M',
  citation: { section: '二(三) 客户关系评估表', lines: 'L163-176', quote: '□改进关系 □维持关系 □终止关系' },
  reading: {
    zh: '按目录推荐：评估表上每一行指标（分析指标一栏填了、且不是“合计”“评估结果”的行）都要写明自己的得分依据，不能由同一客户的另一行代替；一次评估（一位客户的表）各指标的权重合计须为 1（允许 ±0.001；按百分数写的合计为 100，允许 ±0.1），某项权重空白时报该项缺权重；表上须有最终得分；建议须在改进关系、维持关系、终止关系中选定且只选一项（勾选 ☑ 的以勾选为准）。指标名称、评分标准和等级分界在模板中都是空白，得分是否算对（Σ 权重×得分，取整方式也没有规定）、等级是否对应，不检查。只在表上有“最终得分”一列时检查（其他表单报一次“无法判断”）；没有分析指标一栏时，看不出哪些是指标行，报一次“无法判断”，其余照查。',
    en: 'As the catalog recommends: every indicator row of the form (the indicator filled in, and not a 合计 or 评估结果 row) gives its own basis for the score; another row of the same customer does not stand in for it; the weights of one evaluation (one customer\'s form) add up to 1 (±0.001; 100 ±0.1 when written as percentages), and an indicator with a blank weight is reported as missing it; the form has a final score; and the recommendation chooses exactly one of improve, maintain and end the relationship (a ticked box ☑ decides). Indicators, scale and grade thresholds are blank in the template, so whether the score is computed right (Σ weight × score, with no rounding rule given) or matches a grade is not checked. Checked on a sheet with the final-score column (other forms report it once as indeterminate); without an indicator column the indicator rows cannot be told, which is reported once as indeterminate, and the rest is checked.',
  },
  params: { indicator: 'indicator', weight: 'weight', basis: 'content', score: 'score', recommendation: 'resolution', totals: ['合计', '合計', '总计', '小计', '评估结果'], choices: ['改进关系', '维持关系', '终止关系'] },
};
