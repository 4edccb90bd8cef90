/** Invitation-register rows for the 003-1 rule tests (test-only). */
import type { CellValue } from '../../table';

export const header = ['顾客编号', '顾客姓名', '联系电话', '事业部', '邀约人', '敲定时间', '会议时间', '投箱时间', '业绩归属'];

/** One invitee row: customer, division, inviter, confirmed, event, handed in, credit. */
export function invitee(id: string, division: string, inviter: string, confirmed: string, event: string, filed: string | null, credit: string | null = null): CellValue[] {
  return [id, `顾客${id}`, '13800000000', division, inviter, confirmed, event, filed, credit];
}
