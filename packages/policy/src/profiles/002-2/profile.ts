/**
 * Profile 002-2: 第二篇《客户回访管理办法》 of 002_5b4178db3268d4b2.txt (L14-43), 青岛欧莱德机械制造
 * 有限公司, a truck cargo-box maker: dealers graded A/B/C/D by annual volume with 10/15/30-day
 * salesperson cadences and a 3-monthly technical visit, a callback within 1-5 days of each
 * delivery, and end users called by purchase size; each breach is fined 50 yuan.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile002_2: ProfileInput = {
  id: '002-2',
  version: 1,
  title: { zh: '客户回访管理办法（货箱制造，经销商与终端用户）', en: 'Customer callback regulation (truck cargo-box maker: dealers and end users)' },
  description: {
    zh: '专用车货箱厂家的销售业务员回访经销商和终端用户：经销商按年销量分 A/B/C/D 级，A 级每 10 天、B 级每 15 天、C 级每 30 天回访，A 级另有技术部门每三个月回访；每次交车 1-5 天内回访；一次购买 5 台以上的终端用户三包期内每月、出保后每三个月回访，5 台以下的在购车第 1、3、6 月回访；每次未按时回访罚 50 元。适合业务员的经销商回访台帐和《终端客户信息台帐》。',
    en: 'A truck cargo-box maker\'s salespeople calling on dealers and end users: dealers graded A/B/C/D by annual volume, called every 10, 15 and 30 days (A also every 3 months by the technical department); a callback within 1-5 days of every delivery; end users of 5 boxes or more called monthly during the warranty and every 3 months after, smaller ones in months 1, 3 and 6 after purchase; 50 yuan per missed callback. For salespeople\'s dealer callback ledgers and end-customer ledgers.',
  },
  source: { file: '002_5b4178db3268d4b2.txt', section: '第二篇《客户回访管理办法》（青岛欧莱德机械制造有限公司）', lines: 'L14-43' },
  tiers: [
    { code: 'A', label: { zh: 'A级（年销量100台以上）', en: 'A (100+ units a year)' } },
    { code: 'B', label: { zh: 'B级（50-99台）', en: 'B (50-99 units)' } },
    { code: 'C', label: { zh: 'C级（10-49台）', en: 'C (10-49 units)' } },
    { code: 'D', label: { zh: 'D类随机散户（10台以下）', en: 'D scattered (under 10 units)' } },
  ],
  tierSynonyms: { 散户: 'D', 随机散户: 'D' },
  // The grades are dealers' (1.4); end users (a 购买数量) go by purchase size (2.3, 2.4), and their
  // form's own 客户等级, if any, is not a dealer grade.
  tiersFor: { not: { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 0 } },
  tierBasis: { field: 'annualVolume', bands: [{ tier: 'A', min: 100 }, { tier: 'B', min: 50 }, { tier: 'C', min: 10 }, { tier: 'D', min: 0 }] },
  headers: {
    customerId: ['经销商编号', '终端客户编号', '客户编号'],
    customerName: ['经销商名称', '终端客户名称', '客户名称'],
    tier: ['经销商级别', '经销商等级', '客户级别'],
    annualVolume: ['年销量', '年销量（台）'],
    unitsPurchased: ['购买数量', '购买台数', '购箱数量'],
    purchaseAt: ['购车日期', '购买日期'],
    pickupAt: ['交车日期', '交付日期'],
    warrantyEndAt: ['三包期', '三包期至', '三包到期日', '三保期'],
    performer: ['业务员', '回访人'],
    performerDept: ['回访部门', '部门'],
    topic: ['回访方面', '回访主题'],
    openQuestion: ['反馈问题', '存在的问题'],
    resolution: ['处理情况', '处理结果'],
    reportedAt: ['回传时间', '回传日期', '发销售部时间'],
    contactFrequency: ['计划回访频率', '自定回访频率'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '002-2-1.6-LEDGER-KEPT',
  dueSoonDays: 2,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '002-2-1.4-DEALER-TIER',
    '002-2-1.4-A-10d',
    '002-2-1.4-B-15d',
    '002-2-1.4-C-30d',
    '002-2-1.4-D-free',
    '002-2-1.4-A-TECH-3M',
    '002-2-1.4-TOPICS',
    '002-2-1.2-DELIVERY-5d',
    '002-2-1.2-ROUTING',
    '002-2-1.5-INFO-RETURN',
    '002-2-1.6-LEDGER-KEPT',
    '002-2-2.2-END-LEDGER',
    '002-2-2.3-BIG-MONTHLY',
    '002-2-2.3-BIG-POST-3M',
    '002-2-2.4-SMALL-1-3-6M',
  ]),
};
