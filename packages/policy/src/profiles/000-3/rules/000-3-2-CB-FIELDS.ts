import type { RuleInput } from '../../../profile/schema';

/** 000-3-2-CB-FIELDS: Required content of a callback record. */
export const rule: RuleInput = {
  id: '000-3-2-CB-FIELDS',
  kind: 'required-fields',
  title: { zh: '回访记录必备内容', en: 'Required content of a callback record' },
  short: { zh: '记录内容不全', en: 'record incomplete' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第二条', lines: 'L47', quote: '回访记录包含但不限于以下几项内容:回访时间、回访人员、回访对象、回访方式、回访内容、存在的问题和处理结果等' },
  reading: {
    zh: '每一条接通的回访记录须填写回访时间、回访人员、回访对象（客户）、回访方式、回访内容、存在的问题和处理结果。没有问题时“存在的问题”“处理结果”须写“无”，空白即违规（目录推荐）。未接通的拨打记录只需时间、人员、方式和情况，见 000-3-12.3-INVALID-LOG。回访时间和客户缺失时整行无法读取，另报“数据无效”。',
    en: 'Every reached callback record must state time, performer, customer, method, content, problems found and handling result. With no problem, 存在的问题 and 处理结果 say 无; a blank cell is a breach (the catalog\'s recommendation). Unanswered attempts need only time, performer, method and circumstances: see 000-3-12.3-INVALID-LOG. A row without time or customer is reported as invalid data.',
  },
  records: { outcome: 'reached' },
  params: { scope: 'contact', fields: [{ field: 'performer' }, { field: 'channel' }, { field: 'content' }, { field: 'openQuestion' }, { field: 'resolution' }] },
};
