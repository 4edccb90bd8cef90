import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.3-SPECIAL-PLAN: Special callbacks only after HQ approves the plan. */
export const rule: RuleInput = {
  id: '000-3-8.3-SPECIAL-PLAN',
  kind: 'precondition',
  title: { zh: '专项回访须先经总部理财管理部审批计划', en: 'Special callbacks only after HQ approves the plan' },
  short: { zh: '专项回访无审批', en: 'special plan unapproved' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第八条 3', lines: 'L89', quote: '回访计划上报总部理财管理部审批后备案并开始执行专项回访' },
  reading: {
    zh: '投诉回访、重要业务确认、解约回访和专项回访指令的回访，须在回访当天或之前有总部理财管理部审批的回访计划（“计划审批日期”）。',
    en: 'Complaint, important-matter, termination and HQ-ordered callbacks need a plan approved by HQ 理财管理部 on or before the callback day (the plan approval date).',
  },
  records: { callbackTypes: ['专项', '投诉', '重要业务', '协议变更', '解约'] },
  params: { action: 'contactAt', requires: 'approvedAt', scope: 'record' },
};
