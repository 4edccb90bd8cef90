/** Test helpers for 004-J: the shipping department's contact log, traditional headers. */
import type { CellValue } from '../../table';

export const header = ['客戶編號', '客戶名稱', '訂單編號', '聯絡事項', '聯絡時間', '聯絡方式', '聯絡結果', '聯絡人', '經辦人', '出貨時間', '單據編號', '改善情況', '回覆情況', '客戶確認日期', '處理狀態'];

/** One contact row; unset cells are blank. */
export function row(matter: string, at: string, cells: { order?: string; channel?: string; result?: string; person?: string; staff?: string; ship?: string; form?: string; improvement?: string; reply?: string; confirmed?: string; status?: string; customer?: string } = {}): CellValue[] {
  const c = { order: 'PO-2501', channel: '電話', result: '客戶確認按原規格生產', person: '陳生', staff: '李小姐', ...cells };
  return [c.customer ?? 'HK01', '恆發貿易', c.order ?? null, matter, at, c.channel ?? null, c.result ?? null, c.person ?? null, c.staff ?? null, c.ship ?? null, c.form ?? null, c.improvement ?? null, c.reply ?? null, c.confirmed ?? null, c.status ?? null];
}
