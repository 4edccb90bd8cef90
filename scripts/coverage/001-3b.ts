import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3b (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '001-3b-UNAUTH-VISIT': { title: 'Taking unapproved visitors on a site tour → treated as leaking trade secrets', state: 'not-checkable', reason: { zh: '无凭证的参观已由 001-3b-PASS 查出；本条只规定按泄密论处，是否“擅自率领”要人工认定', en: 'a visit without a pass is found by 001-3b-PASS; this clause only classes it as leaking trade secrets, and whether someone led it without approval is for a person to establish' } },
};
