/** Repair-callback rows for the 002-3 rule tests (test-only). */
import type { CellValue } from '../../table';

export const header = ['客户名称', '客户类别', '维修日期', '回访日期', '回访方式', '回访内容', '回访结果', '客户反映问题', '领导批示日期', '反馈客户日期'];

/** One row: customer, class, repair date, callback date and channel; problem, instruction, feedback. */
export function visit(customer: string, repaired: string | null, at: string | null, more: { tier?: string; channel?: string; question?: string; instructed?: string; fed?: string } = {}): CellValue[] {
  return [customer, more.tier ?? '普通', repaired, at, more.channel ?? '电话', '询问维修后车辆使用情况', '已接通', more.question ?? null, more.instructed ?? null, more.fed ?? null];
}
