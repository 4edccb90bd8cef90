/** Test helpers for 001-3b: a site-visit register, one row per visit. */
import type { CellValue } from '../../table';

export const header = ['客户编号', '客户名称', '客户分类', '参观人数', '预约申请日期', '参观日期', '参观凭证编号', '凭证办理日期', '接待人'];

/** One visit row; '' blanks a cell. */
export function row(id: string, cells: { tier?: string; people?: number | string; booked?: string; visit?: string; pass?: string; issued?: string } = {}): CellValue[] {
  const c = { tier: '重要客户', people: 12, booked: '2025-10-03', visit: '2025-10-10', pass: 'CG-1010-01', issued: '2025-10-08', ...cells };
  const v = (x: string | number) => (x === '' ? null : x);
  return [id, `客户${id}`, v(c.tier), v(c.people), v(c.booked), v(c.visit), v(c.pass), v(c.issued), '刘洋'];
}
