import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-C-30d: C dealers get a salesperson's callback at least every 30 days. */
export const rule: RuleInput = {
  id: '002-2-1.4-C-30d',
  kind: 'gap-cadence',
  title: { zh: 'C级经销商业务员至少每隔30天回访一次', en: 'C dealers: a salesperson callback at least every 30 days' },
  short: { zh: 'C级30天', en: 'C every 30 d' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L25', quote: '针对此类客户业务员要至少每隔30天进行一次回访' },
  reading: {
    zh: '间隔规则：下次应回访日 = 上次成功回访日期 + 30 天（日历日；"天"不是"月"）。C 级为年销量 10-49 台（年销量在10-50台之间，50 台归 B 级），台账没有等级时按年销量推定。与 A 级相同，技术部门的回访不计入业务员的间隔。每次逾期按第3.2条罚责任业务员 50 元。',
    en: 'A gap rule: next due = date of the last successful contact + 30 calendar days (the text says days, not a month). C is an annual volume of 10-49 units (50 goes to B); without a tier column the tier is derived from the volume. As for A, the technical department\'s contacts do not count toward the salesperson\'s gap. Each missed due date costs the responsible salesperson 50 yuan (3.2).',
  },
  fine: { amount: 50, payer: '业务员' },
  records: { departments: { except: ['技术'] }, ifColumnMissing: 'pass' },
  params: { gap: 'fixed', tier: 'C', maxGapDays: 30 },
};
