import type { CoverageEntries } from './types';

/** Catalog IDs of 004-E (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '004-E-DB': { title: 'Generic: the customer database holds basic information, contact details and service needs (property), or basic information, purchase records and complaint records (customer-service process)', state: 'undecided' },
};
