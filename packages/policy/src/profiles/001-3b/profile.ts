/**
 * Profile 001-3b: 三(二)《客户参观接待方案》 of 001_dcae8ad5ba72ecd2.txt (L252-280): customer site
 * visits by class, the 5-day booking for important customers, and visit passes.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_3b: ProfileInput = {
  id: '001-3b',
  version: 1,
  title: { zh: '客户参观接待方案', en: 'Customer site-visit reception plan' },
  description: {
    zh: '客户服务部接待客户来厂参观：重要客户提前 5 天预约申请，每次参观须先办理参观凭证，一般客户小团体原则上不接待。适合参观接待登记表（每行一次参观）。',
    en: 'A customer-service department receiving customers on site visits: important customers apply 5 days ahead, every visit needs a pass issued beforehand, small groups of ordinary customers are in principle not received. For a visit register (one row per visit).',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '三(二)《客户参观接待方案》', lines: 'L252-280' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [
    { code: 'O', label: { zh: '一般客户', en: 'ordinary customer' } },
    { code: 'I', label: { zh: '重要客户', en: 'important customer' } },
    { code: 'K', label: { zh: '大客户', en: 'key account' } },
  ],
  tierSynonyms: { 一般: 'O', 一般客户: 'O', 普通: 'O', 普通客户: 'O', 重要: 'I', 重要客户: 'I', 大客户: 'K', 重点客户: 'K', 战略客户: 'K' },
  headers: {
    tier: ['客户分类', '客户类别'],
    contactAt: ['参观日期', '参观时间', '来访日期'],
    bookedAt: ['预约申请日期', '申请日期'],
    approvedAt: ['凭证办理日期', '凭证核准日期', '核准日期'],
    headcount: ['参观人数', '人数'],
    performer: ['接待人', '陪同人员'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '001-3b-PASS',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-3b-BOOK-5d',
    '001-3b-PASS',
    '001-3b-VISIT-APPROVAL',
    '001-3b-VISITOR-CLASS',
  ]),
};
