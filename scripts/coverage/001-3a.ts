import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3a (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-3a-INSTALL': { title: 'Installation/commissioning finished → phone callback on installer satisfaction', state: 'undecided' },
  '001-3a-P+1w': { title: 'Purchase + 1 week → phone callback (usage habits, questions)', state: 'undecided' },
  '001-3a-P+4-6M': { title: 'Purchase + 4–6 months → phone callback on product running status', state: 'undecided' },
  '001-3a-P+10-12M': { title: 'Purchase + 10–12 months → phone callback offering on-site inspection/maintenance', state: 'undecided' },
  '001-3a-P>1Y': { title: 'Purchases older than one year: calls as needed (no cadence)', state: 'undecided' },
  '001-3a-SP-REPAIR-3-5d': { title: 'Repair completed → phone callback 3–5 days later to confirm the fix', state: 'undecided' },
  '001-3a-SP-WRITTEN-COMPLAINT': { title: 'Written complaint (letter, e-mail) with contact details → prompt phone callback to confirm the issue', state: 'undecided' },
  '001-3a-SP-PROPOSAL': { title: 'Proposal mailed in by the customer → phone callback acknowledging receipt with thanks', state: 'undecided' },
  '001-3a-SP-DISPATCH': { title: 'Repair technician dispatched → phone callback giving the technician\'s contact details', state: 'undecided' },
  '001-3a-SP-OVERTIME': { title: 'On-site repair exceeding the prescribed time → phone callback', state: 'undecided' },
  '001-3a-5.6-TRACK-CARD': { title: 'After each phone callback, fill in the user follow-up service card promptly', state: 'undecided' },
  '001-3a-2-SELECTION': { title: 'Phone-callback customer-selection methods: random, low satisfaction, service-needed, relationship-weak', state: 'undecided' },
  '001-3a-4-CONTENT': { title: 'Callback content types: explanation, promotion, relationship, mediation, advice, guidance (for new customers)', state: 'undecided' },
};
