import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.7-PRESHIP: before each shipment, the shipping time and specification are reconfirmed. */
export const rule: RuleInput = {
  id: '004-J-5.7-PRESHIP',
  kind: 'event-window',
  title: { zh: '出貨前與客戶再確認出貨時間和產品規格', en: 'Shipping time and specification reconfirmed with the customer before each shipment' },
  short: { zh: '出貨前確認', en: 'pre-ship check' },
  modality: 'M',
  citation: { clause: '5.7', lines: 'L331-332', quote: '出貨前,由發貨部與客戶就出貨時間、產品規格進行再確認' },
  reading: {
    zh: '每個出貨時間之前（含出貨當天）須有一次聯絡事項含“出貨”的成功聯絡。制度沒有說提前多久，我們不替公司編一個天數：在該客戶上一批出貨之後、這一批出貨當天結束之前的任何一次“出貨”聯絡，都算這一批的再確認（目錄：聯絡時間早於出貨時間）；同一客戶有多批出貨時每批各須一次，上一批之前的確認是上一批的。出貨當天的聯絡都算（只有日期的出貨時間看不出先後）。上一版取“出貨前 7 天內”，是自己加的數字，會把提前 8 天的確認報成沒確認，已改。',
    en: 'Each shipping time needs, before it (the shipping day included), a successful contact whose matter mentions shipping (出貨). The document says nothing about how long before, and we do not invent a number of days: any shipping contact after the customer\'s previous shipment and by the end of this shipment\'s day is this shipment\'s reconfirmation (the catalog: contact time before shipping time); with several shipments each needs its own, and one made before the previous shipment is that one\'s. Any contact on the shipping day counts (a shipping date without a time cannot be ordered). An earlier version took "within 7 days before shipping", a number of our own that reported a confirmation 8 days ahead as missing; that is gone.',
  },
  records: { callbackTypes: ['出貨', '出货'], ifColumnMissing: 'pass' },
  params: { anchor: 'shipAt', unit: 'days', windows: [{ from: -3660, to: 0 }], sincePrevious: true },
};
