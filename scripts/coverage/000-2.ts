import type { CoverageEntries } from './types';

/** Catalog IDs of 000-2 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '000-2-2-CROSS-REGION': { title: 'Cross-region diversion (冲窜货): deductions plus a fine of "---" times the withdrawable bonus', state: 'undecided' },
  '000-2-4F-MALICIOUS': { title: 'Malicious diversion by a distributor → cooperation and year-end rebate cancelled', state: 'undecided' },
  '000-2-3-UNAPPROVED-RETURN': { title: 'Goods returned without approval → goods value deducted from the regional manager\'s and the responsible person\'s pay and bonus', state: 'undecided' },
  '000-2-2-BOX-CODE': { title: 'Pharma: every box shipped has a detailed code record', state: 'undecided' },
  '000-2-1-DIST-CRITERIA': { title: 'Pharma: criteria for choosing first-tier distributors and agents', state: 'undecided' },
  '000-2-4G-COLLECTION-RATIO': { title: 'Pharma distributor KPI: both the collection and the sales targets met, and collections ≥ "---%" of the sales target', state: 'undecided' },
  '000-2-4D-MONTHEND-FLOW': { title: 'Pharma: distributors supply the product sales-flow report at each month end', state: 'undecided' },
  '000-2-3-RETURN': { title: 'Returns only for quality defects, transport damage or other sales-affecting conditions; oral report first, then written application, approval before the goods move', state: 'undecided' },
};
