import type { CoverageEntries } from './types';

/** Catalog IDs of 000-4 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '000-4-1-EMAIL-REPLY': { title: 'E-mail from a buyer: reply immediately, or tell the buyer when you will reply', state: 'not-a-rule', reason: { zh: '外贸电子商务沟通技巧文章中的建议（“第一时间回复”），不是公司制度', en: 'advice in an article on export e-commerce communication ("reply at once"), not a company regulation' } },
  '000-4-3-PROMISE-KEPT': { title: 'Promises to the customer must be kept', state: 'not-a-rule', reason: { zh: '同一篇建议文章中的态度要求（“不轻易承诺”），不是制度', en: 'an attitude recommended in the same advice article ("do not promise lightly"), not a regulation' } },
  '000-4-EXCEL-DIMS': { title: 'E-commerce advice: manage customers in Excel by importance, type, region, transacted or not, contacted or not, contact count', state: 'not-a-rule', reason: { zh: '建议用 Excel 按重要程度、类型、区域等筛选客户，是管理技巧，不是义务', en: 'a tip to sort customers in Excel by importance, type, region and so on: a technique, not an obligation' } },
};
