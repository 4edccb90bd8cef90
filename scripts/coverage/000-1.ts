import type { CoverageEntries } from './types';

/** Catalog IDs of 000-1 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '000-1-2.2A-MONTHLY-MEETING': { title: 'Maintenance-services profile: monthly company work meeting for matters needing top-level coordination', state: 'not-checkable', reason: { zh: '公司内部每月工作例会，不是与顾客的沟通；顾客台账里没有这类行', en: 'an internal monthly company meeting, not a customer contact; a customer ledger has no row for it' } },
};
