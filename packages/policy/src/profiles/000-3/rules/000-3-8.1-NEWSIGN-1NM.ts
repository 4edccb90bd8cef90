import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.1-NEWSIGN-1NM: New-signing callback completed within a calendar month. */
export const rule: RuleInput = {
  id: '000-3-8.1-NEWSIGN-1NM',
  kind: 'event-window',
  title: { zh: '新签约回访须在签约后一个自然月内完成', en: 'New-signing callback completed within a calendar month' },
  short: { zh: '新签约一个月内完成', en: 'new signing 1 month' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第八条 1', lines: 'L87', quote: '均应在协议签订之日起一个月(自然月)内完成' },
  reading: {
    zh: '“完成”指接通并有回访内容的新签约回访。期限为签约日的下月对应日（没有对应日取月末，如 1 月 31 日签约到 2 月 28 日），含当天（《民法典》第201-202条）。按签约月月底理解会使月末签约的客户没有时间，与 5 个工作日的规定矛盾，故不采用。',
    en: '"Completed" means a reached new-signing callback with content. The deadline is the same day of the next month (clamped to the month end: signed 31 January, due 28 February), inclusive (《民法典》201-202). Reading it as the end of the signing month would leave a client signing on the 31st no time, contradicting the 5-working-day rule.',
  },
  records: { callbackTypes: ['新签约'], ifColumnMissing: 'pass' },
  params: { anchor: 'signedAt', unit: 'months', windows: [{ from: 0, to: 1 }] },
};
