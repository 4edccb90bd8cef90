import type { RuleInput } from '../../../profile/schema';

/** 001-2-9-DECLARED-FREQ: contacts keep the frequency declared on the customer's card. */
export const rule: RuleInput = {
  id: '001-2-9-DECLARED-FREQ',
  kind: 'gap-cadence',
  title: { zh: '回访频率须符合客户关系卡上约定的联系频率', en: 'Contact frequency matches the frequency declared on the customer card' },
  short: { zh: '按卡片频率', en: 'declared frequency' },
  modality: 'M',
  citation: { section: '二(一)《客户关系维护办法》第9条', lines: 'L115', quote: '内容包括客户姓名、工作单位、职位、住址、联系方式、联系频率等' },
  reading: {
    zh: '卡片上的“联系频率”就是该客户的回访要求。按目录 §16 A2（频率写的是“周期加次数”就按日历周期计数）：“每周一次”“每月一次”“每季度一次”“每半年一次”“每年一次”“一月两次”是每个自然周（周一至周日）、自然月、自然季度（1–3 月……）、上/下半年、自然年内至少有这么多天有成功回访，不是“上次之后一个月内”；所以 9 月 1 日和 10 月 30 日各一次符合“每月一次”，8 月 5 日之后到 10 月 3 日才联系则 9 月不足。客户第一次联系所在的那个周期从中途开始，不计（从周期第一天开始的才计）；当前周期到期前不算不足：从周期第一天起列为进行中（已有几天、还需几天、哪天前），最后几天提示即将到期；连续几个周期不足合为一条。写的是间隔的（“每隔10天”“15天一次”“每两周一次”“半月一次”）仍按间隔计：上次成功回访后 N 天内须有下一次。频率写不清的记为“无效”；没有填频率的客户由 001-2-9-CARD 报缺项，由 001-2-15-PERIODIC 说明未配置。',
    en: 'The card\'s contact frequency is the customer\'s callback requirement. Following catalog §16 A2 (a period and a count is counted per calendar period): 每周一次, 每月一次, 每季度一次, 每半年一次, 每年一次, 一月两次 mean at least that many days with a successful contact in each calendar week (Monday to Sunday), month, quarter (January-March ...), half-year or year, not "within a month of the last one"; so contacts on 1 September and 30 October meet 每月一次, while 5 August followed by 3 October leaves September short. The period in which the customer\'s first contact falls started before it and is not counted (unless the contact is on its first day); the current period is not short until it ends: from its first day it is listed as in progress (done so far, still needed, by when), and as due soon in its last days; consecutive short periods are one finding. Frequencies that name an interval (每隔10天, 15天一次, 每两周一次, 半月一次) stay gaps: the next successful contact within N days of the last. An unreadable frequency is invalid; a customer without one is reported missing by 001-2-9-CARD and not configured by 001-2-15-PERIODIC.',
  },
  params: { gap: 'declared', field: 'contactFrequency', calendarPeriods: true },
};
