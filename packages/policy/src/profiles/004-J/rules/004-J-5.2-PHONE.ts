import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.2-PHONE: order and process queries are clarified by telephone. */
export const rule: RuleInput = {
  id: '004-J-5.2-PHONE',
  kind: 'allowed-values',
  title: { zh: '訂單及工藝疑問以電話與客戶聯絡', en: 'Order and process queries clarified by telephone' },
  short: { zh: '疑問須電話', en: 'queries by phone' },
  modality: 'M',
  citation: { clause: '5.2 / 5.3', lines: 'L321, L323', quote: '由發貨部與客戶進行電話' },
  reading: {
    zh: '5.2（訂單）和 5.3（工藝設計）都寫明“與客戶進行電話聯絡”。聯絡事項含“訂單”或“工藝”的聯絡，方式須為電話；傳真、郵件等記為違規。方式欄空白不作判斷。',
    en: '5.2 (orders) and 5.3 (process design) both say the query is clarified by telephone. A contact whose matter mentions an order or a process must be by phone; fax, e-mail and the like are violations. A blank channel is not judged.',
  },
  records: { callbackTypes: ['訂單', '订单', '工藝', '工艺'] },
  params: { field: 'channel', allowed: ['phone'] },
};
