import type { RuleInput } from '../../../profile/schema';

/** 000-5-3-REVIEW-AM-REPORT-PM: yesterday's sheets reviewed in the morning, reported the same afternoon. */
export const rule: RuleInput = {
  id: '000-5-3-REVIEW-AM-REPORT-PM',
  kind: 'cutoff',
  title: { zh: '次日上午查阅、当天下午上报', en: 'Reviewed next morning, reported the same afternoon' },
  short: { zh: '当天下午上报', en: 'report same afternoon' },
  modality: 'M',
  citation: { clause: '二、3', lines: 'L159', quote: '预订主管每日上午查阅昨天服务员填写的《顾客就餐记录单》' },
  reading: {
    zh: '载有生日/寿辰或庆典日期的就餐记录：预订主管在就餐次日上午查阅，当天下午上报前厅部经理和市场部经理，即上报时间不晚于就餐日期次日 18:00（含；“下午”按 18:00 结束）。同一天的信息一并上报，迟报或未报按每天一次计。台账通常不记查阅时间，只检查上报时间。',
    en: 'Dining records with a birthday/寿辰 or a celebration date: the reservation supervisor reviews them the morning after the meal and reports them that afternoon to the front-office and marketing managers, so the 上报时间 is at most 18:00 on the day after the meal (inclusive; the afternoon is taken to end at 18:00). The day\'s information goes in one report: a late or missing report is one instance per day. Ledgers rarely log the review time, so only the report time is checked.',
  },
  fine: { amount: 50, payer: '预订主管' },
  escalateTo: ['前厅部经理', '市场部经理'],
  records: { filled: ['birthday', 'celebrationAt'] },
  params: { field: 'reportedAt', anchor: 'receptionAt', at: [{ offsetDays: 1, clock: '18:00' }], strict: false, per: 'group-day' },
};
