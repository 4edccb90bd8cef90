import type { CoverageEntries } from './types';

/** Catalog IDs of 003-8 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-8-PRIVACY': { title: 'Customer-service department: protect users\' privacy and personal information; do not leak trade secrets; order staff must not give supplier information to customers', state: 'undecided' },
  '003-8-DAILY-ISSUES': { title: 'Customer-service staff collect and consolidate issues daily; the supervisor\'s annual plan is broken down into quarters or months; order staff report on supply channels periodically', state: 'undecided' },
};
