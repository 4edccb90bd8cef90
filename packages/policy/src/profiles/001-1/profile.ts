/**
 * Profile 001-1: 一、维护流程与工作细化 of 001_dcae8ad5ba72ecd2.txt (L1-98), a customer-relationship
 * maintenance workflow: grades in the customer file, maintenance plans and their approval, task
 * deadlines, feedback to the supervisor, archiving and progress reports.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_1: ProfileInput = {
  id: '001-1',
  version: 1,
  title: { zh: '客户关系维护流程与控制程序', en: 'Customer-relationship maintenance workflow and control procedure' },
  description: {
    zh: '客户服务部的客户关系维护：客户等级计入档案，维护方案写明方式、措施、人员、预算并经审批后执行，维护任务按主管确定的期限完成；反馈上报、资料归档、进度汇报只写了“及时”“定期”，须由公司配置期限。适合客户维护工作记录表（每行一项维护任务）。',
    en: 'A customer-service department\'s relationship maintenance: grades recorded in the customer file, maintenance plans stating method, measures, staff and budget and carried out only once approved, tasks finished by the deadline the supervisor sets; feedback reports, archiving and progress reports say only "promptly" or "periodically" and need the company\'s numbers. For a maintenance work log (one row per task).',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '一、维护流程与工作细化', lines: 'L1-98' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [
    { code: 'A', label: { zh: 'A级客户', en: 'grade A' } },
    { code: 'B', label: { zh: 'B级客户', en: 'grade B' } },
    { code: 'C', label: { zh: 'C级客户', en: 'grade C' } },
  ],
  tierSynonyms: { 重点: 'A', 重点客户: 'A', 重要客户: 'A', 一般: 'B', 一般客户: 'B', 普通: 'C', 普通客户: 'C' },
  headers: {
    tier: ['客户等级', '客户级别', '评级结果'],
    contactAt: ['维护日期', '维护时间', '回访日期'],
    callbackType: ['维护方式'],
    improvement: ['维护措施'],
    performer: ['维护人员', '客户关系专员'],
    budget: ['维护费用预算'],
    approvedAt: ['方案审批日期', '审批日期'],
    reportedAt: ['上报日期', '汇报日期'],
  },
  essentialColumns: [],
  recordsRuleId: '001-1-KP1-TIER-IN-FILE',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-1-KP1-TIER-IN-FILE',
    '001-1-6.1-PLAN-FIELDS',
    '001-1-6.2-PLAN-APPROVAL',
    '001-1-7.1-TASK-DEADLINE',
    '001-1-7.1-FEEDBACK-UP',
    '001-1-7.1-ARCHIVE',
    '001-1-7.2-PERIODIC',
  ]),
};
