import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.1-NEWSIGN-5WD: New-signing callback started within 5 working days of signing. */
export const rule: RuleInput = {
  id: '000-3-8.1-NEWSIGN-5WD',
  kind: 'event-window',
  title: { zh: '签约后5个工作日内开展新签约回访', en: 'New-signing callback started within 5 working days of signing' },
  short: { zh: '新签约5个工作日', en: 'new signing 5 WD' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第七条（一）1 ①；第八条 1', lines: 'L75, L87', quote: '在新客户签订协议之后的5个工作日内,开展新签约回访' },
  reading: {
    zh: '从签约日起（签约当天不计），第 5 个工作日 24:00 前须有一次类型为“新签约回访”的回访，拨打未接通也算“开展”（第八条另行要求一个自然月内“完成”，见 000-3-8.1-NEWSIGN-1NM）。工作日按国务院放假安排，含调休上班日；日历不含的年份报“无法判断”。',
    en: 'From the signing date (not counted), a callback of type 新签约回访 must be made by 24:00 of the 5th working day; an unanswered attempt counts as started (completion within a calendar month is 000-3-8.1-NEWSIGN-1NM). Working days follow the State Council schedule with its make-up days; a year the calendar lacks is indeterminate.',
  },
  records: { callbackTypes: ['新签约'], ifColumnMissing: 'pass' },
  params: { anchor: 'signedAt', unit: 'workdays', windows: [{ from: 0, to: 5 }], attemptsCount: true },
};
