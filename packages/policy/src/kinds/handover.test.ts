import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput, RuleInput } from '../profile/schema';
import type { CellValue } from '../table';

const citation = { file: 'x.txt', section: '1.6', quote: '指派其他员工代替调离员工迅速与客户建立联系' };
const text = { zh: '离职交接', en: 'handover' };

function profileWith(params: object): ProfileInput {
  const rule: RuleInput = { id: '999-1-HANDOVER', kind: 'handover', title: text, short: text, modality: 'M', citation, reading: text, params: params as never };
  return { id: 'test', version: 1, title: text, description: text, source: { file: 'x.txt', section: 's' }, tiers: [], essentialColumns: [], recordsRuleId: rule.id, rules: [rule] };
}

async function findings(params: object, rows: CellValue[][], asOf: string, header = ['客户编号', '客户负责人', '离职日期', '交接日期', '接替人']) {
  const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, parseProfile(profileWith(params)), { asOf });
  return report.findings.map((f) => ({ status: f.status, row: f.row, dueAt: f.dueAt, overdueDays: f.overdueDays, messageId: f.messageId }));
}

const WD5 = { leftAt: 'ownerLeftAt', handedOverAt: 'handedOverAt', successor: 'successor', unit: 'workdays', within: 5 };
const D5 = { ...WD5, unit: 'days' };

describe('handover', () => {
  it('customers whose owner never left need nothing; a handover within the period passes', async () => {
    const rows = [
      ['C1', '张三', null, null, null],
      ['C2', '李四', '2025-09-01', '2025-09-08', '王五'],
      // Handed over before the owner left: fine.
      ['C3', '李四', '2025-09-01', '2025-08-28', '王五'],
    ];
    expect(await findings(WD5, rows, '2025-10-15')).toEqual([]);
  });
  it('still with the departed owner after the period: overdue from the leave date', async () => {
    expect(await findings(D5, [['C1', '李四', '2025-10-01', null, null]], '2025-10-15')).toEqual([
      { status: 'overdue', row: 2, dueAt: '2025-10-06', overdueDays: 9, messageId: 'overdue' },
    ]);
  });
  it('working days skip 国庆 and count the make-up Saturday 2025-10-11', async () => {
    // Left Tue 2025-09-30: 10-01..08 off, then Thu 10-09, Fri 10-10, Sat 10-11 (make-up), Mon 10-13, Tue 10-14.
    expect(await findings(WD5, [['C1', '李四', '2025-09-30', '2025-10-14', '王五']], '2025-10-20')).toEqual([]);
    expect(await findings(WD5, [['C1', '李四', '2025-09-30', '2025-10-15', '王五']], '2025-10-20')).toEqual([
      { status: 'late', row: 2, dueAt: '2025-10-14', overdueDays: 1, messageId: 'late' },
    ]);
  });
  it('working days across 春节 and its make-up Sunday 2025-01-26', async () => {
    // Left Fri 2025-01-24: Sun 01-26 (make-up), Mon 01-27, then 01-28..02-04 off, Wed 02-05, Thu 02-06, Fri 02-07.
    expect(await findings(WD5, [['C1', '李四', '2025-01-24', null, null]], '2025-02-06')).toEqual([
      { status: 'due-soon', row: 2, dueAt: '2025-02-07', overdueDays: undefined, messageId: 'due-soon' },
    ]);
    expect(await findings(WD5, [['C1', '李四', '2025-01-24', '2025-02-07', '王五']], '2025-02-10')).toEqual([]);
    expect(await findings(WD5, [['C1', '李四', '2025-01-24', null, null]], '2025-02-08')).toEqual([
      { status: 'overdue', row: 2, dueAt: '2025-02-07', overdueDays: 1, messageId: 'overdue' },
    ]);
  });
  it('a handover that names no successor is a violation', async () => {
    expect(await findings(WD5, [['C1', '李四', '2025-09-01', '2025-09-03', null]], '2025-10-15')).toEqual([
      { status: 'violation', row: 2, dueAt: undefined, overdueDays: undefined, messageId: 'no-successor' },
    ]);
  });
  it('a log repeating the dates: the second departure needs its own handover', async () => {
    const rows = [
      ['C1', '李四', '2025-03-03', '2025-03-04', '王五'],
      ['C1', '李四', '2025-03-03', '2025-03-04', '王五'],
      ['C1', '王五', '2025-10-01', null, null],
    ];
    expect(await findings(D5, rows, '2025-10-15')).toEqual([{ status: 'overdue', row: 4, dueAt: '2025-10-06', overdueDays: 9, messageId: 'overdue' }]);
  });
  it('a blank period is reported as not configured, once', async () => {
    const rows = [
      ['C1', '李四', '2025-09-01', null, null],
      ['C2', '李四', '2025-09-01', null, null],
    ];
    expect(await findings({ ...D5, within: null }, rows, '2025-10-15')).toEqual([{ status: 'not-configured', row: null, dueAt: undefined, overdueDays: undefined, messageId: 'not-configured' }]);
  });
  it('outside the calendar years: indeterminate', async () => {
    expect(await findings(WD5, [['C1', '李四', '2031-05-06', null, null]], '2031-06-01')).toEqual([
      { status: 'indeterminate', row: 2, dueAt: undefined, overdueDays: undefined, messageId: 'calendar-unknown' },
    ]);
  });
});
