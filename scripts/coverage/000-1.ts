import type { CoverageEntries } from './types';

/** Catalog IDs of 000-1 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '000-1-1.1-LEAD-6M': { title: 'Leadership-organised customer communication at least every half year', state: 'encoded' },
  '000-1-3.2-INQ-24h': { title: 'Customer inquiry → response within 24 hours at the latest (首问负责制)', state: 'encoded' },
  '000-1-2.2A-MEETING-REC': { title: 'Meeting-based communication must be recorded and kept (no period)', state: 'encoded' },
  '000-1-3.2-ISSUE-REC': { title: 'Handling process and customer feedback for important inquiries recorded and kept at 技术业务部', state: 'encoded' },
  '000-1-3.2-IMPORTANT': { title: 'Important inquiry issues → recorded and reported promptly to 技术业务部, which leads the handling', state: 'encoded' },
  '000-1-1-OWNERSHIP': { title: 'Customer communication is owned (归口) by 技术部; contract issues with customers go through 技术部; other functions cooperate', state: 'encoded' },
  '000-1-2.2A-MONTHLY-MEETING': { title: 'Maintenance-services profile: monthly company work meeting for matters needing top-level coordination', state: 'not-checkable', reason: { zh: '公司内部每月工作例会，不是与顾客的沟通；顾客台账里没有这类行', en: 'an internal monthly company meeting, not a customer contact; a customer ledger has no row for it' } },
  '000-1-4-CONTRACT-CHANGE': { title: 'Contract change during maintenance → communicate with the customer until agreement; revise under the contract-review procedure', state: 'encoded' },
};
