import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-B-15d: B dealers get a salesperson's callback at least every 15 days. */
export const rule: RuleInput = {
  id: '002-2-1.4-B-15d',
  kind: 'gap-cadence',
  title: { zh: 'B级经销商业务员至少每隔15天回访一次', en: 'B dealers: a salesperson callback at least every 15 days' },
  short: { zh: 'B级15天', en: 'B every 15 d' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L23-25', quote: '户业务员要至少每隔15天进行一次回访' },
  reading: {
    zh: '间隔规则：下次应回访日 = 上次成功回访日期 + 15 天（日历日；"天"不是"月"）。B 级为年销量 50-99 台（年销量在50台-100台之间，100 台归 A 级），台账没有等级时按年销量推定。与 A 级相同，技术部门的回访不计入业务员的间隔。每次逾期按第3.2条罚责任业务员 50 元。',
    en: 'A gap rule: next due = date of the last successful contact + 15 calendar days (the text says days, not a month). B is an annual volume of 50-99 units (100 goes to A); without a tier column the tier is derived from the volume. As for A, the technical department\'s contacts do not count toward the salesperson\'s gap. Each missed due date costs the responsible salesperson 50 yuan (3.2).',
  },
  fine: { amount: 50, payer: '业务员' },
  records: { departments: { except: ['技术'] }, ifColumnMissing: 'pass' },
  params: { gap: 'fixed', tier: 'B', maxGapDays: 15 },
};
