import type { RuleInput } from '../../../profile/schema';

/** 002-5-TYPES: customers are makers or tourists, with different regimes. */
export const rule: RuleInput = {
  id: '002-5-TYPES',
  kind: 'required-fields',
  title: { zh: '客户分创客和游客两类', en: 'Customers are makers (创客) or tourists (游客)' },
  short: { zh: '客户类型', en: 'customer type' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 一、1', lines: 'L82', quote: '客户包含创客以及游客' },
  reading: {
    zh: '每位客户都要标明「客户类型」：创客或游客，两类回访要求不同（游客：使用前提示、用后 3 天、用后 1 个月；创客：每月上门和电话微信）。没标的客户哪条要求都无法套用；写了别的类型报“数据无效”。',
    en: 'Every customer is marked 创客 (maker) or 游客 (tourist) under 客户类型; the two have different callbacks (tourists: pre-use reminder, 3 days and 1 month after use; makers: monthly visits and calls). An unmarked customer fits no regime; any other type is reported as invalid.',
  },
  params: { scope: 'customer', fields: [{ field: 'tier' }] },
};
