import type { RuleInput } from '../../../profile/schema';

/** 000-2-4D-MONTHEND-FLOW: distributors supply the sales-flow report at each month end. */
export const rule: RuleInput = {
  id: '000-2-4D-MONTHEND-FLOW',
  kind: 'report-schedule',
  title: { zh: '每月底经销商提供产品销售流向单', en: 'Distributors supply the product sales-flow report at each month end' },
  short: { zh: '月底流向单', en: 'monthly flow report' },
  modality: 'M',
  citation: { section: '第二篇 医药公司客户管理规定 (四) D', lines: 'L41', quote: '每月底经销商应积极配合提供公司产品销售流向单' },
  reading: {
    zh: '按目录建议：每位经销商每个有发货的自然月一份销售流向单，次月 5 日 24:00 前收到（“每月底”提供，流向要等月末才完整，按次月 5 日前收到读）；一家经销商的流向单不能代替另一家。经销商由「报送单位」列认定，没有时由写明经销商的客户列（经销商名称/编号、代理商、商业公司）认定；台账没有标明报送经销商的列时报“无法判断”，不拿一份流向单代表所有经销商。未报送的报告写明是哪家经销商，列在该经销商名下，指向它当月最后一条发货记录。流向单是检查冲窜货的依据。',
    en: 'As the catalog recommends: one sales-flow report per distributor for each calendar month with shipments, received by 24:00 on the 5th of the next month ("at each month end": the flow is complete only once the month is, so it is read as received by the 5th); one distributor\'s report does not stand for another\'s. The distributor comes from 报送单位, else from a customer column that names distributors (经销商名称/编号, 代理商, 商业公司); a ledger without a column naming the reporting distributor is indeterminate, never one report standing for all. A missing report names its distributor, is listed under it and points at its last shipment row of that month. The flow report is what diversion is checked against.',
  },
  params: {
    due: { every: 'month', days: [31] },
    graceDays: 5,
    perSubmitter: true,
    entry: 'reportedAt',
    by: { fields: ['submitter', 'customerName', 'customerId'], headerWords: ['经销商', '代理商', '一级商', '商业', '报送'], areCustomers: true },
  },
};
