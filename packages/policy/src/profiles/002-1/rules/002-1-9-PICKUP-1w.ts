import type { RuleInput } from '../../../profile/schema';

/** 002-1-9-PICKUP-1w: at least one callback within one week of pickup. */
export const rule: RuleInput = {
  id: '002-1-9-PICKUP-1w',
  kind: 'event-window',
  title: { zh: '提车后一周内回访', en: 'A callback within one week of pickup' },
  short: { zh: '提车一周', en: 'pickup 1 week' },
  modality: 'M',
  citation: { clause: '第9条', lines: 'L11', quote: '一周内必须有一次回访' },
  reading: {
    zh: '提车日之后第 1 至第 7 天（日历日，含第 7 天）须有一次成功回访。提车当天 1-2 小时的平安电话目的不同（问使用情况、提醒注意事项、了解潜在客户），不算在内。',
    en: 'A successful contact on day 1 to day 7 after the pickup date (calendar days, day 7 included). The same-day safety call of 1-2 hours has another purpose (usage, reminders, referrals) and does not count.',
  },
  params: { anchor: 'pickupAt', unit: 'days', windows: [{ from: 1, to: 7 }] },
};
