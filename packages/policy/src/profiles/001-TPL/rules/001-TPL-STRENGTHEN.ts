import type { RuleInput } from '../../../profile/schema';

/** 001-TPL-STRENGTHEN: each reinforcement measure has a responsible person and a schedule. */
export const rule: RuleInput = {
  id: '001-TPL-STRENGTHEN',
  kind: 'required-fields',
  title: { zh: '客户关系强化表：强化措施须有本公司负责人和时间安排', en: 'Relationship reinforcement sheet: each measure has a responsible person and a schedule' },
  short: { zh: '强化表齐全', en: 'reinforcement sheet' },
  modality: 'M',
  citation: { section: '二(四) 客户关系强化表', lines: 'L177-191', quote: '客户关系强化措施' },
  reading: {
    zh: '强化表按总经理、副总经理、部门经理、部门主管各一行填写本公司相关负责人、客户关系强化措施、时间安排。只在表上有“客户关系强化措施”一列时检查（其他表单这一列缺失，报一次“无法判断”）；按目录：每一条措施（填了措施的每一行）都须写明自己的负责人和时间安排，不能由同一客户另一行的负责人或时间代替。',
    en: 'The sheet has a row per executive level (GM, deputy GM, department manager, department head) with the responsible person, the reinforcement measure and the schedule. Checked on a sheet with the measures column (on other forms the missing column is reported once as indeterminate); as the catalog says, each measure (every row with a measure) names its own responsible person and schedule; another row of the same customer does not stand in for it.',
  },
  records: { filled: ['improvement'] },
  params: { scope: 'row', fields: [{ field: 'performer' }, { field: 'schedule' }] },
};
