import type { RuleInput } from '../../../profile/schema';

/** 003-2-1-MONTHEND-REPORT: 业务部 compiles the monthly service-supervision report at month end. */
export const rule: RuleInput = {
  id: '003-2-1-MONTHEND-REPORT',
  kind: 'report-schedule',
  title: { zh: '业务部月底编制《服务监督报告》上报总经理', en: 'Monthly service-supervision report to the GM at month end' },
  short: { zh: '月底监督报告', en: 'month-end report' },
  modality: 'M',
  citation: { clause: '一、服务监督制度', lines: 'L28', quote: '业务部每月对技术服务执行部门的服务受理、主动维护情况等各项服务工作进行考核,月底编制《服务监督报告》并上报公司总经理' },
  reading: {
    zh: '每月一份，报送时间不晚于当月最后一天（"月底"按自然月末；目录建议的"月末前后 3 个工作日"窗口会让次月初报送也算按时，本规则不放宽）。全公司一份，不按报送人分。应在只登记《服务监督报告》的表上检查，混入周报会被当作月报。',
    en: 'One report a month, submitted by the last calendar day of the month ("月底"; the catalog\'s window of 3 working days either side would let an early-next-month report pass, which this rule does not). One for the company, not per submitter. Check it on a register of these reports only: weekly reports in the same sheet would count as monthly ones.',
  },
  escalateTo: ['总经理'],
  params: { due: { every: 'month', days: [31] }, perSubmitter: false },
};
