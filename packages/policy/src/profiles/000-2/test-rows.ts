/** Test helpers for 000-2: a distributor shipment and sales-flow ledger. */
import type { CellValue } from '../../table';

export const header = ['经销商编号', '经销商名称', '指定区域', '产品编码', '发货日期', '流向区域', '货值', '报送单位', '流向单报送日期', '退货日期', '退货批准日期', '回款额', '销售指标'];

type Cells = { region?: string; code?: string; shipped?: string; sold?: string; value?: number; reported?: string; returned?: string; approved?: string; collected?: number | string; target?: number | string };

/** One shipment line; '' blanks a cell. */
export function row(id: string, cells: Cells = {}): CellValue[] {
  const c: Cells = { region: '石家庄', code: 'BX2509-0001', shipped: '2025-09-05', sold: '石家庄', value: 12000, reported: '2025-09-29', returned: '', approved: '', collected: '', target: '', ...cells };
  const v = (x: string | number | undefined) => (x === '' || x === undefined ? null : x);
  return [id, `经销商${id}`, v(c.region), v(c.code), v(c.shipped), v(c.sold), v(c.value), `经销商${id}`, v(c.reported), v(c.returned), v(c.approved), v(c.collected), v(c.target)];
}
