import type { RuleInput } from '../../../profile/schema';

/** 002-1-9-PICKUP-1-2h: 1 to 2 hours after pickup, call to ask whether the customer arrived safely. */
export const rule: RuleInput = {
  id: '002-1-9-PICKUP-1-2h',
  kind: 'event-window',
  title: { zh: '提车后1到2小时电话回访', en: 'Phone call 1-2 hours after pickup' },
  short: { zh: '提车1-2小时', en: 'pickup 1-2 h' },
  modality: 'M',
  citation: { clause: '第9条', lines: 'L11', quote: '对老客户回访应做到客户提车后1到2小时电话回访是否安全到达' },
  reading: {
    zh: '提车后 60 至 120 分钟之间（含两端）须有一次接通的电话。不到 60 分钟的电话记警告"过早"（客户可能还没到），超过 120 分钟记"完成晚了"，没有则逾期。提车时间只有日期时"无法判断"。',
    en: 'A reached phone call between 60 and 120 minutes after pickup, both ends included. A call before 60 minutes is a warning (too early: the customer may not have arrived); after 120 minutes it is late; none is overdue. A date-only pickup time is indeterminate.',
  },
  params: { anchor: 'pickupAt', unit: 'minutes', windows: [{ from: 60, to: 120 }], channels: ['phone'], early: 'warning', opens: true },
};
