import type { RuleInput } from '../../../profile/schema';

/** 000-2-4G-COLLECTION-RATIO: collections reach "---%" of the sales target (blank). */
export const rule: RuleInput = {
  id: '000-2-4G-COLLECTION-RATIO',
  kind: 'value-limit',
  title: { zh: '经销商回款达到销售指标的---%以上', en: 'Distributor collections at least "---%" of the sales target' },
  short: { zh: '回款比例', en: 'collection ratio' },
  modality: 'U',
  citation: { section: '第二篇 医药公司客户管理规定 (四) G', lines: 'L43', quote: '且做到回款达到销售指标的---%以上' },
  reading: {
    zh: '每行（一个考核期）回款额 ÷ 销售指标 × 100 不低于规定百分比（“以上”含本数）。百分比原文是“---”，本条报“未配置”，公司填写 minPercent 后即按行检查。按原文以销售指标（不是实际销售额）为基数。',
    en: 'On each row (one assessment period), collections ÷ sales target × 100 is at least the percentage (以上 includes it). The percentage is "---" in the source, so the rule reports not-configured until the company sets minPercent. As written, the base is the sales target, not actual sales.',
  },
  params: { field: 'collected', percentOf: 'salesTarget', minPercent: null },
};
