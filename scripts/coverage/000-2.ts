import type { CoverageEntries } from './types';

/** Catalog IDs of 000-2 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '000-2-4F-MALICIOUS': { title: 'Malicious diversion by a distributor → cooperation and year-end rebate cancelled', state: 'not-checkable', reason: { zh: '是否“恶意”冲窜货要人工认定；冲窜货本身由 000-2-2-CROSS-REGION 查出', en: 'whether a diversion was malicious is for a person to judge; the diversion itself is found by 000-2-2-CROSS-REGION' } },
  '000-2-1-DIST-CRITERIA': { title: 'Pharma: criteria for choosing first-tier distributors and agents', state: 'not-checkable', reason: { zh: '选择经销商的条件是定性判断（道德声誉、经营能力、财务能力），没有可核对的标准', en: 'the criteria for choosing distributors are qualitative (reputation, management and financial ability), with no threshold to check against' } },
  '000-2-3-RETURN': { title: 'Returns only for quality defects, transport damage or other sales-affecting conditions; oral report first, then written application, approval before the goods move', state: 'not-checkable', reason: { zh: '退货理由的清单以“其它影响产品销售的状况”结尾，是开放的；口头汇报不留记录。批准在先由 000-2-3-UNAPPROVED-RETURN 检查', en: 'the list of return reasons ends with "other conditions affecting sales", which is open, and the oral report leaves no record; approval before the return is checked by 000-2-3-UNAPPROVED-RETURN' } },
};
