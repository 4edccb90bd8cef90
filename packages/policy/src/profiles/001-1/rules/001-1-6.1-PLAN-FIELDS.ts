import type { RuleInput } from '../../../profile/schema';

/** 001-1-6.1-PLAN-FIELDS: the maintenance plan states method, measures, staff and budget. */
export const rule: RuleInput = {
  id: '001-1-6.1-PLAN-FIELDS',
  kind: 'required-fields',
  title: { zh: '维护方案包括维护方式、维护措施、维护人员、维护费用预算', en: 'Maintenance plan: method, measures, staff, cost budget' },
  short: { zh: '维护方案齐全', en: 'plan complete' },
  modality: 'M',
  citation: { section: '一(二) 6.1 制定维护方案', lines: 'L78', quote: '其中应包括维护方式、维护措施、维护人员、维护费用预算等部分内容' },
  reading: {
    zh: '每位客户的维护方案（任一行）须写明维护方式、维护措施、维护人员和维护费用预算。措施是否“可行、节约”是判断，不检查。',
    en: 'Each customer\'s maintenance plan (on any row) states the method, the measures, the staff and the cost budget. Whether the measures are "feasible and economical" is a judgment and is not checked.',
  },
  params: { scope: 'customer', fields: [{ field: 'callbackType' }, { field: 'improvement' }, { field: 'performer' }, { field: 'budget' }] },
};
