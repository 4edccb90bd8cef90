import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.2-DELIVERY-5d: every delivered truck box gets a callback within 1-5 days of delivery. */
export const rule: RuleInput = {
  id: '002-2-1.2-DELIVERY-5d',
  kind: 'event-window',
  title: { zh: '新交车货箱1-5天内回访经销商或终端客户', en: 'Each delivery: a callback to the dealer or end customer within 1-5 days' },
  short: { zh: '交车5天', en: 'delivery 5 d' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.2、3.1', lines: 'L21, L38', quote: '业务员所辖区域内新交车货箱1-5天内没有及时回访经销商者/终端客户者,考核责任人50元/次' },
  reading: {
    zh: '交车日期当天（第1.2条"交付时"）至其后第 5 天（日历日，含第 5 天）须有一次成功回访。同一客户同一交车日期的几台车算一次交车、一次回访、一次罚款（50 元，第3.1条）。回访经销商或终端客户均可：台账上该客户有一次即可。',
    en: 'A successful contact from the delivery day itself (1.2 says "at delivery") to day 5 after it (calendar days, day 5 included). Several boxes delivered to one customer on one day are one delivery, one callback and one fine (50 yuan, 3.1). The dealer or the end customer may be called: one contact of that customer is enough.',
  },
  fine: { amount: 50, payer: '业务员' },
  params: { anchor: 'pickupAt', unit: 'days', windows: [{ from: 0, to: 5 }] },
};
