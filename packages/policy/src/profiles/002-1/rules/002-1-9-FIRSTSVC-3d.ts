import type { RuleInput } from '../../../profile/schema';

/** 002-1-9-FIRSTSVC-3d: a reminder callback 3 days before the first maintenance (首保). */
export const rule: RuleInput = {
  id: '002-1-9-FIRSTSVC-3d',
  kind: 'event-window',
  title: { zh: '首保前3天提醒回访', en: 'First-service reminder 3 days before' },
  short: { zh: '首保提醒', en: 'first-service reminder' },
  modality: 'M',
  citation: { clause: '第9条', lines: 'L11', quote: '首次保养前3天进行首保提醒回访' },
  reading: {
    zh: '按期限理解：首保日期前第 7 天至前第 3 天之间有一次成功回访即合规；晚于前第 3 天才提醒记警告"完成晚了"；到期无提醒则逾期。台账有"回访类型"列时，只计类型含"首保"的回访。没有首保日期的客户不适用。',
    en: 'Read as a deadline: a successful contact from 7 to 3 days before the first-service date passes; a reminder after that is late (a warning); none by then is overdue. Where the ledger has a callback-type column, only types containing 首保 count. Customers without a first-service date are not concerned.',
  },
  records: { callbackTypes: ['首保'], ifColumnMissing: 'pass' },
  params: { anchor: 'firstServiceAt', unit: 'days', windows: [{ from: -7, to: -3 }], lateSeverity: 'warning', opens: true },
};
