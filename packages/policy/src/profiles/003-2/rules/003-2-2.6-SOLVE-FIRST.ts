import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.6-SOLVE-FIRST: solve first, but the work-contact form still follows. */
export const rule: RuleInput = {
  id: '003-2-2.6-SOLVE-FIRST',
  kind: 'first-responder',
  title: { zh: '先解决问题后补交工作联络单', en: 'Solve first, then file the work-contact form' },
  short: { zh: '补工作联络单', en: 'work form filed' },
  modality: 'M',
  citation: { clause: '二、第6条；九、服务信息内外部沟通制度', lines: 'L42, L72', quote: '第一责任者有权先解决客户问题后提交工作联络单' },
  reading: {
    zh: '先解决、后交单是允许的，但单子要交：已办结（有办结时间）的来询须有工作联络单（编号）。补交期限文件没有给（不检查时间），只查办结后有没有。',
    en: 'Solving first and filing later is allowed, but the form must follow: a closed inquiry (with a closing time) carries its work-contact form (number). The document gives no deadline for it, so only its presence is checked.',
  },
  records: { filled: ['closedAt'] },
  params: { check: 'recorded', field: 'workForm' },
};
