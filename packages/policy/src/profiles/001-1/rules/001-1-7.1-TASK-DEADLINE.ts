import type { RuleInput } from '../../../profile/schema';

/** 001-1-7.1-TASK-DEADLINE: each maintenance task is completed by its assigned deadline. */
export const rule: RuleInput = {
  id: '001-1-7.1-TASK-DEADLINE',
  kind: 'field-deadline',
  title: { zh: '维护任务在确定的完成期限内完成', en: 'Maintenance tasks completed by their assigned deadline' },
  short: { zh: '任务按期完成', en: 'task on time' },
  modality: 'M',
  citation: { section: '一(二) 7.1 维护工作实施', lines: 'L83', quote: '客户关系主管将维护任务进行分解,分配给相关人员,并确定完成期限' },
  reading: {
    zh: '期限由主管按任务写在“完成期限”里，是数据而不是制度里的数字：完成日期不得晚于完成期限（当天完成算按期）；期限已过仍未填完成日期为逾期。',
    en: 'The deadline is data the supervisor writes per task ("完成期限"), not a number of the document: the completion date must not be after it (finishing on the day is on time); a passed deadline without a completion date is overdue.',
  },
  params: { from: 'dueDate', to: 'completedAt', unit: 'days', within: 0 },
};
