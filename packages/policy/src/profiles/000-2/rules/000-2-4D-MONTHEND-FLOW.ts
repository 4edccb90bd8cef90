import type { RuleInput } from '../../../profile/schema';

/** 000-2-4D-MONTHEND-FLOW: distributors supply the sales-flow report at each month end. */
export const rule: RuleInput = {
  id: '000-2-4D-MONTHEND-FLOW',
  kind: 'report-schedule',
  title: { zh: '每月底经销商提供产品销售流向单', en: 'Distributors supply the product sales-flow report at each month end' },
  short: { zh: '月底流向单', en: 'monthly flow report' },
  modality: 'M',
  citation: { file: '000_76cb93e03295e223.txt', section: '第二篇 医药公司客户管理规定 (四) D', lines: 'L41', quote: '每月底经销商应积极配合提供公司产品销售流向单' },
  reading: {
    zh: '每个有发货的月份，该经销商（报送单位）的销售流向单须在当月最后一天前报送（“每月底”按字面取月末；目录建议的“次月5日前”可在配置中改）。流向单是检查冲窜货的依据。',
    en: 'For each month with shipments, the distributor (报送单位) supplies the sales-flow report by the last day of that month (每月底 read literally as month end; the catalog\'s "by the 5th of the next month" can be set in the profile). The flow report is what diversion is checked against.',
  },
  params: { due: { every: 'month', days: [31] }, perSubmitter: true, entry: 'reportedAt' },
};
