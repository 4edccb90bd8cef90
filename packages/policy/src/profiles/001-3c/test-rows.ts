/** Test helpers for 001-3c: a gift register, one row per gift. */
import type { CellValue } from '../../table';

export const header = ['客户编号', '客户名称', '客户分类', '礼品名称', '礼品金额', '赠送日期', '审批日期', '审批人'];

/** One gift row; '' blanks a cell. */
export function row(id: string, cells: { tier?: string; value?: number | string; given?: string; approved?: string; approver?: string } = {}): CellValue[] {
  const c = { tier: 'VIP客户', value: 300, given: '2025-09-28', approved: '2025-09-20', approver: '总经理', ...cells };
  const v = (x: string | number) => (x === '' ? null : x);
  return [id, `客户${id}`, v(c.tier), '定制茶具', v(c.value), v(c.given), v(c.approved), v(c.approver)];
}
