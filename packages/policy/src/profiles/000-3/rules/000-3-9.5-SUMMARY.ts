import type { RuleInput } from '../../../profile/schema';

/** 000-3-9.5-SUMMARY: The callback summary names the customer. */
export const rule: RuleInput = {
  id: '000-3-9.5-SUMMARY',
  kind: 'required-fields',
  title: { zh: '回访记录汇总表须有客户姓名', en: 'The callback summary names the customer' },
  short: { zh: '汇总表缺客户姓名', en: 'summary: no name' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第九条 5', lines: 'L95', quote: '详细记录客户姓名、回访时间、回访方式、回访内容等关键信息' },
  reading: {
    zh: '《客户回访记录汇总表》须记录客户姓名、回访时间、回访方式、回访内容。时间、方式、内容已由 000-3-2-CB-FIELDS 检查（不重复报告），本规则检查每条回访都写了客户姓名（只有客户编号不够）。',
    en: 'The summary form records customer name, time, method and content. Time, method and content are checked by 000-3-2-CB-FIELDS (not reported twice); this rule checks that each callback names the customer (a number alone is not enough).',
  },
  params: { scope: 'contact', fields: [{ field: 'customerName' }] },
};
