import type { RuleInput } from '../../../profile/schema';

/** 001-1-6.2-PLAN-APPROVAL: maintenance work starts only on the approved plan. */
export const rule: RuleInput = {
  id: '001-1-6.2-PLAN-APPROVAL',
  kind: 'precondition',
  title: { zh: '维护方案经审核审批后，才能据以开展维护工作', en: 'Maintenance work starts only on the approved plan' },
  short: { zh: '方案先审批', en: 'plan approved first' },
  modality: 'M',
  citation: { section: '一(二) 6.2 审批维护方案', lines: 'L80-81', quote: '客户关系管理人员根据审批通过的维护方案,开展客户维护工作' },
  reading: {
    zh: '每次维护工作（维护日期）当天或之前，该客户的维护方案须已审批（客户的最早审批日期）。审核（客户服务经理）和审批（客户总监）的先后、审批人身份，台账一般只记一个审批日期，不再区分。',
    en: 'On or before each maintenance activity (its date) the customer\'s plan must have been approved (the customer\'s earliest approval date). The review (customer-service manager) before the approval (customer director), and who approved, are usually one approval date in a ledger and are not told apart.',
  },
  params: { action: 'contactAt', requires: 'approvedAt', scope: 'customer' },
};
