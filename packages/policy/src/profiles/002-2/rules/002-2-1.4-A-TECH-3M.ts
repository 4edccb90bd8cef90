import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-A-TECH-3M: the technical department calls on each A dealer at least every 3 months. */
export const rule: RuleInput = {
  id: '002-2-1.4-A-TECH-3M',
  kind: 'gap-cadence',
  title: { zh: 'A级经销商技术部门至少每隔三个月回访一次', en: 'A dealers: a technical-department callback at least every 3 months' },
  short: { zh: 'A级技术3月', en: 'A tech 3 months' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L23', quote: '技术部门至少每隔三月进行一次回访' },
  reading: {
    zh: '"三月"指三个月。间隔规则：下次应回访日 = 上次技术部门成功回访日期加 3 个自然月（月末对齐，如 11-30 加 3 个月为 2 月末）。只计"回访部门"含"技术"的回访，业务员的回访不算；台账没有"回访部门"列时本条无法判断。尚无技术回访的 A 级经销商无从起算，报"无法判断"。第3.2条的罚款针对业务员，技术部门未写罚则，故不计罚款。',
    en: '"三月" is three months. A gap rule: next due = the last successful technical-department contact plus 3 calendar months (clamped to the month end). Only contacts whose department contains 技术 count, not the salesperson\'s; without a department column the rule is indeterminate. An A dealer with no technical contact yet has no day to count from and is reported indeterminate. The 3.2 fine is the salesperson\'s; the document sets none for the technical department.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'A' },
  records: { departments: { include: ['技术'] } },
  params: { gap: 'phase', mode: 'gap', every: 3, unit: 'months' },
};
