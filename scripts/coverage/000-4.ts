import type { CoverageEntries } from './types';

/** Catalog IDs of 000-4 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '000-4-1-EMAIL-REPLY': { title: 'E-mail from a buyer: reply immediately, or tell the buyer when you will reply', state: 'undecided' },
  '000-4-3-PROMISE-KEPT': { title: 'Promises to the customer must be kept', state: 'undecided' },
  '000-4-EXCEL-DIMS': { title: 'E-commerce advice: manage customers in Excel by importance, type, region, transacted or not, contacted or not, contact count', state: 'undecided' },
};
