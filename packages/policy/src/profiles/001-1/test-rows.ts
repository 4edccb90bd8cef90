/** Test helpers for 001-1: a maintenance work log, one row per task. */
import type { CellValue } from '../../table';
import { ruleTester } from '../../testing/rule-tester';

export const header = ['客户编号', '客户名称', '客户等级', '维护方式', '维护措施', '维护人员', '维护费用预算', '方案审批日期', '维护日期', '完成期限', '完成日期', '上报日期', '归档日期'];

type Cells = { tier?: string; method?: string; measures?: string; staff?: string; budget?: number | string; approved?: string; at?: string; due?: string; done?: string; reported?: string; archived?: string };

/** One task row; unset cells take a complete, on-time default, '' blanks a cell. */
export function row(id: string, cells: Cells = {}): CellValue[] {
  const c: Cells = { tier: 'A', method: '上门拜访', measures: '季度走访，了解设备使用问题', staff: '赵敏', budget: 2000, approved: '2025-09-01', at: '2025-09-10', due: '2025-09-20', done: '2025-09-18', reported: '2025-09-19', archived: '2025-09-22', ...cells };
  const v = (x: string | number | undefined) => (x === '' || x === undefined ? null : x);
  return [id, `客户${id}`, v(c.tier), v(c.method), v(c.measures), v(c.staff), v(c.budget), v(c.approved), v(c.at), v(c.due), v(c.done), v(c.reported), v(c.archived)];
}

/** The one case of a rule whose deadline the document leaves open (及时, 定期): not configured, once. */
export function notConfiguredSuite(ruleId: string): void {
  ruleTester(ruleId, {
    profile: '001-1',
    header,
    valid: [],
    invalid: [
      {
        name: '"promptly" / "periodically" has no number: not configured, once',
        rows: [row('C1'), row('C2', { reported: '', archived: '' })],
        asOf: '2025-10-15',
        findings: [{ status: 'not-configured', severity: 'info', row: null, customer: null }],
      },
    ],
  });
}
