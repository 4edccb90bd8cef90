/**
 * Profile 001-TPL: the three blank form templates of 001_dcae8ad5ba72ecd2.txt (L125-191): 客户状况
 * 记录表, 客户关系评估表 and 客户关系强化表, checked for their required boxes.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_TPL: ProfileInput = {
  id: '001-TPL',
  version: 1,
  title: { zh: '客户关系维护工具表单（状况记录表、评估表、强化表）', en: 'Relationship maintenance forms (status sheet, evaluation form, reinforcement sheet)' },
  description: {
    zh: '《客户关系维护办法》所附三张空白表单的必填项：客户状况记录表（名称、地址、联系方式、沟通频率），客户关系评估表（最终得分、得分依据、建议），客户关系强化表（负责人、时间安排）。每张表各自一个工作表检查；其他表单的列缺失时只报一次“无法判断”。',
    en: 'The required boxes of the three blank forms attached to the maintenance rules: the status sheet (name, address, contact details, communication frequency), the evaluation form (final score, basis, recommendation), the reinforcement sheet (responsible person, schedule). Check each form on its own sheet; the other forms\' missing columns are reported once each as indeterminate.',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '二、维护办法与工具模板 (二)(三)(四)', lines: 'L125-191' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    phone: ['联系方式'],
    contactFrequency: ['客户服务沟通频率'],
    score: ['最终得分'],
    indicator: ['分析指标'],
    weight: ['指标权重'],
    content: ['得分依据'],
    resolution: ['建议', '评估建议'],
    performer: ['本公司相关负责人', '相关负责人'],
    improvement: ['客户关系强化措施', '强化措施'],
    schedule: ['时间安排'],
  },
  essentialColumns: [],
  recordsRuleId: '001-TPL-STATUS',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-TPL-STATUS',
    '001-TPL-EVAL-SCORE',
    '001-TPL-STRENGTHEN',
  ]),
};
