/**
 * Profile 004-A: 物业日常与客户沟通管理工作程序 of 004_b18771e288959c8e.txt (L5-37), a generic
 * property-management communication procedure: a customer database, periodic phone callbacks
 * at a planned frequency, and a callback after each solved issue.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile004_A: ProfileInput = {
  id: '004-A',
  version: 1,
  title: { zh: '物业日常与客户沟通管理工作程序', en: 'Property management: daily customer communication procedure' },
  description: {
    zh: '物业服务中心与业主的日常沟通：业主资料（姓名、联系方式、服务需求），按计划频次电话回访（未定频次的按每月一次），问题解决后回访。原文是通用程序，条文多为举例，只作提醒；解决后回访没有期限，须公司配置。适合业主沟通台账或报修回访记录。',
    en: 'A property-management office\'s communication with owners: owner data (name, contact details, service needs), phone callbacks at the planned frequency (monthly where none is planned), a callback after each solved issue. The source is a generic procedure whose clauses are mostly examples, so findings are warnings; the post-fix callback has no deadline and needs the company\'s number. For an owner communication log or a repair callback log.',
  },
  source: { file: '004_b18771e288959c8e.txt', section: '物业日常与客户沟通管理工作程序', lines: 'L5-37' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    customerId: ['房号', '业主编号'],
    customerName: ['业主姓名', '业主', '住户姓名'],
    serviceNeeds: ['服务需求', '需求'],
    contactFrequency: ['沟通频次', '回访频次'],
    closedAt: ['解决时间', '解决日期', '处理完成时间'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '004-A-2-DB',
  dueSoonDays: 3,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '004-A-2-DB',
    '004-A-3-EXAMPLE',
    '004-A-4-POST-RESOLUTION',
  ]),
};
