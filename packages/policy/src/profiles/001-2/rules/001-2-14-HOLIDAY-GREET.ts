import type { RuleInput } from '../../../profile/schema';

/** 001-2-14-HOLIDAY-GREET: holiday greetings (and a small branded gift) on statutory holidays. */
export const rule: RuleInput = {
  id: '001-2-14-HOLIDAY-GREET',
  kind: 'holiday-greeting',
  title: { zh: '国家法定节假日期间向客户表达节日祝福并赠送小礼品', en: 'Greetings and a small branded gift on statutory holidays' },
  short: { zh: '节日问候', en: 'holiday greeting' },
  modality: 'M',
  citation: { section: '二(一)《客户关系维护办法》第14条', lines: 'L120', quote: '国家法定节假日期间向客户表达节日的祝福并赠送带有公司特点的小礼品' },
  reading: {
    zh: '按目录建议（歧义 A20）：默认春节、中秋、国庆、元旦四个节日（清明不宜问候），每位客户在假期开始前 3 天到假期最后一天之间须有一条回访类型含“节日/问候/祝福/礼品”的记录；问候是单向的，未接通也算。假期按国务院放假安排（2025 年国庆与中秋连休算一个假期）。只查客户出现在台账之后、截至日前一年内的节日。是否送了小礼品台账一般看不出，不单独检查。',
    en: 'As the catalog recommends (ambiguity A20): by default 春节, 中秋, 国庆 and 元旦 (a greeting on 清明 would be out of place); every customer needs a record whose type mentions a holiday, greeting, wishes or gift between 3 days before the holiday period and its last day. A greeting is one-way, so an unanswered one counts. Periods follow the State Council schedule (2025\'s National Day and Mid-Autumn break is one period). Only holidays after the customer first appears in the ledger and within the year before the as-of day are checked. Whether the small gift was given is rarely visible and is not checked separately.',
  },
  records: { callbackTypes: ['节日', '问候', '祝福', '礼品'], ifColumnMissing: 'pass' },
  params: { holidays: ['春节', '中秋', '国庆', '元旦'], before: 3 },
};
