import type { RuleInput } from '../../../profile/schema';

/** 000-5-5-CELEB-30d: a phone call or visit 30 days before a booked celebration. */
export const rule: RuleInput = {
  id: '000-5-5-CELEB-30d',
  kind: 'anniversary',
  title: { zh: '庆典活动前30天电话或登门回访', en: 'Call or visit 30 days before a celebration' },
  short: { zh: '庆典回访', en: 'celebration call' },
  modality: 'M',
  citation: { clause: '二、5', lines: 'L163', quote: '庆典活动的前 30天以电话或登门的形式去回访客人' },
  reading: {
    zh: '“庆典日期”是客人预定或告知的庆典活动日期（一次性日期，不按年重复）：该日前第37天至前第30天之间有一次电话或上门的成功回访即合规；前第30天之后、庆典当天之前（含当天）才回访为“完成晚了”；到期无回访则逾期。收到信息时已过期的不算。与目录推荐的“无下次日期时按周年”不同：周年纪念请在“庆典日期”填写下一次的日期，以免对早已结束的活动凭空生成义务。台账有“回访类型”列时只计类型含“庆典”的回访。',
    en: 'The 庆典日期 is the date of a celebration the guest booked or announced (a one-off date, not repeated yearly): a successful phone call or visit from 37 to 30 days before passes; a contact after that and up to the day itself is late; none by then is overdue. A date already past its due date when the information came in is not counted. Unlike the catalog\'s fallback to yearly anniversaries, a recurring anniversary is entered as its next date, so that no obligation is invented for a celebration long over. Where the ledger has a callback-type column, only types containing 庆典 count.',
  },
  fine: { amount: 50, payer: '回访人' },
  escalateTo: ['市场部经理'],
  params: { date: 'celebrationAt', recurring: false, from: -37, to: -30, lateUntil: 0, channels: ['phone', 'visit'], callbackTypes: ['庆典'], knownFrom: ['reportedAt', 'recordedAt', 'contactAt'] },
};
