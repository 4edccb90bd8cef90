import type { RuleInput } from '../../../profile/schema';

/** 000-3-13-ACCESS: Access to callback material needs the records head's approval. */
export const rule: RuleInput = {
  id: '000-3-13-ACCESS',
  kind: 'precondition',
  title: { zh: '调阅回访资料须经资料管理部门负责人审批', en: 'Access to callback material needs the records head\'s approval' },
  short: { zh: '调阅未审批', en: 'access unapproved' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十三条', lines: 'L117', quote: '公司各部门需要调阅回访资料的,须经资料管理部门负责人审批。如需向监管机构提供回访资料的,还需向理财管理部备案' },
  reading: {
    zh: '调阅登记中每次调阅（“调阅日期”）须在当天或之前经资料管理部门负责人审批（“审批日期”）。向监管机构提供资料另须向理财管理部备案，调阅登记通常不记，未检查。',
    en: 'Each access in the access log must be approved by the records head on or before the access date. Material given to regulators must also be filed with 理财管理部; access logs rarely record that, so it is not checked.',
  },
  params: { action: 'accessAt', requires: 'approvedAt', scope: 'record' },
};
