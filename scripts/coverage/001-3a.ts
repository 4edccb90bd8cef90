import type { CoverageEntries } from './types';

/** Catalog IDs of 001-3a (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '001-3a-P>1Y': { title: 'Purchases older than one year: calls as needed (no cadence)', state: 'not-a-rule', reason: { zh: '购买一年以上"根据实际需要"回访，没有频率，不是可检查的要求（有意不检查）。', en: 'Purchases over a year old are called "as actually needed": no frequency, so nothing to check (deliberately not enforced).' } },
  '001-3a-SP-OVERTIME': { title: 'On-site repair exceeding the prescribed time → phone callback', state: 'not-checkable', reason: { zh: '"规定时间"原文空白，且上门维修的起止时间记在维修单上，回访台账没有维修时长。', en: 'The prescribed repair time is blank in the text, and on-site repair start and end times are on the repair order, not in the callback ledger.' } },
  '001-3a-2-SELECTION': { title: 'Phone-callback customer-selection methods: random, low satisfaction, service-needed, relationship-weak', state: 'not-a-rule', reason: { zh: '挑选回访客户的方法（随机、满意度低、需追加服务、关系生疏），是建议，不是要求。', en: 'Methods for choosing whom to call (random, low satisfaction, service needed, weak relationship): advice, not a requirement.' } },
  '001-3a-4-CONTENT': { title: 'Callback content types: explanation, promotion, relationship, mediation, advice, guidance (for new customers)', state: 'not-a-rule', reason: { zh: '回访内容的分类表（解释、宣传、情感、调解、建议、指导），是说明，不是要求。', en: 'A classification of callback content (explanation, promotion, relationship, mediation, advice, guidance): a description, not a requirement.' } },
};
