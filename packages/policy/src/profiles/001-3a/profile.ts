/**
 * Profile 001-3a: 三(一)《客户电话回访方案》 of 001_dcae8ad5ba72ecd2.txt (L192-251): customer
 * service's phone callbacks at fixed times after purchase (one week, 4-6 months, 10-12 months),
 * after installation, and after repairs, complaints, proposals and dispatches.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_3a: ProfileInput = {
  id: '001-3a',
  version: 1,
  title: { zh: '客户电话回访方案（购买、安装、维修后回访）', en: 'Customer phone-callback plan (after purchase, installation and repair)' },
  description: {
    zh: '设备或产品售后的客户服务部：购买一周后、4-6 个月、10-12 个月各电话回访一次，安装调试后回访满意度，维修后 3-5 天回访确认效果，书面投诉、提案、派修后及时回访。适合客服人员的《用户跟踪服务卡》或电话回访登记表。',
    en: 'Customer service for equipment or products after sale: phone callbacks one week, 4-6 months and 10-12 months after purchase, after installation (satisfaction with the installer), 3-5 days after each repair (to confirm the fix), and promptly after written complaints, proposals and dispatches. For customer-service staff\'s follow-up service cards or phone-callback logs.',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '三、客户关系管理方案 (一)《客户电话回访方案》', lines: 'L192-251' },
  tiers: [],
  headers: {
    customerId: ['用户编号', '客户编号'],
    customerName: ['用户名称', '客户名称'],
    purchaseAt: ['购买日期', '购机日期'],
    installAt: ['安装调试完成日期', '调试完成日期', '安装调试日期'],
    repairAt: ['维修完成日期', '维修日期'],
    dispatchAt: ['派修日期', '安排维修日期'],
    inquiryAt: ['收到日期', '来函日期', '收件日期'],
    callbackType: ['回访类型', '回访事由'],
    performer: ['客服人员', '回访人'],
    content: ['回访情况', '回访内容'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '001-3a-5.6-TRACK-CARD',
  dueSoonDays: 3,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-3a-P+1w',
    '001-3a-P+4-6M',
    '001-3a-P+10-12M',
    '001-3a-SP-REPAIR-3-5d',
    '001-3a-INSTALL',
    '001-3a-SP-WRITTEN-COMPLAINT',
    '001-3a-SP-PROPOSAL',
    '001-3a-SP-DISPATCH',
    '001-3a-5.6-TRACK-CARD',
  ]),
};
