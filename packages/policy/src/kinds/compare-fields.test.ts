import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';

const header = ['客户编号', '回访时间', '回访人', '理财经理'];
const profile = oneRuleProfile('compare-fields', { field: 'performer', must: 'differ', other: 'accountManager', carry: true });
const run = (rows: (string | null)[][]) => kindFindings(profile, header, rows, '2025-12-31');

describe('compare-fields, must differ (conflict of interest)', () => {
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
    const strict = oneRuleProfile('compare-fields', { field: 'performer', must: 'differ', other: 'accountManager' });
    expect(await kindFindings(strict, header, [['K1', '2025-03-03 10:00', '王回访', '李明'], ['K1', '2025-04-03 10:00', '李明', null]], '2025-12-31')).toEqual([]);
  });
  it('a missing column is indeterminate', async () => {
    const f = await kindFindings(profile, ['客户编号', '回访时间', '回访人'], [['K1', '2025-03-03 10:00', '李明']], '2025-12-31');
    expect(f.map((x) => [x.status, x.messageId])).toEqual([['indeterminate', 'missing-column']]);
  });
});

describe('compare-fields, must match (goods sold in the region they were shipped to)', () => {
  const regions = ['客户编号', '流向区域', '指定区域'];
  const match = oneRuleProfile('compare-fields', { field: 'soldRegion', must: 'match', other: 'region' });
  const runMatch = (rows: (string | null)[][]) => kindFindings(match, regions, rows, '2025-12-31');
  it('the same region, after normalising width and spaces, is fine; a blank cell proves nothing', async () => {
    expect(await runMatch([['D1', '华东 区', '华东区'], ['D2', null, '华南区'], ['D3', '华北区', null]])).toEqual([]);
  });
  it('each line sold elsewhere is a breach, naming both regions', async () => {
    const f = await runMatch([['D1', '华南区', '华东区'], ['D1', '华东区', '华东区'], ['D2', '西北区', '华北区']]);
    expect(f.map((x) => [x.status, x.row, x.column, x.messageId, x.data.value, x.data.expected])).toEqual([
      ['violation', 2, '流向区域', 'differ', '华南区', '华东区'],
      ['violation', 4, '流向区域', 'differ', '西北区', '华北区'],
    ]);
  });
  it('without carry a blank region is not taken from the customer\'s other rows; with it, it is', async () => {
    const rows = [['D1', '华南区', null], ['D1', '华东区', '华东区']];
    expect(await runMatch(rows)).toEqual([]);
    const carried = oneRuleProfile('compare-fields', { field: 'soldRegion', must: 'match', other: 'region', carry: true });
    expect((await kindFindings(carried, regions, rows, '2025-12-31')).map((x) => x.row)).toEqual([2]);
  });
});
