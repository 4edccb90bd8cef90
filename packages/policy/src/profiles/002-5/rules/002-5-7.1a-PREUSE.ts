import type { RuleInput } from '../../../profile/schema';

/** 002-5-7.1a-PREUSE: tourists get a reminder before they use the product. */
export const rule: RuleInput = {
  id: '002-5-7.1a-PREUSE',
  kind: 'event-window',
  title: { zh: '游客使用产品前的温馨提示', en: 'Tourists: a reminder before the product is used' },
  short: { zh: '使用前提示', en: 'pre-use reminder' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 七、1.a', lines: 'L107', quote: '游客购买产品使用前的温馨提示' },
  reading: {
    zh: '游客的「出行日期」（产品使用日）之前须有一次温馨提示：使用日前一年内到前一天的任一天都算，使用日当天及以后才提示即为迟。条文没有规定提前几天，公司可在自定义配置中设定（把 from 改为 -3 即“至少提前…最多3天”）。台账有「回访类型」列时只计“温馨提示/提醒/出行提示”类；提示须联系上客户（短信、微信须有回复）。',
    en: 'Before a tourist\'s use date (出行日期) there must be a reminder: any day from a year before up to the day before counts; on or after the use date is late. The document gives no lead time; a company can set one in a custom profile (from: -3 means within 3 days before). With a callback-type column only reminders (温馨提示/提醒/出行提示) count; the tourist must have been reached (SMS and WeChat need a reply).',
  },
  when: { fact: 'tier', operator: 'equal', value: 'T' },
  records: { callbackTypes: ['温馨提示', '提醒', '出行提示'], ifColumnMissing: 'pass' },
  params: { anchor: 'useAt', unit: 'days', windows: [{ from: -365, to: -1 }] },
};
