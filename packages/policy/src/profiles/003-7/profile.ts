/**
 * Profile 003-7: 篇七《客户管理制度》 of 003_5a1bbebd8c79da3d.txt (L126-200): customer files and
 * registration (备案) with 市场推广部 within 5 working days, change reports, file access approvals,
 * handover of a departed owner's customers, no reimbursement for unregistered customers.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile003_7: ProfileInput = {
  id: '003-7',
  version: 1,
  title: { zh: '客户管理制度（客户备案与档案）', en: 'Customer management regulation (registration and customer files)' },
  description: {
    zh: '业务部门接触新客户后 5 个工作日内到市场推广部备案，变动 5 个工作日内反馈；客户档案查阅须经部门经理或总经理批准；负责员工离职须指派他人接替；未备案客户的招待、差旅、礼品费用不予报销。适合市场推广部的客户备案台账、客户档案和费用、查阅登记。自 2013 年 7 月 1 日起实行。',
    en: 'Business departments register each new customer with 市场推广部 within 5 working days of first contact and report changes within 5 working days; customer files are read only with the department manager\'s or the GM\'s approval; a departed owner\'s customers are handed over; expenses for unregistered customers are not reimbursed. For the marketing department\'s registration ledger, customer files, and expense and file-access logs. In force from 1 July 2013.',
  },
  source: { file: '003_5a1bbebd8c79da3d.txt', section: '篇七《客户管理制度》', lines: 'L126-200' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [
    { code: 'T', label: { zh: '目标客户', en: 'target' } },
    { code: 'G', label: { zh: '一般客户', en: 'ordinary' } },
    { code: 'K', label: { zh: '重点客户', en: 'key' } },
    { code: 'P', label: { zh: '潜在客户', en: 'potential' } },
  ],
  tierSynonyms: { 目标: 'T', 一般: 'G', 重点: 'K', 潜在: 'P' },
  headers: {
    tier: ['客户类别'],
    accountManager: ['客户负责人', '负责员工', '联系员工'],
    contactAt: ['联系日期', '拜访日期', '接触日期', '首次接触日期'],
    content: ['联系内容', '拜访内容'],
    changeReportedAt: ['维护表填报日期', '反馈日期'],
    ownerLeftAt: ['负责人离职日期', '离职日期'],
    performer: ['联系人员', '拜访人'],
  },
  essentialColumns: [],
  recordsRuleId: '003-7-1.3-FIELDS',
  // A category outside the four breaks 1.2, not the file-keeping clause.
  tierRuleId: '003-7-1.2-FOUR',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '003-7-1.4-REG-5WD',
    '003-7-1.4-CHG-5WD',
    '003-7-1.8-NO-REIMB',
    '003-7-1.8-KPI',
    '003-7-1.5-FILE-ACCESS',
    '003-7-1.6.4-HANDOVER',
    '003-7-1.6.3-HIGH-POTENTIAL',
    '003-7-1.3-FIELDS',
    '003-7-1.2-FOUR',
    '003-7-1.7-PERIODIC',
  ]),
};
