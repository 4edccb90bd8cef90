import type { RuleInput } from '../../../profile/schema';

/** 001-1-7.2-PERIODIC: maintenance progress is reported to the supervisor periodically. */
export const rule: RuleInput = {
  id: '001-1-7.2-PERIODIC',
  kind: 'field-deadline',
  title: { zh: '客户关系专员定期汇报维护工作推行情况', en: 'Maintenance progress reported to the supervisor periodically' },
  short: { zh: '定期汇报', en: 'progress reported' },
  modality: 'U',
  citation: { section: '一(二) 7.2 维护工作监督', lines: 'L88', quote: '客户关系专员定期将维护工作推行情况向客户服务主管汇报' },
  reading: {
    zh: '每项完成的维护任务（完成日期）应在一个汇报周期内报给主管（上报日期）。“定期”没有周期，主管“及时编制《客户关系维护报告》”也没有期限，本条报“未配置”，直到公司填写期限（within）。',
    en: 'Each completed maintenance task (完成日期) is reported to the supervisor (上报日期) within one reporting period. "Periodically" gives no period, nor does the supervisor\'s "prompt" maintenance report, so the rule reports not-configured until the company sets the deadline (within).',
  },
  params: { from: 'completedAt', to: 'reportedAt', unit: 'days', within: null },
};
