import type { CoverageEntries } from './types';

/** Catalog IDs of 001-2 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-2-9-DECLARED-FREQ': { title: 'Contact frequency must match the frequency declared on the customer card', state: 'encoded' },
  '001-2-6-ROTATION': { title: 'Rotation visits to all customers combined with targeted visits', state: 'encoded' },
  '001-2-13-ANNUAL-CONF': { title: 'One customer-service conference per year; important customers invited', state: 'encoded' },
  '001-2-14-HOLIDAY-GREET': { title: 'Greetings and a small branded gift on statutory holidays', state: 'encoded' },
  '001-2-15-PERIODIC': { title: 'Periodic customer callbacks to track changing needs (no period given)', state: 'encoded' },
  '001-2-9-CARD': { title: 'Customer record card: name, employer, position, address, contact details, contact frequency; key customers get a separate important-customer card; cards updated as the customer changes', state: 'encoded' },
  '001-2-3-CHANGE-TRACK': { title: 'Maintenance measures adjusted as the customer changes, with a tracking record', state: 'not-checkable', reason: { zh: '措施是否随客户变化而调整是判断；维护措施的变更记录不在客户台账里', en: 'whether the measures followed the customer\'s changes is a judgment, and the log of plan changes is not in a customer ledger' } },
};
