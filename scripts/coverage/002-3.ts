import type { CoverageEntries } from './types';

/** Catalog IDs of 002-3 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '002-3-1-MONTHLY-REPAIRED': { title: 'Every month: call back repaired customers and customers absent for several months', state: 'encoded' },
  '002-3-5-ESCALATE': { title: 'After-sales: problems that cannot be answered on the spot → written up for the supervising leader\'s instructions; the result goes back to the customer', state: 'encoded' },
  '002-3-1-SPECIAL': { title: 'After-sales: "special customers" get individual visits; customers "absent for several months" get callbacks', state: 'encoded' },
};
