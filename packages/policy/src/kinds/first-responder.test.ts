import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput } from '../profile/schema';
import type { RecordFilter } from '../rule/record-filter';
import { oneRuleProfile } from '../testing/kind-check';
import { firstResponder } from './first-responder';
import type { CellValue } from '../table';


function profileWith(params: object, records?: RecordFilter): ProfileInput {
  return oneRuleProfile('first-responder', params, records ? { records } : {});
}

const header = ['客户名称', '事项编号', '来询时间', '首问人', '办结人', '移交对象', '移交时间', '办结时间'];
async function findings(params: object, rows: CellValue[][], h = header, records?: RecordFilter) {
  const report = await evaluate({ sheet: 's', rows: [h, ...rows] }, parseProfile(profileWith(params, records)), { asOf: '2025-10-15' });
  return report.findings.map((f) => ({ status: f.status, row: f.row, column: f.column, messageId: f.messageId }));
}

describe('first-responder: recorded', () => {
  it('each inquiry names its first receiver; rows without an inquiry time are not inquiries', async () => {
    const rows = [
      ['甲公司', 'W1', '2025-10-09 09:10', '张三', '张三', null, null, '2025-10-09 10:00'],
      ['甲公司', null, null, null, null, null, null, null],
      ['乙公司', 'W2', '2025-10-09 11:00', null, '李四', null, null, null],
    ];
    expect(await findings({ check: 'recorded' }, rows)).toEqual([{ status: 'violation', row: 4, column: '首问人', messageId: 'missing' }]);
  });
});

describe('first-responder: recorded, another field, on selected rows', () => {
  it('a closed inquiry must carry its work-contact form; open ones need not yet', async () => {
    const h = ['客户名称', '来询时间', '首问人', '办结时间', '工作联络单'];
    const rows = [
      ['甲公司', '2025-10-09 09:10', '张三', '2025-10-09 10:00', 'LL-001'],
      ['乙公司', '2025-10-09 09:10', '张三', null, null],
      ['丙公司', '2025-10-09 09:10', '张三', '2025-10-10 10:00', null],
    ];
    expect(await findings({ check: 'recorded', field: 'workForm' }, rows, h, { filled: ['closedAt'] })).toEqual([{ status: 'violation', row: 4, column: '工作联络单', messageId: 'missing' }]);
  });
});

describe('first-responder: transfer', () => {
  it('closed by the first receiver, or by another after a registered transfer, passes', async () => {
    const rows = [
      ['甲公司', 'W1', '2025-10-09 09:10', '张三', '张三', null, null, '2025-10-09 10:00'],
      ['乙公司', 'W2', '2025-10-09 11:00', '张三', '李四', '李四', '2025-10-09 11:20', '2025-10-10 09:00'],
      // Not closed yet: nothing to say.
      ['丙公司', 'W3', '2025-10-09 11:00', '张三', null, null, null, null],
    ];
    expect(await findings({ check: 'transfer' }, rows)).toEqual([]);
  });
  it('closed by someone else with no transfer, or a transfer without its time', async () => {
    const rows = [
      ['甲公司', 'W1', '2025-10-09 09:10', '张三', '李四', null, null, '2025-10-09 10:00'],
      ['乙公司', 'W2', '2025-10-09 11:00', '张三', '李四', '李四', null, '2025-10-10 09:00'],
    ];
    expect(await findings({ check: 'transfer' }, rows)).toEqual([
      { status: 'violation', row: 2, column: '移交对象', messageId: 'untransferred' },
      { status: 'violation', row: 3, column: '移交时间', messageId: 'transfer-incomplete' },
    ]);
  });
});

describe('first-responder: repeat', () => {
  it('a second call about a matter already closed, or about another matter, passes', async () => {
    const rows = [
      ['甲公司', 'W1', '2025-10-09 09:10', '张三', '张三', null, null, '2025-10-09 10:00'],
      ['甲公司', 'W1', '2025-10-10 09:00', '张三', '张三', null, null, null],
      ['甲公司', 'W2', '2025-10-09 09:30', '张三', null, null, null, null],
    ];
    expect(await findings({ check: 'repeat' }, rows)).toEqual([]);
  });
  it('the customer calls again before the matter is closed (closing time on a later row)', async () => {
    const rows = [
      ['甲公司', 'W1', '2025-10-09 09:10', '张三', null, null, null, null],
      ['甲公司', 'W1', '2025-10-09 15:00', '李四', '张三', null, null, '2025-10-10 09:00'],
      ['甲公司', 'W1', '2025-10-11 09:00', '李四', null, null, null, null],
    ];
    expect(await findings({ check: 'repeat' }, rows)).toEqual([{ status: 'violation', row: 3, column: '来询时间', messageId: 'repeat' }]);
  });
  it('without a matter number it cannot tell: indeterminate once', async () => {
    const h = ['客户名称', '来询时间', '首问人'];
    expect(await findings({ check: 'repeat' }, [['甲公司', '2025-10-09 09:10', '张三']], h)).toEqual([{ status: 'indeterminate', row: null, column: '事项编号', messageId: 'missing-column' }]);
  });
});

describe('first-responder: every message', () => {
  // [messageId, params, rows]: a ledger on which the rule emits it.
  const cases: [string, object, CellValue[][]][] = [
    ['missing', { check: 'recorded' }, [['甲公司', 'Q1', '2025-10-09 09:10', null, null, null, null, null]]],
    ['untransferred', { check: 'transfer' }, [['甲公司', 'Q1', '2025-10-09 09:10', '张三', '李四', null, null, '2025-10-10 10:00']]],
    ['transfer-incomplete', { check: 'transfer' }, [['甲公司', 'Q1', '2025-10-09 09:10', '张三', '李四', '李四', null, '2025-10-10 10:00']]],
    ['repeat', { check: 'repeat' }, [['甲公司', 'Q1', '2025-10-09 09:10', '张三', null, null, null, null], ['甲公司', 'Q1', '2025-10-10 09:10', '张三', null, null, null, null]]],
  ];
  it.each(cases)('%s', async (id, params, rows) => expect((await findings(params, rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(firstResponder.messages).sort()));
});
