import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../profile/schema';
import { findingsOfKind } from '../testing/kind-check';
import { retention } from './retention';

const header = ['客户编号', '录入时间', '销毁日期', '生日'];
const run = (params: object, rows: (string | null)[][], rule: Partial<RuleInput> = {}) => findingsOfKind('retention', params, header, rows, '2026-10-15', {}, rule);

describe('retention', () => {
  const oneYear = { date: 'recordedAt', years: 1, deletedField: 'deletedAt' };
  it('kept through the same day a year later (inclusive); destroyed on it is early', async () => {
    const rows = [
      ['C1', '2024-03-05', '2025-03-06', null],
      ['C2', '2024-03-05', '2025-03-05', null],
      ['C3', '2024-03-05', null, null],
    ];
    expect(await run(oneYear, rows)).toMatchObject([
      { row: 3, status: 'violation', messageId: 'destroyed-early', column: '销毁日期', data: { keepUntil: '2025-03-05', deleted: '2025-03-05', period: '1年' }, explain: { keepUntil: '2025-03-05' } },
    ]);
  });
  it('a month-end start keeps to the month end (29 Feb + 1 year = 28 Feb)', async () => {
    const rows = [['C1', '2024-02-29', '2025-02-28', null], ['C2', '2024-02-29', '2025-03-01', null]];
    expect((await run(oneYear, rows)).map((f) => [f.row, f.data.keepUntil])).toEqual([[2, '2025-02-28']]);
  });
  it('years and months add up', async () => {
    const rows = [['C1', '2024-01-31', '2025-07-30', null]];
    expect((await run({ ...oneYear, months: 6 }, rows)).map((f) => f.data.keepUntil)).toEqual(['2025-07-31']);
  });
  it('renewed per customer: from the customer\'s latest record', async () => {
    const rows = [['C1', '2023-01-10', '2024-06-01', null], ['C1', '2024-01-10', null, null]];
    expect(await run(oneYear, rows)).toEqual([]);
    expect((await run({ ...oneYear, renew: 'customer' }, rows)).map((f) => [f.row, f.data.keepUntil])).toEqual([[2, '2025-01-10']]);
  });
  it('records: records where the filter holds', async () => {
    const rows = [['C1', '2024-03-05', '2024-05-01', '1980-01-01'], ['C2', '2024-03-05', '2024-05-01', null]];
    expect((await run({ ...oneYear, years: 3 }, rows, { records: { filled: ['birthday'] } })).map((f) => f.row)).toEqual([2]);
  });
  it('destroyed without a start date: indeterminate', async () => {
    expect((await run(oneYear, [['C1', null, '2024-05-01', null]])).map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'no-start']]);
  });
  it('without a deletion column: indeterminate once, naming it', async () => {
    const found = await findingsOfKind('retention', oneYear, ['客户编号', '录入时间'], [['C1', '2024-03-05']], '2026-10-15');
    expect(found.map((f) => [f.status, f.messageId, f.column])).toEqual([['indeterminate', 'missing-column', '销毁日期']]);
  });
});

describe('retention: every message', () => {
  const oneYear = { date: 'recordedAt', years: 1, deletedField: 'deletedAt' };
  // [messageId, rows]: a ledger on which the rule emits it.
  const cases: [string, (string | null)[][]][] = [
    ['destroyed-early', [['C1', '2024-03-05', '2025-03-05', null]]],
    ['no-start', [['C1', null, '2024-05-01', null]]],
  ];
  it.each(cases)('%s', async (id, rows) => expect((await run(oneYear, rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(retention.messages).sort()));
});
