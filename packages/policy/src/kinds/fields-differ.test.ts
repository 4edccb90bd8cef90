import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';

const header = ['客户编号', '回访时间', '回访人', '理财经理'];
const profile = oneRuleProfile('fields-differ', { field: 'performer', mustDifferFrom: 'accountManager' });
const run = (rows: (string | null)[][]) => kindFindings(profile, header, rows, '2025-12-31');

describe('fields-differ', () => {
  it('a different person is fine; blanks are not judged', async () => {
    expect(await run([['K1', '2025-03-03 10:00', '王回访', '李经理'], ['K2', '2025-03-03 10:00', null, '李经理']])).toEqual([]);
  });
  it('the same person, after normalising width and spaces', async () => {
    const f = await run([['K1', '2025-03-03 10:00', '李 明', '李明'], ['K2', '2025-03-03 11:00', 'ＺＨＡＮＧ Wei', 'zhang wei']]);
    expect(f.map((x) => [x.status, x.row, x.column, x.messageId])).toEqual([
      ['violation', 2, '回访人', 'same'],
      ['violation', 3, '回访人', 'same'],
    ]);
  });
  it('a manager written once covers the customer\'s other rows', async () => {
    const f = await run([['K1', '2025-03-03 10:00', '王回访', '李明'], ['K1', '2025-04-03 10:00', '李明', null]]);
    expect(f.map((x) => x.row)).toEqual([3]);
    const strict = oneRuleProfile('fields-differ', { field: 'performer', mustDifferFrom: 'accountManager', carry: false });
    expect(await kindFindings(strict, header, [['K1', '2025-03-03 10:00', '王回访', '李明'], ['K1', '2025-04-03 10:00', '李明', null]], '2025-12-31')).toEqual([]);
  });
  it('a missing column is indeterminate', async () => {
    const f = await kindFindings(profile, ['客户编号', '回访时间', '回访人'], [['K1', '2025-03-03 10:00', '李明']], '2025-12-31');
    expect(f.map((x) => [x.status, x.messageId])).toEqual([['indeterminate', 'missing-column']]);
  });
});
