import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.5-FILE-ACCESS: reading a customer file needs the department manager's or the GM's approval. */
export const rule: RuleInput = {
  id: '003-7-1.5-FILE-ACCESS',
  kind: 'precondition',
  title: { zh: '查阅客户档案须经批准（本部门经部门经理，非本部门经总经理）', en: 'Customer files read only with approval (own department: its manager; other departments: the GM)' },
  short: { zh: '查阅须批准', en: 'access approved' },
  modality: 'M',
  citation: { clause: '1.5客户档案查阅 第1、2款', lines: 'L160-162', quote: '本业务部门客户档案,经部门经理批准后,可以进行查阅 … 非本业务部门客户档案,经总经理批准后,可以进行查阅' },
  reading: {
    zh: '每条查阅记录（有查阅日期的行）须有批准日期，且不晚于查阅日期；查阅人部门与客户所属部门相同时批准人须为经理（部门经理，总经理亦可），不同时须为总经理（副总经理不是总经理）。按目录推荐，客户负责人查阅自己负责的客户不需批准（字面上也要批准；公司可去掉 exemptWhenEqual）。',
    en: 'Each access row (with an access date) needs an approval dated on or before it; when the viewer\'s department owns the customer the approver must be a manager (the department manager; the GM also will do), otherwise the general manager (a deputy GM is not the GM). Following the catalog, the customer\'s own owner needs no approval (literally it does; remove exemptWhenEqual to apply it).',
  },
  params: {
    action: 'accessAt',
    requires: 'approvedAt',
    approver: { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'], except: ['副总经理'] },
    exemptWhenEqual: ['viewer', 'accountManager'],
  },
};
