import type { RuleInput } from '../../../profile/schema';

/** 001-3a-P+1w: a phone callback one week after purchase. */
export const rule: RuleInput = {
  id: '001-3a-P+1w',
  kind: 'event-window',
  title: { zh: '购买产品一周后电话回访', en: 'A phone callback one week after purchase' },
  short: { zh: '购买一周', en: 'purchase +1 week' },
  modality: 'M',
  citation: { section: '三(一)《客户电话回访方案》三、常规电话回访', lines: 'L218', quote: '客户购买产品一周后,电话回访客户询问客户是否习惯使用公司产品' },
  reading: {
    zh: '按目录推荐，"一周后"取购买日后第 7 至第 13 天（日历日，含两端），须有一次电话回访（短信、微信不算；回访方式空白不作反证）。更早的回访多是安装调试回访，目的不同，不当作"太早"报警，也不算数。晚于第 13 天为"迟了"。',
    en: 'Following the catalog, "one week after" is day 7 to day 13 after the purchase date (calendar days, both included), with one phone callback (SMS and WeChat do not count; a blank channel is not proof of another). An earlier call is usually the installation callback, with another purpose: it neither counts nor is flagged as too early. After day 13 it is late.',
  },
  params: { anchor: 'purchaseAt', unit: 'days', windows: [{ from: 7, to: 13 }], channels: ['phone'], opens: true },
};
