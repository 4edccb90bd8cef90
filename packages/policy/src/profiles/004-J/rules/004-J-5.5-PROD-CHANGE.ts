import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.5-PROD-CHANGE: production queries and delivery-date changes recorded on the order. */
export const rule: RuleInput = {
  id: '004-J-5.5-PROD-CHANGE',
  kind: 'required-fields',
  title: { zh: '生產疑問或交期變更的聯絡結果記錄在原始訂單及交貨計劃表中', en: 'Production queries and delivery-date changes recorded on the order and delivery plan' },
  short: { zh: '交期變更記錄', en: 'delivery change record' },
  modality: 'M',
  citation: { clause: '5.5', lines: 'L327-328', quote: '由發貨部與客戶聯絡,并將聯…絡結果記錄在客戶原始訂單及<交貨計劃表>中' },
  reading: {
    zh: '聯絡事項含“交期”或“生產”的聯絡須填寫訂單編號（對應原始訂單和交貨計劃表）和聯絡結果。交貨計劃表本身不在聯絡台賬裡，無法核對。',
    en: 'A contact whose matter mentions a delivery date or production needs the order number (linking the original order and the delivery plan) and the result. The delivery plan itself is not in a contact ledger and cannot be checked.',
  },
  records: { callbackTypes: ['交期', '生產', '生产'] },
  params: { scope: 'contact', fields: [{ field: 'orderNo' }, { field: 'content' }] },
};
