import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-A-10d: A dealers (年销量 100 台以上) get a salesperson's callback at least every 10 days. */
export const rule: RuleInput = {
  id: '002-2-1.4-A-10d',
  kind: 'gap-cadence',
  title: { zh: 'A级经销商业务员至少每隔10天回访一次', en: 'A dealers: a salesperson callback at least every 10 days' },
  short: { zh: 'A级10天', en: 'A every 10 d' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L23', quote: '年销量在100台以上的客户定义为A级客户,针对此类客户业务员要至少每隔10天进行一次回访' },
  reading: {
    zh: '间隔规则：下次应回访日 = 上次成功回访日期 + 10 天（日历日，按目录推荐把"每隔10天"读作间隔不超过 10 天，而不是字面的第 11 天）。等级取台账记录的等级，台账没有等级时按年销量推定（见 002-2-1.4-DEALER-TIER）。技术部门的回访另有三个月的要求，不计入业务员的 10 天：有"回访部门"列时，部门含"技术"的回访不算。每次逾期按第3.2条罚责任业务员 50 元。',
    en: 'A gap rule: next due = date of the last successful contact + 10 calendar days (following the catalog, "每隔10天" is read as a gap of at most 10 days, not the literal day 11). The tier is the one recorded, else derived from the annual volume (see 002-2-1.4-DEALER-TIER). The technical department has its own 3-month duty and does not count toward the salesperson\'s 10 days: with a department column, contacts by a department containing 技术 are ignored. Each missed due date costs the responsible salesperson 50 yuan (3.2).',
  },
  fine: { amount: 50, payer: '业务员' },
  records: { departments: { except: ['技术'] }, ifColumnMissing: 'pass' },
  params: { gap: 'fixed', tier: 'A', maxGapDays: 10 },
};
