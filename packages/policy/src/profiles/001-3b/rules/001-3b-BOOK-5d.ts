import type { RuleInput } from '../../../profile/schema';

/** 001-3b-BOOK-5d: an important customer's visit is booked at least 5 days ahead. */
export const rule: RuleInput = {
  id: '001-3b-BOOK-5d',
  kind: 'field-deadline',
  title: { zh: '重要客户参观须提前5天预约申请', en: 'Important-customer site visit booked at least 5 days in advance' },
  short: { zh: '提前5天预约', en: 'booked 5 days ahead' },
  modality: 'M',
  citation: { clause: '三、重要客户', lines: 'L274', quote: '客户需要提前5天进行预约申请,并填写参观接待申请表' },
  reading: {
    zh: '重要客户的每次参观，预约申请日期须不晚于参观日期前 5 天（按日历日，含第 5 天：10 月 15 日参观，10 月 10 日申请算合格）。没有申请日期视为没有预约申请。一般客户和大客户不适用（大客户由客户服务部接通知后准备）。',
    en: 'For every visit of an important customer, the booking application is dated no later than 5 calendar days before the visit (inclusive: a visit on 15 October booked on 10 October passes). A visit without a booking date has no application. Ordinary and key-account customers are not covered (key accounts are prepared for on notice).',
  },
  when: { fact: 'tier', operator: 'equal', value: 'I' },
  params: { mode: 'ahead', from: 'contactAt', to: 'bookedAt', atLeast: 5 },
};
