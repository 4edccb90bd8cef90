/**
 * Profile 003-1: 篇一《多事业部联合使用顾客资源》 of 003_5a1bbebd8c79da3d.txt (L10-22): two
 * divisions inviting customers to joint conference-marketing events: daily hand-in cut-offs,
 * who gets a customer both invited, sale credit, and the 10 yuan fine.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile003_1: ProfileInput = {
  id: '003-1',
  version: 1,
  title: { zh: '多事业部联合使用顾客资源（会议营销邀约）', en: 'Two divisions sharing invitees for joint conference-marketing events' },
  description: {
    zh: '两个事业部联合举办会议营销活动时共用顾客资源：会前一周每天 18:00 前把当天敲定的顾客档案投入“资源共享”箱，会议当天 10:00/16:00 前交，迟交或不交每次罚部门负责人 10 元；同一顾客两部都邀约时先敲定且按时交档案者得，业绩算现邀约员工。适合邀约登记表（顾客、事业部、邀约人、敲定时间、会议时间、投箱时间、业绩归属）。',
    en: 'Two divisions running joint conference-marketing events share their customers: in the week before, each day\'s confirmed invitees go into the 资源共享 box before 18:00, on the event day before 10:00/16:00, and every late or missing file costs the division head 10 yuan; a customer both divisions invited goes to the first confirmation whose file was in on time, and a sale is credited to the current inviter. For invitation registers (customer, division, inviter, confirmation time, event time, hand-in time, credit).',
  },
  source: { file: '003_5a1bbebd8c79da3d.txt', section: '篇一《多事业部联合使用顾客资源》', lines: 'L10-22' },
  tiers: [
    { code: 'D1', label: { zh: '第一事业部', en: 'Division 1' } },
    { code: 'D2', label: { zh: '第二事业部', en: 'Division 2' } },
  ],
  tierSynonyms: { 第一事业部: 'D1', 一部: 'D1', 事业一部: 'D1', 第1事业部: 'D1', 第二事业部: 'D2', 二部: 'D2', 事业二部: 'D2', 第2事业部: 'D2' },
  headers: {
    customerId: ['顾客编号', '档案编号'],
    customerName: ['顾客姓名', '顾客', '到会顾客'],
    phone: ['顾客电话', '联系电话'],
    tier: ['事业部', '所属事业部', '邀约部门'],
    performer: ['邀约人', '邀约员工', '现邀约员工'],
    confirmedAt: ['敲定时间', '邀约敲定时间', '敲定日期'],
    eventAt: ['会议时间', '会议日期', '活动时间'],
    reportedAt: ['投箱时间', '档案上交时间', '上交时间', '交表时间'],
    creditedTo: ['业绩归属', '销售业绩归属', '成交业绩归属'],
  },
  essentialColumns: ['confirmedAt'],
  recordsRuleId: '003-1-1-FILE-QUALITY',
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '003-1-1-DAILY-1800',
    '003-1-3-LATE-10',
    '003-1-3-EVENTDAY',
    '003-1-1-D1-EARLIER',
    '003-1-4-EXCLUSIVE',
    '003-1-2-LATE-LOSES',
    '003-1-5-CREDIT',
    '003-1-1-FILE-QUALITY',
  ]),
};
