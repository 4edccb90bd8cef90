import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3b (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-3b-BOOK-5d': { title: 'Important-customer site visit booked at least 5 days in advance', state: 'encoded' },
  '001-3b-UNAUTH-VISIT': { title: 'Taking unapproved visitors on a site tour → treated as leaking trade secrets', state: 'not-checkable', reason: { zh: '无凭证的参观已由 001-3b-PASS 查出；本条只规定按泄密论处，是否“擅自率领”要人工认定', en: 'a visit without a pass is found by 001-3b-PASS; this clause only classes it as leaking trade secrets, and whether someone led it without approval is for a person to establish' } },
  '001-3b-VISITOR-CLASS': { title: 'Visiting customers: ordinary / important / key-account; reception standard by class', state: 'encoded' },
  '001-3b-PASS': { title: 'Site visits: no pass, no visit; unapproved visitors refused; no photography unless specially allowed', state: 'encoded' },
  '001-3b-VISIT-APPROVAL': { title: 'Site visits: visit plan → pass issued by the departments concerned; important customers apply 5 days ahead', state: 'encoded' },
};
