import type { RuleInput } from '../../../profile/schema';

/** 000-5-6.1-1Y: dining record sheets kept for at least one year. */
export const rule: RuleInput = {
  id: '000-5-6.1-1Y',
  kind: 'retention',
  title: { zh: '就餐记录单和简报保管不少于1年', en: 'Dining sheets and briefs kept at least 1 year' },
  short: { zh: '保管1年', en: 'keep 1 year' },
  modality: 'M',
  citation: { clause: '二、6(1)', lines: 'L165', quote: '《顾客就餐记录单》和《前厅每日工作简报》由前厅部负责保管,期限不少于1年' },
  reading: {
    zh: '就餐记录（有就餐日期的行）自就餐日期起保管满1年（至次年同一日，含当日；2月29日起算的到次年2月28日）；销毁日期在此之前（含当日）为提前销毁。结果中给出“应保存至”日期。',
    en: 'A dining record (a row with a meal date) is kept one full year from the meal date (through the same date a year later, inclusive; from 29 February through 28 February); a destruction date on or before that day is destroying it early. Findings give the keep-until date.',
  },
  fine: { amount: 50, payer: '前厅部' },
  escalateTo: ['前厅经理'],
  params: { date: 'receptionAt', years: 1, deletedField: 'deletedAt' },
};
