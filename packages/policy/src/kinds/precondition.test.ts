import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput } from '../profile/schema';
import type { RecordFilter } from '../rule/record-filter';
import { oneRuleProfile } from '../testing/kind-check';
import type { CellValue } from '../table';


function profileWith(params: object, records?: RecordFilter): ProfileInput {
  return oneRuleProfile('precondition', params, records ? { records } : {});
}

async function findings(params: object, header: string[], rows: CellValue[][], records?: RecordFilter) {
  const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, profileWith(params, records), { asOf: '2025-10-15' });
  return report.findings.map((f) => ({ status: f.status, severity: f.severity, row: f.row, messageId: f.messageId, column: f.column }));
}

describe('precondition on the same record (file access needs an approval)', () => {
  const header = ['客户编号', '查阅人', '查阅人部门', '所属部门', '查阅日期', '批准日期', '批准人职务'];
  const params = { action: 'accessAt', requires: 'approvedAt', approver: { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'] } };
  it('approved the same day or earlier, by the right person, passes', async () => {
    const rows = [
      ['C1', '王五', '销售一部', '销售一部', '2025-10-09', '2025-10-09', '部门经理'],
      ['C2', '王五', '销售一部', '销售二部', '2025-10-09', '2025-10-08', '总经理'],
      // No access date: not an access row.
      ['C3', null, null, '销售二部', null, null, null],
    ];
    expect(await findings(params, header, rows)).toEqual([]);
  });
  it('no approval, an approval after the access, and the wrong approver are violations', async () => {
    const rows = [
      ['C1', '王五', '销售一部', '销售一部', '2025-10-09', null, null],
      ['C2', '王五', '销售一部', '销售一部', '2025-10-09', '2025-10-10', '部门经理'],
      ['C3', '王五', '销售一部', '销售二部', '2025-10-09', '2025-10-08', '部门经理'],
    ];
    expect(await findings(params, header, rows)).toEqual([
      { status: 'violation', severity: 'error', row: 2, messageId: 'missing', column: '批准日期' },
      { status: 'violation', severity: 'error', row: 3, messageId: 'after', column: '批准日期' },
      { status: 'violation', severity: 'error', row: 4, messageId: 'wrong-approver', column: '批准人职务' },
    ]);
  });
  it('the exempted owner reading its own customer needs no approval', async () => {
    const h = [...header, '客户经理'];
    const rows = [['C1', '王五', '销售一部', '销售一部', '2025-10-09', null, null, '王五']];
    expect(await findings({ ...params, exemptWhenEqual: ['viewer', 'accountManager'] }, h, rows)).toEqual([]);
  });
  it('without the department columns the dates are still checked, and each missing column is named once', async () => {
    const h = ['客户编号', '查阅日期', '批准日期', '批准人职务'];
    const rows = [
      ['C1', '2025-10-09', null, '部门经理'],
      ['C2', '2025-10-09', '2025-10-01', '部门经理'],
    ];
    expect(await findings(params, h, rows)).toEqual([
      { status: 'indeterminate', severity: 'info', row: null, messageId: 'missing-column', column: '查阅人部门' },
      { status: 'indeterminate', severity: 'info', row: null, messageId: 'missing-column', column: '所属部门' },
      { status: 'violation', severity: 'error', row: 2, messageId: 'missing', column: '批准日期' },
    ]);
  });
});

describe('precondition on the customer (expenses need a registration)', () => {
  const header = ['客户编号', '备案日期', '费用日期', '费用类别', '报销日期'];
  const params = { action: 'expenseAt', requires: 'registeredAt', scope: 'customer', graceUntil: 'reimbursedAt' };
  const records: RecordFilter = { flag: { field: 'expenseType', values: ['招待', '差旅', '礼品'] } };
  it('an expense on or after the registration (on any row of the customer) passes', async () => {
    const rows = [
      ['C1', '2025-09-01', null, null, null],
      ['C1', null, '2025-09-01', '招待', '2025-09-05'],
      ['C1', null, '2025-09-20', '礼品', null],
      // Not one of the listed expense types.
      ['C2', null, '2025-09-20', '办公用品', null],
    ];
    expect(await findings(params, header, rows, records)).toEqual([]);
  });
  it('an unregistered customer, a registration after the expense, and one made up before the claim', async () => {
    const rows = [
      ['C1', null, '2025-09-01', '招待', '2025-09-05'],
      ['C2', '2025-09-10', '2025-09-01', '差旅', '2025-09-05'],
      ['C3', '2025-09-03', '2025-09-01', '差旅', '2025-09-05'],
    ];
    expect(await findings(params, header, rows, records)).toEqual([
      { status: 'violation', severity: 'error', row: 2, messageId: 'missing-customer', column: '备案日期' },
      { status: 'violation', severity: 'error', row: 3, messageId: 'after', column: '备案日期' },
      { status: 'violation', severity: 'warning', row: 4, messageId: 'after-grace', column: '备案日期' },
    ]);
  });
  it('without the registration column, indeterminate once', async () => {
    const rows = [['C1', '2025-09-01', '招待']];
    expect(await findings(params, ['客户编号', '费用日期', '费用类别'], rows, records)).toEqual([
      { status: 'indeterminate', severity: 'info', row: null, messageId: 'missing-column', column: '备案日期' },
    ]);
  });
});
