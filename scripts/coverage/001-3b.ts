import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3b (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-3b-BOOK-5d': { title: 'Important-customer site visit booked at least 5 days in advance', state: 'undecided' },
  '001-3b-UNAUTH-VISIT': { title: 'Taking unapproved visitors on a site tour → treated as leaking trade secrets', state: 'undecided' },
  '001-3b-VISITOR-CLASS': { title: 'Visiting customers: ordinary / important / key-account; reception standard by class', state: 'undecided' },
  '001-3b-PASS': { title: 'Site visits: no pass, no visit; unapproved visitors refused; no photography unless specially allowed', state: 'undecided' },
  '001-3b-VISIT-APPROVAL': { title: 'Site visits: visit plan → pass issued by the departments concerned; important customers apply 5 days ahead', state: 'undecided' },
};
