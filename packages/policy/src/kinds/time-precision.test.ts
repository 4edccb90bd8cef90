import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';

describe('time-precision', () => {
  const header = ['客户编号', '回访时间', '回访内容'];
  const run = (rows: (string | null)[][]) => findingsOfKind('time-precision', { field: 'contactAt' }, header, rows, '2025-12-31');
  it('a time to the minute passes; a blank cell is not this rule\'s', async () => {
    expect(await run([['C1', '2025-03-05 10:00', '回访'], ['C2', null, '回访']])).toEqual([]);
  });
  it('a date alone is a breach, naming the date', async () => {
    const found = await run([['C1', '2025-03-05', '回访'], ['C2', '2025-03-06 09:30', '回访']]);
    expect(found.map((f) => [f.status, f.row, f.messageId, f.data.date, f.column])).toEqual([['violation', 2, 'no-time', '2025-03-05', '回访时间']]);
  });
  it('a date whose separate time cell is unreadable is not "no time": that cell is reported as invalid', async () => {
    const found = await findingsOfKind('time-precision', { field: 'contactAt' }, ['客户编号', '回访日期', '回访时刻'], [['C1', '2025-03-05', '十点'], ['C2', '2025-03-05', null]], '2025-12-31');
    expect(found.map((f) => [f.row, f.messageId])).toEqual([[3, 'no-time']]);
  });
});
