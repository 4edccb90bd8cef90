import type { RuleInput } from '../../../profile/schema';

/** 000-3-10-UNRESOLVED: Open issues followed up and the outcome reported to the client. */
export const rule: RuleInput = {
  id: '000-3-10-UNRESOLVED',
  kind: 'open-question',
  title: { zh: '回访发现的问题须跟进并向客户反馈结果', en: 'Open issues followed up and the outcome reported to the client' },
  short: { zh: '问题未反馈', en: 'issue not answered' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十条 1', lines: 'L103', quote: '回访中发现的尚未解决的客户问题、建议等由回访专员负责汇总整理,提交至相关部门作进一步跟进处理,并及时向客户反馈问题处理结果' },
  reading: {
    zh: '回访记录中“存在的问题”有内容而“处理结果”空白的，最迟在该客户下一次成功回访时须写明处理结果（向客户反馈）。“及时”没有天数，以下一次回访为界。',
    en: 'A record with a problem found and no handling result must have its result (the answer to the client) by the client\'s next successful callback at the latest; 及时 has no number, so the next callback is the limit.',
  },
  params: {},
};
