import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';

describe('open-question', () => {
  const header = ['客户编号', '回访时间', '回访结果', '回访内容', '存在的问题', '处理结果'];
  const run = (rows: (string | null)[][]) => findingsOfKind('open-question', {}, header, rows, '2025-12-31');
  it('a question answered at the next contact, or on its own row, passes', async () => {
    expect(await run([
      ['C1', '2025-03-05 10:00', '已接通', '回访', '保养价格', null],
      ['C1', '2025-03-12 10:00', '已接通', '回访', null, '已说明价格'],
      ['C2', '2025-03-05 10:00', '已接通', '回访', '保养价格', '当场答复'],
    ])).toEqual([]);
  });
  it('the next qualifying contact without an answer is a breach; an unanswered attempt in between is not that contact', async () => {
    const found = await run([
      ['C1', '2025-03-05 10:00', '已接通', '回访', '保养价格', null],
      ['C1', '2025-03-08 10:00', '未接通', null, null, null],
      ['C1', '2025-03-12 10:00', '已接通', '回访', null, null],
    ]);
    expect(found.map((f) => [f.status, f.row, f.messageId, f.data.asked, f.data.next])).toEqual([['violation', 4, 'unanswered', '2025-03-05', '2025-03-12']]);
  });
});
