import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3c (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-3c-GIFT-CLASS-CAPS': { title: 'Gift campaign: classes intent / VIP / key(重点, written 重要 in the table), each with a value cap "Xx元以下" and a quota "X位以内"', state: 'encoded' },
  '001-3c-GIFT-APPROVAL': { title: 'Gift campaign approvals by class: intent customers (counted by a specialist, approved by the department manager); VIP (counted by the customer-service manager, reviewed by the GM); key customers (chosen jointly by the customer-service and marketing managers, verified and approved by the GM)', state: 'encoded' },
};
