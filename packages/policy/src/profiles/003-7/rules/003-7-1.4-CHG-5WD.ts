import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.4-CHG-5WD: changes to a registered customer reported within 5 working days. */
export const rule: RuleInput = {
  id: '003-7-1.4-CHG-5WD',
  kind: 'field-deadline',
  title: { zh: '客户变动5个工作日内反馈市场推广部', en: 'Changes to a registered customer reported within 5 working days' },
  short: { zh: '变动5日反馈', en: 'change 5 WD' },
  modality: 'M',
  citation: { clause: '1.4客户备案 第2款', lines: 'L156', quote: '已备案客户的最新变动情况,业务部门均须在5个工作日内向市场推广部反馈,并填写《客户信息维护表》' },
  reading: {
    zh: '每一行的「变动日期」（业务部门得知变动之日，目录推荐：以首次记下该变动的日期为准）起，「变动反馈日期」（填写《客户信息维护表》之日）须不晚于第 5 个工作日（变动当日不计；国庆、春节放假日不算，调休上班日算）。',
    en: 'From each row\'s change date (when the department learned of it; per the catalog, the date the change is first written down), the change-reported date (the maintenance form) must be no later than the 5th working day after it (the change day not counted; 国庆 and 春节 holidays skipped, make-up days counted).',
  },
  escalateTo: ['市场推广部'],
  params: { from: 'changedAt', to: 'changeReportedAt', unit: 'workdays', within: 5 },
};
