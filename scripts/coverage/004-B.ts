import type { CoverageEntries } from './types';

/** Catalog IDs of 004-B (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '004-B-3-PROTECT': { title: 'Generic: protect customers\' personal information and trade secrets; no access or leakage by unrelated staff', state: 'not-checkable', reason: { zh: '谁查看或泄露了客户信息不在台账里，要靠系统的访问控制和日志', en: 'who viewed or leaked customer data is not in a ledger; it needs access control and access logs' } },
};
