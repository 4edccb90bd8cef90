import type { CoverageEntries } from './types';

/** Catalog IDs of 004-A (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '004-A-3-EXAMPLE': { title: 'Property management: example cadences (monthly phone callback, quarterly meeting)', state: 'encoded' },
  '004-A-4-POST-RESOLUTION': { title: 'Issue solved → follow-up callback to confirm', state: 'encoded' },
  '004-A-2-DB': { title: 'Generic: the customer database holds basic information, contact details and service needs (property), or basic information, purchase records and complaint records (customer-service process)', state: 'encoded' },
};
