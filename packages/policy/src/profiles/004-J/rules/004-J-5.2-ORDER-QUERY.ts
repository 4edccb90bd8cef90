import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.2-ORDER-QUERY: an order query is recorded with its order, result and contact person. */
export const rule: RuleInput = {
  id: '004-J-5.2-ORDER-QUERY',
  kind: 'required-fields',
  title: { zh: '訂單疑問聯絡須注明聯絡結果、聯絡時間、聯絡人', en: 'Order queries recorded with result, time and contact person' },
  short: { zh: '訂單聯絡記錄', en: 'order query record' },
  modality: 'M',
  citation: { clause: '5.2', lines: 'L321-322', quote: '并注明聯絡結果、聯絡時間、聯絡人' },
  reading: {
    zh: '聯絡事項含“訂單”的每一行聯絡記錄須填寫訂單編號（記錄在客戶原始訂單中）、聯絡結果和聯絡人；聯絡時間即該行的聯絡時間，沒有時間的行不算一次聯絡。無法識別的單元格也歸於本條，記為“無效”。',
    en: 'Every contact row whose matter (聯絡事項) mentions an order needs the order number (it is recorded on the original order), the result and the contact person; the contact time is the row\'s own time, and a row without one is not a contact. Unreadable cells fall under this clause too, as invalid.',
  },
  records: { callbackTypes: ['訂單', '订单'] },
  params: { scope: 'contact', fields: [{ field: 'orderNo' }, { field: 'content' }, { field: 'contactPerson' }] },
};
