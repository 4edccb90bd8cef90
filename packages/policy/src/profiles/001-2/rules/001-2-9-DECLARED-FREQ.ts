import type { RuleInput } from '../../../profile/schema';

/** 001-2-9-DECLARED-FREQ: contacts keep the frequency declared on the customer's card. */
export const rule: RuleInput = {
  id: '001-2-9-DECLARED-FREQ',
  kind: 'declared-cadence',
  title: { zh: '回访频率须符合客户关系卡上约定的联系频率', en: 'Contact frequency matches the frequency declared on the customer card' },
  short: { zh: '按卡片频率', en: 'declared frequency' },
  modality: 'M',
  citation: { file: '001_dcae8ad5ba72ecd2.txt', section: '二(一)《客户关系维护办法》第9条', lines: 'L115', quote: '内容包括客户姓名、工作单位、职位、住址、联系方式、联系频率等' },
  reading: {
    zh: '卡片上的“联系频率”（每周一次、每月一次、每季度一次、一月两次……）就是该客户的回访周期：上次成功回访后，下一次须在一个周期内（月、季按日历月计，例如 3 月 15 日后一个月到 4 月 15 日止）。“一月两次”之类按 30 天除以次数折成天数。频率写不清的记为“无效”；没有填频率的客户由 001-2-9-CARD 报缺项，由 001-2-15-PERIODIC 说明未配置。',
    en: 'The card\'s contact frequency (每周一次, 每月一次, 每季度一次, 一月两次 ...) is the customer\'s callback period: after the last successful contact the next is due within one period (months and quarters by calendar month: one month after 15 March is 15 April). "Twice a month" and the like become 30 days divided by the count. An unreadable frequency is invalid; a customer without one is reported missing by 001-2-9-CARD and not configured by 001-2-15-PERIODIC.',
  },
  params: { field: 'contactFrequency' },
};
