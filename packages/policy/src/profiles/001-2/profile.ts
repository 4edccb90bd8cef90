/**
 * Profile 001-2: 二、维护办法与工具模板《客户关系维护办法》第1-17条 of 001_dcae8ad5ba72ecd2.txt
 * (L99-191): customer record cards with a declared contact frequency, periodic callbacks,
 * rotation visits, and the yearly customer-service conference.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_2: ProfileInput = {
  id: '001-2',
  version: 1,
  title: { zh: '客户关系维护办法', en: 'Customer relationship maintenance rules' },
  description: {
    zh: '客户服务人员的客户关系卡和回访：卡片写明姓名、单位、职位、住址、联系方式和联系频率，按约定频率回访，巡回访问所有客户，法定节日问候，每年邀请重要客户参加客户服务会议。适合客户关系卡与回访记录合在一张表的台账；“定期”“巡回”没有周期，须由公司配置。',
    en: 'Customer-service staff\'s record cards and callbacks: the card holds name, employer, position, address, contact details and contact frequency; callbacks follow the declared frequency; rotation visits cover every customer; holiday greetings; important customers are invited to the yearly customer-service conference. For a ledger that keeps the card and the callback log on one sheet; the periods of "periodic" and "rotation" are left to the company to set.',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '二、维护办法与工具模板《客户关系维护办法》', lines: 'L99-191' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [
    { code: 'K', label: { zh: '重点客户', en: 'key customer' } },
    { code: 'G', label: { zh: '一般客户', en: 'ordinary customer' } },
  ],
  tierSynonyms: { 重点: 'K', 重点客户: 'K', 重要: 'K', 重要客户: 'K', VIP: 'K', 一般: 'G', 一般客户: 'G', 普通: 'G', 普通客户: 'G' },
  headers: {
    address: ['住址'],
    tier: ['客户类别', '客户类型'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '001-2-9-CARD',
  dueSoonDays: 3,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-2-9-CARD',
    '001-2-9-DECLARED-FREQ',
    '001-2-15-PERIODIC',
    '001-2-6-ROTATION',
    '001-2-13-ANNUAL-CONF',
    '001-2-14-HOLIDAY-GREET',
  ]),
};
