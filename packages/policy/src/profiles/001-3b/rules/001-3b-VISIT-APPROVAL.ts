import type { RuleInput } from '../../../profile/schema';

/** 001-3b-VISIT-APPROVAL: the pass is issued before the visit. */
export const rule: RuleInput = {
  id: '001-3b-VISIT-APPROVAL',
  kind: 'precondition',
  title: { zh: '参观计划报相关部门办理参观凭证后方可参观', en: 'Visit plan reported and the pass issued before the visit' },
  short: { zh: '凭证先办理', en: 'pass issued first' },
  modality: 'M',
  citation: { clause: '四、1', lines: 'L278', quote: '接待人员首先要将参观计划报相关部门办理参观凭证' },
  reading: {
    zh: '凭证办理（核准）日期须在参观日期当天或之前。没有办理日期的参观也记违规（未经核准的参观人员一律拒绝参观）。',
    en: 'The pass is issued (approved) on or before the visit date. A visit with no issue date is a breach too (unapproved visitors are refused).',
  },
  params: { action: 'contactAt', requires: 'approvedAt', scope: 'record' },
};
