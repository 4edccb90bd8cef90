import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput } from '../profile/schema';
import type { RecordFilter } from '../rule/record-filter';
import { oneRuleProfile } from '../testing/kind-check';
import { staffCount } from './staff-count';
import type { CellValue } from '../table';


function profileWith(params: object, records?: RecordFilter): ProfileInput {
  return oneRuleProfile('staff-count', params, records ? { records } : {});
}

const header = ['客户编号', '重要程度', '备案日期', '联系日期', '联系内容', '回访人'];
const params = { min: 2, since: 'registeredAt', forMonths: 12 };
const records: RecordFilter = { flag: { field: 'importance', values: ['重要'] } };
async function findings(rows: CellValue[][], asOf = '2025-10-15', p: object = params) {
  const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, parseProfile(profileWith(p, records)), { asOf });
  return report.findings.map((f) => ({ status: f.status, row: f.row, messageId: f.messageId, data: f.data }));
}

describe('staff-count', () => {
  it('two different people (inclusive), or a customer not selected, pass', async () => {
    const rows = [
      ['C1', '重要', '2025-09-01', '2025-09-01', '拜访', '刘洋'],
      ['C1', '重要', null, '2025-09-20', '回访', '王磊'],
      ['C1', '重要', null, '2025-10-01', '回访', '刘洋'],
      ['C2', '一般', '2025-09-01', '2025-09-01', '拜访', '刘洋'],
    ];
    expect(await findings(rows)).toEqual([]);
  });
  it('one person only, counted after the customer stopped being new', async () => {
    const rows = [
      ['C1', '重要', '2024-01-10', '2024-01-10', '拜访', '刘洋'],
      ['C1', '重要', null, '2024-06-20', '回访', ' 刘洋 '],
      // After the 12 new months: does not count.
      ['C1', '重要', null, '2025-03-01', '回访', '王磊'],
    ];
    expect(await findings(rows)).toEqual([{ status: 'violation', row: 4, messageId: 'too-few', data: { count: 1, names: '刘洋', min: 2, until: '新客户期（至 2025-01-10）内', untilEn: 'while new (until 2025-01-10) ' } }]);
  });
  it('a customer not yet registered is not new yet', async () => {
    expect(await findings([['C1', '重要', null, '2025-10-01', '拜访', '刘洋']])).toEqual([]);
  });
});

describe('staff-count: every message', () => {
  // [messageId, rows]: a ledger on which the rule emits it.
  const cases: [string, CellValue[][]][] = [['too-few', [['C1', '重要', '2025-09-01', '2025-09-01', '拜访', '刘洋'], ['C1', '重要', null, '2025-09-20', '回访', '刘洋']]]];
  it.each(cases)('%s', async (id, rows) => expect((await findings(rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(staffCount.messages).sort()));
});
