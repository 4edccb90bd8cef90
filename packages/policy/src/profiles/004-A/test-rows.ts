/** Test helpers for 004-A: an owner communication log. */
import type { CellValue } from '../../table';

export const header = ['房号', '业主姓名', '联系电话', '服务需求', '沟通频次', '回访时间', '回访方式', '回访内容', '解决时间'];

/** One contact row; '' blanks a cell. */
export function row(id: string, at: string, cells: { phone?: string; needs?: string; frequency?: string; channel?: string; content?: string; closed?: string } = {}): CellValue[] {
  const c = { phone: '13700000001', needs: '电梯维保', frequency: '', channel: '电话', content: '询问物业服务意见，业主反映楼道灯不亮', closed: '', ...cells };
  const v = (x: string) => (x === '' ? null : x);
  return [id, `业主${id}`, v(c.phone), v(c.needs), v(c.frequency), at, v(c.channel), v(c.content), v(c.closed)];
}
