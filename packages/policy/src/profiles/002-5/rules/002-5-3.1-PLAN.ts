import type { RuleInput } from '../../../profile/schema';

/** 002-5-3.1-PLAN: a callback plan with approximate time, content and purpose. */
export const rule: RuleInput = {
  id: '002-5-3.1-PLAN',
  kind: 'required-fields',
  title: { zh: '制订回访计划：大概时间、回访内容、回访目的', en: 'Callback plan: approximate time, content and purpose' },
  short: { zh: '回访计划', en: 'callback plan' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 三、1', lines: 'L90', quote: '包括客户回访的大概时间、回访内容、回访目的等' },
  reading: {
    zh: '每位客户的《客户回访计划》要有计划回访日期和回访目的（回访内容即每次记录的内容）。台账没有计划栏时，本规则报告缺少该列而不作判断。',
    en: 'Each customer\'s callback plan has a planned date and a purpose (the content is each record\'s content). A ledger without plan columns gets an indeterminate finding naming the column.',
  },
  params: { scope: 'customer', fields: [{ field: 'plannedAt' }, { field: 'purpose' }] },
};
