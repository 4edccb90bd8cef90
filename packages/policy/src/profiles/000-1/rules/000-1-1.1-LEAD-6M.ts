import type { RuleInput } from '../../../profile/schema';

/** 000-1-1.1-LEAD-6M: the responsible executive organises customer communication at least every half year. */
export const rule: RuleInput = {
  id: '000-1-1.1-LEAD-6M',
  kind: 'count-per-period',
  title: { zh: '分管领导组织与顾客沟通，至少每半年一次', en: 'Leadership-organised customer communication at least every half year' },
  short: { zh: '领导半年沟通', en: 'leadership half-year' },
  modality: 'M',
  citation: { clause: '1、(1) 公司分管领导职责', lines: 'L5', quote: '组织与顾客的沟通,至少每半年一次' },
  reading: {
    zh: '按自然半年（1-6月、7-12月）计：每位顾客在每个半年内至少有一次沟通类型含“领导”的成功沟通（分管领导组织的座谈、走访等）。与目录推荐的“全公司每半年一次”不同：台账按顾客记录，分管领导组织的一次座谈会在台账中是到会顾客各一行，按顾客检查同样满足，并能发现被遗漏的顾客；只认全公司一次的企业可改为在台账中只记一个“全体顾客”。顾客首次记录所在半年剩余不足 90 天时，该半年不作要求。',
    en: 'Per calendar half-year (January-June, July-December): every customer has at least one successful contact whose type contains 领导 (a meeting or visit organised by the responsible executive) in each half-year. Unlike the catalog\'s company-level reading: the ledger is kept per customer, and one leadership meeting appears as a row for each customer attending, so the per-customer reading is met by such an event too and shows the customers left out; a company that reads it as one company-wide event can keep a single 全体顾客 customer. A first half-year with fewer than 90 days left after the customer\'s first record is exempt.',
  },
  escalateTo: ['分管领导'],
  records: { callbackTypes: ['领导'], ifColumnMissing: 'pass' },
  params: { mode: 'any-channel', period: 'halfyear', min: 1, prorateBelowDays: 90, proratedMin: 0 },
};
