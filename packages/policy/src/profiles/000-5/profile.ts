/**
 * Profile 000-5: 第五篇《客户信息收集管理规定》 of 000_76cb93e03295e223.txt (L148-173), the
 * information-collection regulation of the restaurant chain 梦都餐饮发展有限责任公司 (市场部,
 * 2004-05-12): dining sheets, daily briefs, 48-hour entry, birthday and celebration callbacks,
 * retention, a 50元 fine per breach.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile000_5: ProfileInput = {
  id: '000-5',
  version: 1,
  title: { zh: '客户信息收集管理规定（餐饮连锁）', en: 'Guest-information collection regulation (restaurant chain)' },
  description: {
    zh: '餐饮连锁酒店（梦都餐饮）：服务员填写就餐记录单，楼面主管次日 9 点前上交，预订主管次日上午查阅、下午上报生日、寿辰和庆典客人信息，市场部 48 小时内录入计算机，生日或寿辰前 10 天、庆典前 30 天电话或登门回访，记录单保管 1 年、客人信息保管 3 年，违者每次罚 50 元。适合市场部和预订部的客人生日、寿辰、庆典信息登记及回访表。',
    en: 'A restaurant chain (梦都餐饮): waiters fill in dining sheets, floor supervisors hand them in by 09:00 the next day, the reservation supervisor reviews them next morning and reports birthday, 寿辰 and celebration guests that afternoon, marketing enters them within 48 hours and calls or visits 10 days before a birthday and 30 days before a celebration; sheets are kept 1 year and guest information 3 years; each breach costs 50元. For the guest birthday and celebration register and callback log kept by marketing and reservations.',
  },
  source: { file: '000_76cb93e03295e223.txt', section: '第五篇《客户信息收集管理规定》', lines: 'L148-173' },
  // Restaurants open every day; no rule of 000-5 counts working days, but a company variant might.
  workWeek: [1, 2, 3, 4, 5, 6, 7],
  tiers: [],
  headers: {
    customerId: ['客人编号', '顾客编号'],
    customerName: ['客人姓名', '顾客姓名'],
    employer: ['单位'],
    phone: ['联系电话'],
    preferences: ['特别爱好'],
    spending: ['消费情况'],
    occasion: ['活动类型'],
    receptionAt: ['就餐日期', '就餐时间'],
    birthday: ['生日/寿辰', '生日寿辰', '生日或寿辰', '寿辰'],
    lunarBirthday: ['农历生日', '农历寿辰'],
    celebrationAt: ['庆典日期', '庆典活动日期'],
    filledAt: ['记录单填写时间', '填单时间'],
    handedInAt: ['记录单上交时间', '上交时间'],
    reportedAt: ['上报时间', '传递时间'],
    recordedAt: ['计算机输入时间', '输入时间', '录入时间'],
    signedOffAt: ['签阅日期'],
    contactAt: ['回访时间', '回访日期'],
    callbackType: ['回访类型'],
    performer: ['回访人'],
    deletedAt: ['销毁日期'],
  },
  // A guest register without callbacks can still be checked for entry, hand-in and retention.
  essentialColumns: [],
  recordsRuleId: '000-5-1.1-MEALREC',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '000-5-1.1-MEALREC',
    '000-5-1.1-EVENT-NOTE',
    '000-5-2.1-BRIEF-0900',
    '000-5-2.2-DAILY-SIGNOFF',
    '000-5-3-REVIEW-AM-REPORT-PM',
    '000-5-3-BDAY-FIELDS',
    '000-5-4-ENTRY-48h',
    '000-5-5-BDAY-10d',
    '000-5-5-CELEB-30d',
    '000-5-5-PHONE-OR-VISIT',
    '000-5-6.1-1Y',
    '000-5-6.2-3Y',
  ]),
};
