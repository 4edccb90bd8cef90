import type { CoverageEntries } from './types';

/** Catalog IDs of 003-3 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '003-3-5-PROBATION-CREDIT': { title: '(HR-adjacent) Sales by a probationer count toward the assigned mentor\'s performance', state: 'not-a-rule', reason: { zh: '人事制度（试用期销售顾问的业绩归带教人），与客户回访无关；该篇其余部分原文被隐藏', en: 'an HR rule (a probationer\'s car sales count for the mentor), not about customer contact; the rest of the section is hidden in the source' } },
};
