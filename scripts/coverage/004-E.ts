import type { CoverageEntries } from './types';

/** Catalog IDs of 004-E (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '004-E-DB': { title: 'Generic: the customer database holds basic information, contact details and service needs (property), or basic information, purchase records and complaint records (customer-service process)', state: 'not-a-rule', reason: { zh: '通用客服流程文章里的一句描述，不是某家公司的制度；同样的要求在 004-A-2-DB 中已实现', en: 'a sentence of a generic essay on service processes, not a company\'s regulation; the same requirement is encoded as 004-A-2-DB' } },
};
