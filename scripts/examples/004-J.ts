/** The 004-J example: a Hong Kong factory shipping department's customer contact log, traditional headers. */
import type { ExampleLedger } from './types';

// 客戶編號, 客戶名稱, 訂單編號, 聯絡事項, 聯絡時間, 聯絡方式, 聯絡結果, 聯絡人, 經辦人, 出貨時間, 單據編號, 改善情況, 回覆情況, 客戶確認日期, 處理狀態
const rows: ExampleLedger['rows'] = [
  // HK01: order query by phone, process query signed, reconfirmed before shipping: all in order.
  ['HK01', '恆發貿易有限公司', 'PO-25091', '訂單疑問', '2025-09-22 10:15', '電話', '確認數量改為5000件，單價不變', '陳志明', '李美玲', null, null, null, null, null, null],
  ['HK01', '恆發貿易有限公司', 'PO-25091', '工藝疑問', '2025-09-24 14:30', '電話', '印刷顏色按客戶色卡Pantone 286C', '陳志明', '黃國強', null, null, null, null, null, null],
  ['HK01', '恆發貿易有限公司', 'PO-25091', '出貨確認', '2025-10-06 11:00', '電話', '確認10月8日出貨，規格不變', '陳志明', '李美玲', '2025-10-08 09:00', null, null, null, null, null],
  // HK02: the order query went by fax, and the contact person is not recorded.
  ['HK02', '永利五金製品廠', 'PO-25102', '訂單疑問', '2025-09-25 09:40', '傳真', '交貨地址改為觀塘倉', null, '李美玲', null, null, null, null, null, null],
  ['HK02', '永利五金製品廠', 'PO-25102', '樣品確認', '2025-09-29 16:00', '電話', '客戶確認第二版樣品，可以量產', '何小姐', '黃國強', null, null, null, null, null, null],
  ['HK02', '永利五金製品廠', 'PO-25102', '出貨確認', '2025-10-13 10:20', '電話', '確認10月15日出貨兩個貨櫃', '何小姐', '李美玲', '2025-10-15 08:00', null, null, null, null, null],
  // SZ01: shipped on 10 October with no reconfirmation; a delivery change without the order number.
  ['SZ01', '深圳宏達電子', 'PO-25088', '交期變更', '2025-09-26 15:10', '電話', '客戶同意交期延後至10月10日', '林先生', '李美玲', '2025-10-10 09:00', null, null, null, null, null],
  ['SZ01', '深圳宏達電子', null, '生產疑問', '2025-10-02 11:30', '電話', '包裝箱尺寸改小，客戶同意', '林先生', '李美玲', null, null, null, null, null, null],
  // SZ02: a complaint marked 處理完畢 but never confirmed by the customer; a survey improvement not replied.
  ['SZ02', '東莞新星塑膠', 'PO-25075', '客戶投訴', '2025-09-15 10:00', '傳真', '客戶投訴外箱破損12箱', '張經理', '李美玲', null, 'TS-2509-03', '加厚外箱並改用護角', null, null, '處理完畢'],
  ['SZ02', '東莞新星塑膠', null, '滿意度調查', '2025-09-30 14:00', '郵件', '調查表回傳：交期評分偏低', '張經理', '李美玲', null, null, '生產排期提前三天鎖定', null, null, null],
  // SZ03: a return without its complaint-form number; an anomaly not tied to a report.
  ['SZ03', '廣州明輝包裝', 'PO-25097', '退貨', '2025-10-09 09:30', '電話', '客戶退回300件，印刷偏色', '吳小姐', '李美玲', null, null, null, null, null, '處理中'],
  ['SZ03', '廣州明輝包裝', 'PO-25097', '來料異常', '2025-10-10 15:45', '電話', '客供紙板受潮，客戶同意補料', '吳小姐', '黃國強', null, null, null, null, null, null],
  // HK03: a complaint handled and confirmed, a survey answered: in order.
  ['HK03', '大中華文具', 'PO-25060', '客戶抱怨', '2025-09-08 11:00', '電話', '包裝標籤錯印', '鄭先生', '李美玲', null, 'TS-2509-01', '出貨前加標籤覆核', null, '2025-09-16', '處理完畢'],
  ['HK03', '大中華文具', null, '滿意度調查', '2025-09-20 10:00', '傳真', '調查表回傳：整體滿意', '鄭先生', '李美玲', null, null, '維持現行做法', '9月22日電話致謝並告知', null, null],
  // HK04: the next shipment is tomorrow and not yet reconfirmed.
  ['HK04', '新興電器貿易', 'PO-25110', '訂單疑問', '2025-10-08 10:00', '電話', '確認型號及包裝方式', '梁小姐', '李美玲', '2025-10-16 09:00', null, null, null, null, null],
];

export const example: ExampleLedger = {
  file: '004-J-factory-orders',
  sheet: '客戶聯絡記錄',
  title: ['發貨部客戶聯絡記錄表', '說明：聯絡結果、聯絡時間、聯絡人須注明；訂單及工藝疑問以電話聯絡；出貨前與客戶再確認出貨時間及產品規格。'],
  header: ['客戶編號', '客戶名稱', '訂單編號', '聯絡事項', '聯絡時間', '聯絡方式', '聯絡結果', '聯絡人', '經辦人', '出貨時間', '單據編號', '改善情況', '回覆情況', '客戶確認日期', '處理狀態'],
  types: { 4: 'datetime', 9: 'datetime', 13: 'date' },
  widths: [9, 16, 11, 11, 17, 9, 30, 9, 9, 17, 12, 22, 20, 13, 11],
  rows,
};
