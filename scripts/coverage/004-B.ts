import type { CoverageEntries } from './types';

/** Catalog IDs of 004-B (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '004-B-1-24h': { title: 'Try to solve the problem or give a solution within 24 hours', state: 'undecided' },
  '004-B-3-PROTECT': { title: 'Generic: protect customers\' personal information and trade secrets; no access or leakage by unrelated staff', state: 'undecided' },
};
