import type { CoverageEntries } from './types';

/** Catalog IDs of 000-5 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '000-5-3-FINE-50': { title: 'Restaurant: any breach of the information-collection rules → 50元 per instance', state: 'not-a-rule', reason: { zh: '处罚条款：作为每条 000-5 规则的 50 元罚款（fine）计入，不单独检查', en: 'the penalty clause: carried as the 50元 fine of every 000-5 rule, not a check of its own' } },
  '000-5-4-LEADERS': { title: 'Restaurant: the GM, the front-office manager and the marketing manager carry leadership responsibility for customer information collection', state: 'not-a-rule', reason: { zh: '领导责任：作为各规则的上报对象（escalateTo：前厅经理、市场部经理、酒店总经理）', en: 'leadership responsibility: carried as the rules\' escalateTo roles (前厅经理, 市场部经理, 酒店总经理)' } },
};
