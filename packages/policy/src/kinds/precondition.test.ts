import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput } from '../profile/schema';
import type { RecordFilter } from '../rule/record-filter';
import { parseProfile } from '../profile/load';
import { findingsOfKind, oneRuleProfile } from '../testing/kind-check';
import { precondition, preconditionParams } from './precondition';
import type { CellValue } from '../table';


function profileWith(params: object, records?: RecordFilter): ProfileInput {
  return oneRuleProfile('precondition', params, records ? { records } : {});
}

async function findings(params: object, header: string[], rows: CellValue[][], records?: RecordFilter) {
  const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, parseProfile(profileWith(params, records)), { asOf: '2025-10-15' });
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

describe('precondition: every message', () => {
  const CLASSES: Partial<ProfileInput> = {
    tiers: [
      { code: 'P', label: { zh: '意向客户', en: 'intent customer' } },
      { code: 'K', label: { zh: '重点客户', en: 'key customer' } },
    ],
    tierSynonyms: { 意向客户: 'P', 重点客户: 'K' },
  };
  const access = { action: 'accessAt', requires: 'approvedAt', approver: { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'] } };
  const accessHeader = ['客户编号', '查阅人', '查阅人部门', '所属部门', '查阅日期', '批准日期', '批准人职务'];
  const expense = { action: 'expenseAt', requires: 'registeredAt', scope: 'customer', graceUntil: 'reimbursedAt' };
  const expenseHeader = ['客户编号', '备案日期', '费用日期', '报销日期'];
  const gift = { action: 'giftAt', requires: 'approvedAt', approverByTier: { field: 'approverRole', roles: { P: ['部门经理'], K: ['总经理'] }, except: ['副总经理'] } };
  const giftHeader = ['客户编号', '客户类别', '赠送日期', '批准日期', '批准人职务'];
  // [messageId, params, header, rows]: a ledger on which the rule emits it (as of 2025-10-15).
  const cases: [string, object, string[], CellValue[][]][] = [
    ['missing', access, accessHeader, [['C1', '王五', '销售一部', '销售一部', '2025-10-09', null, '部门经理']]],
    ['after', access, accessHeader, [['C1', '王五', '销售一部', '销售一部', '2025-10-09', '2025-10-10', '部门经理']]],
    ['wrong-approver', access, accessHeader, [['C1', '王五', '销售一部', '销售二部', '2025-10-09', '2025-10-09', '部门经理']]],
    ['missing-customer', expense, expenseHeader, [['C1', null, '2025-10-09', null]]],
    ['after-grace', expense, expenseHeader, [['C1', '2025-10-10', '2025-10-09', '2025-10-12']]],
    ['wrong-tier-approver', gift, giftHeader, [['C1', '重点客户', '2025-10-09', '2025-10-08', '副总经理']]],
    ['tier-unknown', gift, giftHeader, [['C1', null, '2025-10-09', '2025-10-08', '总经理']]],
  ];
  it.each(cases)('%s', async (id, params, header, rows) => {
    expect((await findingsOfKind('precondition', params, header, rows, '2025-10-15', CLASSES)).map((f) => f.messageId)).toEqual([id]);
  });
  it('the role its class calls for passes', async () => {
    const rows = [['C1', '重点客户', '2025-10-09', '2025-10-08', '总经理'], ['C2', '意向客户', '2025-10-09', '2025-10-08', '部门经理']];
    expect(await findingsOfKind('precondition', gift, giftHeader, rows, '2025-10-15', CLASSES)).toEqual([]);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(precondition.messages).sort()));

  it('validate: every class the approver roles name is one of the profile\'s tiers', () => {
    const profile = parseProfile(oneRuleProfile('precondition', gift, {}, CLASSES));
    const check = (roles: object) => precondition.validate!(preconditionParams.parse({ ...gift, approverByTier: { ...gift.approverByTier, roles } }), profile);
    expect(check({ P: ['部门经理'], K: ['总经理'] })).toEqual([]);
    expect(check({ P: ['部门经理'], Z: ['总经理'] })).toEqual([{ path: ['approverByTier', 'roles', 'Z'], message: "Z is not one of the profile's tiers (P/K)", zh: 'Z 不是本配置的客户等级之一（P/K）' }]);
    expect(precondition.validate!(preconditionParams.parse(access), profile)).toEqual([]);
  });
});
