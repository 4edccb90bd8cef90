import type { RuleInput } from '../../../profile/schema';

/** 002-4-5.2-VERIFY: the audit post makes three spot-check calls on each salesperson's list. */
export const rule: RuleInput = {
  id: '002-4-5.2-VERIFY',
  kind: 'report-schedule',
  title: { zh: '监督岗每名业务员的客户名单抽查三个电话', en: 'Three spot-check calls on each salesperson\'s customer list' },
  short: { zh: '抽查3个', en: '3 spot checks' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第四篇《客户回访制度》五、2', lines: 'L74-75', quote: '每名业务的客户名单,监督岗必须打三个电话抽查' },
  reading: {
    zh: '按目录建议：每位业务员每个自然月至少 3 次抽查电话（“三个”读作至少三个），以台账的「抽查日期」计，当月最后一天 24:00 前不足 3 次即违规；从该业务员第一条回访所在月起算。业务员名下不足 3 位客户时应全部抽查，台账若客户不足 3 位请人工判断。检查电子文件真实性、向客户核实是否回访过，结果看抽查记录本身。',
    en: 'As the catalog recommends: at least 3 spot-check calls per salesperson per calendar month ("three" read as at least three), counted by 抽查日期; fewer by 24:00 of the month\'s last day is a breach, from the month of the salesperson\'s first callback. A salesperson with fewer than 3 customers needs all of them checked; judge such cases by hand. Whether the e-files are genuine and what customers confirmed is in the spot-check records themselves.',
  },
  params: { due: { every: 'month', days: [31] }, perSubmitter: true, entry: 'auditedAt', min: 3 },
};
