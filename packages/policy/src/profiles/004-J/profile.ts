/**
 * Profile 004-J: 客戶溝通管理程序 of 004_b18771e288959c8e.txt (L309-350), a Hong Kong / Mainland
 * factory's order-communication procedure in traditional Chinese: order, process, sample,
 * delivery and anomaly queries by telephone and on record, pre-shipment reconfirmation,
 * complaints and satisfaction surveys.
 */
import type { ProfileInput } from '../../profile/schema';
import { inOrder } from '../rule-order';
import { RULES } from './rules';

export const profile004_J: ProfileInput = {
  id: '004-J',
  version: 1,
  title: { zh: '客戶溝通管理程序（工廠訂單溝通）', en: 'Customer communication procedure (factory order communication)' },
  description: {
    zh: '港資工廠發貨部、工程部與客戶的訂單溝通：訂單和工藝疑問以電話聯絡並記錄結果、時間、聯絡人，樣品、交期、異常的溝通留痕，出貨前再確認，投訴單編號和客戶確認，滿意度調查的改善和回覆。適合發貨部的客戶聯絡記錄表（繁體或簡體表頭）。',
    en: 'A Hong Kong-owned factory\'s order communication by the shipping and engineering departments: order and process queries by telephone with result, time and contact person recorded; sample, delivery-date and anomaly contacts on record; reconfirmation before each shipment; complaint-form numbers and customer confirmation; improvements and replies for satisfaction surveys. For the shipping department\'s customer contact log, with traditional or simplified headers.',
  },
  source: { file: '004_b18771e288959c8e.txt', section: '客戶溝通管理程序', lines: 'L309-350' },
  workWeek: [1, 2, 3, 4, 5, 6],
  tiers: [],
  // A column the ledger lacks is named as the form names it (客戶確認日期, not 客户确认日期).
  columnNames: 'profile',
  // Traditional headers: the matcher folds width (NFKC) but not traditional to simplified.
  headers: {
    customerId: ['客戶編號', '客戶代號'],
    customerName: ['客戶名稱', '客戶'],
    orderNo: ['訂單編號', '訂單號', '原始訂單編號'],
    callbackType: ['聯絡事項', '溝通事項', '聯絡類別', '联络事项'],
    contactAt: ['聯絡時間', '聯絡日期', '溝通時間', '联络时间'],
    channel: ['聯絡方式', '溝通方式', '联络方式'],
    content: ['聯絡結果', '溝通情況', '聯絡內容', '联络结果'],
    contactPerson: ['聯絡人', '客戶聯絡人', '联络人'],
    performer: ['經辦人', '溝通人', '負責人'],
    shipAt: ['出貨時間', '出貨日期'],
    formNo: ['單據編號', '投訴單編號', '說明編號', '報告編號'],
    improvement: ['改善情況', '糾正措施', '改善措施'],
    resolution: ['回覆情況', '回復情況'],
    // 處理完畢 (5.8.1) is written where the handling stands, not in the reply to the customer.
    handlingStatus: ['處理狀態', '處理結果', '處理進度', '处理状态'],
    customerConfirmedAt: ['客戶確認日期', '客戶確認'],
  },
  essentialColumns: ['contactAt'],
  recordsRuleId: '004-J-5.2-ORDER-QUERY',
  dueSoonDays: 1,
  // The order of the rules is the order of their findings; each rule is rules/<its ID>.ts.
  rules: /* @__PURE__ */ inOrder(RULES, [
    '004-J-5.2-ORDER-QUERY',
    '004-J-5.2-PHONE',
    '004-J-5.3-PROCESS-QUERY',
    '004-J-5.4-SAMPLE',
    '004-J-5.5-PROD-CHANGE',
    '004-J-5.6-ANOMALY',
    '004-J-5.7-PRESHIP',
    '004-J-5.8.1-COMPLAINT',
    '004-J-5.8.1-XREF',
    '004-J-5.9-SURVEY',
    '004-J-5.9-SURVEY-REPLY',
  ]),
};
