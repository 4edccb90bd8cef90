import type { CoverageEntries } from './types';

/** Catalog IDs of 003-3 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-3-5-PROBATION-CREDIT': { title: '(HR-adjacent) Sales by a probationer count toward the assigned mentor\'s performance', state: 'undecided' },
};
