import type { CoverageEntries } from './types';

/** Catalog IDs of 001-2 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '001-2-3-CHANGE-TRACK': { title: 'Maintenance measures adjusted as the customer changes, with a tracking record', state: 'not-checkable', reason: { zh: '措施是否随客户变化而调整是判断；维护措施的变更记录不在客户台账里', en: 'whether the measures followed the customer\'s changes is a judgment, and the log of plan changes is not in a customer ledger' } },
};
