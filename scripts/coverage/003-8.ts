import type { CoverageEntries } from './types';

/** Catalog IDs of 003-8 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '003-8-PRIVACY': { title: 'Customer-service department: protect users\' privacy and personal information; do not leak trade secrets; order staff must not give supplier information to customers', state: 'not-checkable', reason: { zh: '保护隐私、不泄露商业机密和供应商信息，台账看不到谁泄露了什么', en: 'protecting privacy and not disclosing trade secrets or supplier data: a ledger does not show who disclosed what' } },
  '003-8-DAILY-ISSUES': { title: 'Customer-service staff collect and consolidate issues daily; the supervisor\'s annual plan is broken down into quarters or months; order staff report on supply channels periodically', state: 'not-a-rule', reason: { zh: '客服部岗位职责描述（每日整理问题、年度计划分解到季度或月），没有台账记录可查', en: 'job descriptions of the customer-service department (collect issues daily, break the annual plan into quarters or months), with no ledger record to check' } },
};
