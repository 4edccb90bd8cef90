/**
 * Profile 004-B: 客户服务流程和标准 of 004_b18771e288959c8e.txt (L39-67), a generic customer-service
 * process and standard; its one number is the 24-hour solution target.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile004_B: ProfileInput = {
  id: '004-B',
  version: 1,
  title: { zh: '客户服务流程和标准', en: 'Customer-service process and standards' },
  description: {
    zh: '通用的客户服务标准：接到咨询或投诉后尽量在 24 小时内解决问题或提供解决方案。条文是软要求（“尽量”），超时只作警告。适合客服受理登记表（受理时间、解决时间）。',
    en: 'A generic customer-service standard: after an inquiry or complaint, solve the problem or give a solution within 24 hours where possible. The clause is soft (尽量), so a late one is a warning. For a service desk register (received time, solution time).',
  },
  source: { file: '004_b18771e288959c8e.txt', section: '客户服务流程和标准', lines: 'L39-67' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    inquiryAt: ['受理时间', '接到时间', '咨询/投诉时间', '投诉时间'],
    responseAt: ['解决时间', '方案提供时间', '提供方案时间'],
  },
  essentialColumns: ['inquiryAt'],
  recordsRuleId: '004-B-1-24h',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '004-B-1-24h',
  ]),
};
