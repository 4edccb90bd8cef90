import type { RuleInput } from '../../../profile/schema';

/** 001-1-7.1-ARCHIVE: maintenance material is archived promptly. */
export const rule: RuleInput = {
  id: '001-1-7.1-ARCHIVE',
  kind: 'field-deadline',
  title: { zh: '维护资料及时归档', en: 'Maintenance material archived promptly' },
  short: { zh: '资料及时归档', en: 'archived' },
  modality: 'U',
  citation: { section: '一(二) 7.1 维护工作实施', lines: 'L86', quote: '根据公司资料的管理规定,将资料及时归档处理' },
  reading: {
    zh: '从任务完成（完成日期）到归档（归档日期）。“及时”没有数字，所引的公司资料管理规定也没有提供，本条报“未配置”，直到公司填写期限（within）。',
    en: 'From task completion (完成日期) to archiving (归档日期). "Promptly" has no number and the company records rules it refers to are not provided, so the rule reports not-configured until the company sets the deadline (within).',
  },
  params: { from: 'completedAt', to: 'archivedAt', unit: 'workdays', within: null },
};
