import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.1-VIOLATION-REPORT: Monthly violation summary reported. */
export const rule: RuleInput = {
  id: '000-3-4.1-VIOLATION-REPORT',
  kind: 'report-schedule',
  title: { zh: '每月上报违规汇总', en: 'Monthly violation summary reported' },
  short: { zh: '月度违规汇总', en: 'monthly violations' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 1', lines: 'L55-57', quote: '过程中发现的违规问题及时向上级主管报告,同时按月将违规汇总情况上报' },
  reading: {
    zh: '回访质量监管专员须按月上报违规汇总情况（没有违规也报）。文件没有规定日期，按每月最后一天前报送检查；报送登记（报送时间、所属期）不在回访台账中时，本规则报“无法判断”并指出缺少的列。发现违规“及时”上报主管没有时限，不检查。',
    en: 'The QA officer reports a violation summary every month (a nil report too). No day is given: due by the month\'s last day. Without a report log (report time, period) the rule is indeterminate and names the missing column. Reporting each violation "promptly" has no limit and is not checked.',
  },
  params: { due: { every: 'month', days: [31] }, perSubmitter: false },
};
