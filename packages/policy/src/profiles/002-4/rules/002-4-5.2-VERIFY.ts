import type { RuleInput } from '../../../profile/schema';

/** 002-4-5.2-VERIFY: the audit post makes three spot-check calls on each salesperson's list. */
export const rule: RuleInput = {
  id: '002-4-5.2-VERIFY',
  kind: 'report-schedule',
  title: { zh: '监督岗每名业务员的客户名单抽查三个电话', en: 'Three spot-check calls on each salesperson\'s customer list' },
  short: { zh: '抽查3个', en: '3 spot checks' },
  modality: 'M',
  citation: { clause: '五、2', lines: 'L74-75', quote: '每名业务的客户名单,监督岗必须打三个电话抽查' },
  reading: {
    zh: '按目录建议：每位业务员每个自然月至少抽查 3 位客户（“三个电话”读作至少三个，以台账的「抽查日期」计，同一客户抽查多次只算一位），当月最后一天 24:00 前不足即违规；从该业务员第一条回访所在月起算。业务员名单上不足 3 位客户时，应抽查全部客户（名单按该月月底前他回访过的客户计）。业务员由「报送人」列、否则由「业务员」列认定，两列都没有时报“无法判断”。不足的报告列在该业务员名下，指向他当月最后一条回访记录；连续几个月不足合为一条，指向其中最后一个月。检查电子文件真实性、向客户核实是否回访过，结果看抽查记录本身。',
    en: 'As the catalog recommends: at least 3 customers spot-checked per salesperson per calendar month ("three calls" read as at least three, counted by 抽查日期, a customer checked twice counting once); fewer by 24:00 of the month\'s last day is a breach, from the month of the salesperson\'s first callback. A salesperson with fewer than 3 customers on the list needs all of them checked (the list: the customers he called back by the end of that month). The salesperson comes from 报送人, else 业务员; without either the rule is indeterminate. A shortfall is listed under the salesperson and points at his last callback row of the month; months short in a row are one finding, pointing at the last of them. Whether the e-files are genuine and what customers confirmed is in the spot-check records themselves.',
  },
  params: { due: { every: 'month', days: [31] }, perSubmitter: true, entry: 'auditedAt', min: 3, by: { fields: ['submitter', 'performer'] }, sampleOfList: true },
};
