import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.7-PRESHIP: before each shipment, the shipping time and specification are reconfirmed. */
export const rule: RuleInput = {
  id: '004-J-5.7-PRESHIP',
  kind: 'event-window',
  title: { zh: '出貨前與客戶再確認出貨時間和產品規格', en: 'Shipping time and specification reconfirmed with the customer before each shipment' },
  short: { zh: '出貨前確認', en: 'pre-ship check' },
  modality: 'M',
  citation: { file: '004_b18771e288959c8e.txt', section: '客戶溝通管理程序 5.7', lines: 'L331-332', quote: '出貨前,由發貨部與客戶就出貨時間、產品規格進行再確認' },
  reading: {
    zh: '每個出貨時間之前（含出貨當天）須有一次聯絡事項含“出貨”的成功聯絡。制度沒有說提前多久；“再確認”是臨近出貨時的確認，我們取出貨前 7 天內（含當天）；更早的確認不算再確認，同一客戶有多批出貨時每批各須一次。公司可在配置中改這個天數（from）。',
    en: 'Before each shipping time (the shipping day included) there must be a successful contact whose matter mentions shipping (出貨). The document does not say how long before; a re-confirmation is one made close to shipping, so we take the 7 days before shipment (shipping day included); an earlier confirmation is not a re-confirmation, and each shipment of a customer needs its own. A company can change the number of days (from) in its profile.',
  },
  params: { anchor: 'shipAt', unit: 'days', from: -7, to: 0, callbackTypes: ['出貨', '出货'] },
};
