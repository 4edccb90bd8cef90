/** Test helpers for 001-2: the customer record card and its callback log on one sheet. */
import type { CellValue } from '../../table';

export const header = ['客户编号', '客户名称', '工作单位', '职位', '住址', '联系方式', '联系频率', '客户类别', '回访日期', '回访方式', '回访类型', '回访内容', '回访人'];

/** One callback row of a customer; card cells default to a complete card. */
export function row(id: string, at: string | null, cells: { employer?: string; position?: string; address?: string; phone?: string; frequency?: string; tier?: string; channel?: string; type?: string; content?: string } = {}): CellValue[] {
  const c = { employer: '华北机电公司', position: '采购经理', address: '天津市河西区友谊路8号', phone: '13900000001', frequency: '每月一次', tier: '一般', channel: '电话', type: '定期回访', content: '了解设备使用情况和下季度采购计划', ...cells };
  return [id, `客户${id}`, c.employer || null, c.position || null, c.address || null, c.phone || null, c.frequency || null, c.tier || null, at, c.channel || null, c.type || null, c.content || null, '王强'];
}
