import type { RuleInput } from '../../../profile/schema';

/** 002-5-7.1b-USE+3d: a satisfaction callback within three days after use. */
export const rule: RuleInput = {
  id: '002-5-7.1b-USE+3d',
  kind: 'event-window',
  title: { zh: '游客使用产品后三天内体验满意度回访', en: 'Tourists: satisfaction callback within 3 days after use' },
  short: { zh: '用后3天', en: 'use + 3 d' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 七、1.b', lines: 'L108', quote: '游客购买产品使用后三天内的体验满意度回访' },
  reading: {
    zh: '按目录建议以使用结束日（「返程日期」，多日行程的最后一天）起算：结束当天到其后第 3 个日历日 24:00 前须有一次满意度回访（“三天内”含第三天，起算日不计入天数）。节假日不顺延（旅游平台节假日照常营业）。台账有「回访类型」列时只计“满意度/体验”类。',
    en: 'As the catalog recommends, counted from the end of use (返程日期, the last day of a multi-day trip): a satisfaction callback from that day to 24:00 of the 3rd calendar day after it ("within three days" includes the third; the start day is not counted). Holidays do not move it (a travel platform works through them). With a callback-type column only satisfaction callbacks (满意度/体验) count.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'T' },
  records: { callbackTypes: ['满意度', '体验'], ifColumnMissing: 'pass' },
  params: { anchor: 'useEndAt', unit: 'days', windows: [{ from: 0, to: 3 }] },
};
