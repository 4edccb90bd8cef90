import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3a (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '001-3a-INSTALL': { title: 'Installation/commissioning finished → phone callback on installer satisfaction', state: 'encoded' },
  '001-3a-P+1w': { title: 'Purchase + 1 week → phone callback (usage habits, questions)', state: 'encoded' },
  '001-3a-P+4-6M': { title: 'Purchase + 4–6 months → phone callback on product running status', state: 'encoded' },
  '001-3a-P+10-12M': { title: 'Purchase + 10–12 months → phone callback offering on-site inspection/maintenance', state: 'encoded' },
  '001-3a-P>1Y': { title: 'Purchases older than one year: calls as needed (no cadence)', state: 'not-a-rule', reason: { zh: '购买一年以上"根据实际需要"回访，没有频率，不是可检查的要求（有意不检查）。', en: 'Purchases over a year old are called "as actually needed": no frequency, so nothing to check (deliberately not enforced).' } },
  '001-3a-SP-REPAIR-3-5d': { title: 'Repair completed → phone callback 3–5 days later to confirm the fix', state: 'encoded' },
  '001-3a-SP-WRITTEN-COMPLAINT': { title: 'Written complaint (letter, e-mail) with contact details → prompt phone callback to confirm the issue', state: 'encoded' },
  '001-3a-SP-PROPOSAL': { title: 'Proposal mailed in by the customer → phone callback acknowledging receipt with thanks', state: 'encoded' },
  '001-3a-SP-DISPATCH': { title: 'Repair technician dispatched → phone callback giving the technician\'s contact details', state: 'encoded' },
  '001-3a-SP-OVERTIME': { title: 'On-site repair exceeding the prescribed time → phone callback', state: 'not-checkable', reason: { zh: '"规定时间"原文空白，且上门维修的起止时间记在维修单上，回访台账没有维修时长。', en: 'The prescribed repair time is blank in the text, and on-site repair start and end times are on the repair order, not in the callback ledger.' } },
  '001-3a-5.6-TRACK-CARD': { title: 'After each phone callback, fill in the user follow-up service card promptly', state: 'encoded' },
  '001-3a-2-SELECTION': { title: 'Phone-callback customer-selection methods: random, low satisfaction, service-needed, relationship-weak', state: 'not-a-rule', reason: { zh: '挑选回访客户的方法（随机、满意度低、需追加服务、关系生疏），是建议，不是要求。', en: 'Methods for choosing whom to call (random, low satisfaction, service needed, weak relationship): advice, not a requirement.' } },
  '001-3a-4-CONTENT': { title: 'Callback content types: explanation, promotion, relationship, mediation, advice, guidance (for new customers)', state: 'not-a-rule', reason: { zh: '回访内容的分类表（解释、宣传、情感、调解、建议、指导），是说明，不是要求。', en: 'A classification of callback content (explanation, promotion, relationship, mediation, advice, guidance): a description, not a requirement.' } },
};
