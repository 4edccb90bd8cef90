import type { RuleInput } from '../../../profile/schema';

/** 000-2-2-CROSS-REGION: goods are sold only in the region they were shipped to; diversion is fined. */
export const rule: RuleInput = {
  id: '000-2-2-CROSS-REGION',
  kind: 'compare-fields',
  title: { zh: '只允许在指定管理区域内分销，冲窜货扣额度并按货款---倍罚款', en: 'Sell only in the assigned region; diversion (冲窜货) deducted and fined "---" times' },
  short: { zh: '冲窜货', en: 'diversion' },
  modality: 'M',
  citation: { section: '第二篇 医药公司客户管理规定 (二) 冲窜货管理', lines: 'L35', quote: '除扣除相应销售额度及已拨付费用奖金结算外,并处以相应货款---倍可提奖金罚款' },
  reading: {
    zh: '销售流向单上的流向区域须与该经销商的指定区域一致，不一致即冲窜货，每一行算一次。罚款倍数原文是“---”，金额报“未配置”；扣减的销售额度和已拨付的费用奖金由财务按货值计算。“恶意”与否（000-2-4F-MALICIOUS）须人工认定。',
    en: 'The region on the sales-flow line must be the distributor\'s assigned region; a different one is diversion, one instance per line. The fine multiplier is "---" in the source, so the amount is not-configured; the sales volume deducted and the fees and bonuses clawed back are for finance to compute from the goods value. Whether it was malicious (000-2-4F-MALICIOUS) is for a person to judge.',
  },
  fine: { amount: null },
  params: { field: 'soldRegion', must: 'match', other: 'region' },
};
