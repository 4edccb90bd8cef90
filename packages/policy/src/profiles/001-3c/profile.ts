/**
 * Profile 001-3c: 三(二)[sic]《客户馈赠管理方案》 of 001_dcae8ad5ba72ecd2.txt (L281-308): a gift
 * campaign for intent, VIP and key customers, approved by class, with value caps and quotas that
 * the document leaves blank.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile001_3c: ProfileInput = {
  id: '001-3c',
  version: 1,
  title: { zh: '客户馈赠管理方案', en: 'Customer gift campaign' },
  description: {
    zh: '客户服务部的客户馈赠活动：意向客户、VIP 客户、重点客户的名单按类别报批后赠送；各类礼品金额上限和名额在原文中是空白（Xx元、X位），须由公司配置。适合客户馈赠登记表。',
    en: 'A customer-service department\'s gift campaign: lists of intent, VIP and key customers approved by class before gifts are given; the value caps and quotas per class are blank in the document (Xx元, X位) and need the company\'s numbers. For a gift register.',
  },
  source: { file: '001_dcae8ad5ba72ecd2.txt', section: '三(二)[sic]《客户馈赠管理方案》', lines: 'L281-308' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [
    { code: 'P', label: { zh: '意向客户', en: 'intent customer' } },
    { code: 'V', label: { zh: 'VIP客户', en: 'VIP customer' } },
    { code: 'K', label: { zh: '重点客户', en: 'key customer' } },
  ],
  tierSynonyms: { 意向: 'P', 意向客户: 'P', VIP: 'V', VIP客户: 'V', 重点: 'K', 重点客户: 'K', 重要: 'K', 重要客户: 'K' },
  headers: {
    tier: ['客户分类', '客户类别'],
    giftAt: ['赠送日期', '馈赠日期'],
    giftValue: ['礼品金额', '物品金额'],
    approvedAt: ['审批日期', '批准日期'],
    approverRole: ['审批人', '审批人职务', '批准人', '批准人职务', '审核人'],
  },
  essentialColumns: [],
  recordsRuleId: '001-3c-GIFT-APPROVAL',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '001-3c-GIFT-CLASS-CAPS',
    '001-3c-GIFT-APPROVAL',
  ]),
};
