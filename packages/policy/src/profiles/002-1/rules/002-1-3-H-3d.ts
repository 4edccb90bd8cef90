import type { RuleInput } from '../../../profile/schema';

/** 002-1-3-H-3d: H-class intent customers get a callback every 3 days. */
export const rule: RuleInput = {
  id: '002-1-3-H-3d',
  kind: 'gap-cadence',
  title: { zh: 'H类客户每3天回访一次', en: 'H-class: a callback every 3 days' },
  short: { zh: 'H类3天', en: 'H every 3 d' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L5', quote: '以后根据客户分类,H类客户三天做一次回访' },
  reading: {
    zh: '间隔规则：下次应回访日 = 上次成功回访的日期 + 3 天（按日历日，车行周末营业），当天 24:00 前无成功回访即逾期。从未成功回访的客户从接待日期起算。以每次回访当时的等级为准；客户的阶段在提车时改变，如同等级按各行记录改变：提车之前按本条检查，提车前已到期却直到提车都没有回访的记为“逾期未回访”（违规），提车之后不再适用（目录推荐“意向阶段且当日为 H 类”）。某个间隔里有一行回访的时间或结果读不出（如“12月23日 15:00”没有年份），它可能落在这个间隔里时，这个间隔报"无法判断"并指出该行，不再报逾期；它不可能落入的间隔照常判断。',
    en: 'A gap rule: next due = date of the last successful contact + 3 calendar days (dealers work weekends); overdue when no successful contact by 24:00 of that day. A customer never reached counts from the reception date. The tier in force at each contact applies; the stage changes at the pickup as the tier changes by record: the time before the pickup is judged, a callback due before the pickup that never came before it is missed (a violation), and nothing after the pickup is judged (the catalog: "while status = intent and tier = H on that date"). A gap that a row with an unreadable time or outcome (12月23日 15:00, no year) could fall into is indeterminate, naming the row, not overdue; gaps it cannot fall into are judged as usual.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { gap: 'fixed', tier: 'H', maxGapDays: 3, anchorFallback: 'receptionAt' },
};
