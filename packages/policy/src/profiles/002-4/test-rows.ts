/** Callback-form rows for the 002-4 rule tests (test-only). */
import type { CellValue } from '../../table';

export const header = ['客户名称', '业务员', '马总审核日期', '回访日期', '回访方式', '回访内容', '回访结果', '客户问题', '解决情况', '发送马总日期', '抽查日期', '监督岗'];

/** One callback row; the rest of the columns default to a clean record. */
export function call(customer: string, at: string, more: { by?: string; channel?: string; outcome?: string; sent?: string | null; approved?: string | null; question?: string; solved?: string; audited?: string; auditor?: string; content?: string } = {}): CellValue[] {
  return [customer, more.by ?? '张三', more.approved === undefined ? '2025-09-01' : more.approved, at, more.channel ?? '电话', more.content ?? '介绍冬季新品和订货政策', more.outcome === undefined ? '已接通' : more.outcome || null, more.question ?? null, more.solved ?? null, more.sent === undefined ? null : more.sent, more.audited ?? null, more.auditor ?? null];
}
