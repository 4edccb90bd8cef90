import type { RuleInput } from '../../../profile/schema';

/** 003-2-7-FAILURE-FIELDS: what a failure notice and the failure analysis report hold. */
export const rule: RuleInput = {
  id: '003-2-7-FAILURE-FIELDS',
  kind: 'required-fields',
  title: { zh: '故障须记录时间、地点、现象、处理预案，并有故障分析报告', en: 'A failure records time, place, symptoms, contingency plan, and gets an analysis report' },
  short: { zh: '故障记录', en: 'failure record' },
  modality: 'M',
  citation: { clause: '七、故障报告制度', lines: 'L64', quote: '将故障的发生时间、地点、现象、处理预案传递至业务签单人员和分管经理' },
  reading: {
    zh: '有「故障发生时间」的项目，须在其任一行记下故障地点、故障现象、处理预案和故障分析报告（影响、处理情况、原因、纠正预防措施，写在一栏即可）。故障结束前分析报告可以暂缺，但台账不记结束时间时无从区分，按应有检查。',
    en: 'A project with a failure time records, on any of its rows, the place, the symptoms, the contingency plan and the failure analysis report (impact, handling, cause, corrective and preventive actions, in one column). The report may wait until the failure ends, but ledgers do not record the end, so it is required.',
  },
  records: { filled: ['failureAt'] },
  params: { scope: 'customer', fields: [{ field: 'failurePlace' }, { field: 'failureSymptom' }, { field: 'contingencyPlan' }, { field: 'failureAnalysis' }] },
};
