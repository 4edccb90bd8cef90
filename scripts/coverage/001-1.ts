import type { CoverageEntries } from './types';

/** Catalog IDs of 001-1 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '001-1-4.1-INFO-SOURCES': { title: 'Information the specialist must collect: customer communications, callback records, reception records, complaint records, others', state: 'not-a-rule', reason: { zh: '列举专员应收集的信息来源（沟通、回访、接待、投诉记录），说明台账有哪些表，不是可检查的义务', en: 'lists the information sources a specialist gathers (communications, callbacks, receptions, complaints): which sheets exist, not a checkable duty' } },
  '001-1-5.2-RATING': { title: 'Customer grading: the relationship supervisor grades customers by the company standard plus the evaluation result; the specialist records it', state: 'not-checkable', reason: { zh: '分级标准和关系评估结果在台账之外；台账只看得到等级本身（见 001-1-KP1-TIER-IN-FILE）', en: 'the grading standard and the evaluation behind a grade are outside the ledger; only the grade itself is visible (001-1-KP1-TIER-IN-FILE)' } },
};
