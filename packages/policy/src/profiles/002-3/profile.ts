/**
 * Profile 002-3: 第三篇《客户回访制度》 of 002_5b4178db3268d4b2.txt (L44-51), an after-sales and
 * repair shop: monthly callbacks of repaired customers, individual visits to special customers,
 * and problems escalated to the supervising leader before the answer goes back.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile002_3: ProfileInput = {
  id: '002-3',
  version: 1,
  title: { zh: '客户回访制度（售后维修）', en: 'Callback regulation of an after-sales and repair department' },
  description: {
    zh: '售后部门每个月回访维修过的客户，对特殊客户单独走访；回访中当时不能答复的问题整理后送主管领导批示，再把处理结果反馈给客户。适合维修回访登记表（客户、维修日期、回访日期、方式、内容、客户反映问题、领导批示日期、反馈客户日期）。',
    en: 'An after-sales department calls back every month the customers it repaired for, and visits special customers individually; problems it cannot answer during a callback go to the supervising leader for instructions before the result goes back to the customer. For repair-callback registers (customer, repair date, callback date, channel, content, problem raised, instruction date, date of feedback to the customer).',
  },
  source: { file: '002_5b4178db3268d4b2.txt', section: '第三篇《客户回访制度》', lines: 'L44-51' },
  // Repair shops open at weekends; no rule of 002-3 counts working days.
  workWeek: [1, 2, 3, 4, 5, 6, 7],
  tiers: [
    { code: 'S', label: { zh: '特殊客户', en: 'special' } },
    { code: 'N', label: { zh: '普通客户', en: 'ordinary' } },
  ],
  tierSynonyms: { 特殊: 'S', 特殊客户: 'S', 重点: 'S', 普通: 'N', 普通客户: 'N', 一般: 'N' },
  headers: {
    customerName: ['客户名称', '车主姓名', '客户姓名'],
    tier: ['客户类别', '客户类型'],
    repairAt: ['维修日期', '维修完成日期', '出厂日期'],
    openQuestion: ['客户反映问题', '客户反映情况', '客户问题'],
    instructedAt: ['领导批示日期', '批示日期'],
    feedbackAt: ['反馈客户日期', '结果反馈日期', '反馈日期'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '002-3-1-MONTHLY-REPAIRED',
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '002-3-1-MONTHLY-REPAIRED',
    '002-3-1-SPECIAL',
    '002-3-5-ESCALATE',
  ]),
};
