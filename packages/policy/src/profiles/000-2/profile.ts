/**
 * Profile 000-2: 第二篇《医药公司客户管理规定》 of 000_76cb93e03295e223.txt (L27-43), a pharma
 * company's distributor rules: box codes, no cross-region diversion, approved returns only,
 * monthly sales-flow reports, and a collection ratio left blank.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile000_2: ProfileInput = {
  id: '000-2',
  version: 1,
  title: { zh: '医药公司客户（经销商）管理规定', en: 'Pharma distributor management rules' },
  description: {
    zh: '医药公司对一级商、代理商的管理：每盒产品有编码记录，只在指定区域分销（冲窜货罚款倍数原文空白），退货须先批准（擅自退货由区域经理和责任人承担货值），每月底提供销售流向单，回款比例（原文空白）须公司配置。适合经销商发货及流向台账。',
    en: 'A pharma company\'s management of first-tier distributors and agents: a code record for every box, sales only in the assigned region (the diversion fine multiplier is blank), returns only once approved (the regional manager and the responsible person bear the value of an unapproved one), a sales-flow report at each month end, and a collection ratio left blank for the company to set. For a distributor shipment and flow ledger.',
  },
  source: { file: '000_76cb93e03295e223.txt', section: '第二篇《医药公司客户管理规定》', lines: 'L27-43' },
  workWeek: [1, 2, 3, 4, 5],
  tiers: [],
  headers: {
    customerId: ['经销商编号', '商业编号', '代理商编号'],
    customerName: ['经销商名称', '一级商', '代理商', '商业公司'],
    contactAt: ['发货日期', '发货时间'],
    reportedAt: ['流向单报送日期', '流向单日期'],
    submitter: ['报送单位', '报送经销商'],
    approvedAt: ['退货批准日期', '批准日期'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '000-2-2-BOX-CODE',
  dueSoonDays: 3,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '000-2-2-BOX-CODE',
    '000-2-2-CROSS-REGION',
    '000-2-3-UNAPPROVED-RETURN',
    '000-2-4D-MONTHEND-FLOW',
    '000-2-4G-COLLECTION-RATIO',
  ]),
};
