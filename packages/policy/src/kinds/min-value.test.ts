import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';

const header = ['客户编号', '回访时间', '回访结果', '响铃时长'];
const profile = oneRuleProfile('min-value', { field: 'ringSeconds', min: 20, outcome: 'not-reached', exemptWords: ['占线', '关机'] }, { modality: 'D' });
const run = (rows: (string | number | null)[][]) => kindFindings(profile, header, rows, '2025-12-31');

describe('min-value', () => {
  it('20 s is enough (inclusive); blank is not judged; answered calls are not checked', async () => {
    expect(await run([['K1', '2025-03-03 10:00', '无人接听', 20], ['K1', '2025-03-03 14:00', '无人接听', null], ['K2', '2025-03-03 10:00', '已接通', 5]])).toEqual([]);
  });
  it('19 s is too short; a busy line is exempt', async () => {
    const f = await run([['K1', '2025-03-03 10:00', '无人接听', 19], ['K1', '2025-03-03 14:00', '占线', 3], ['K2', '2025-03-03 10:00', '未接通', '8']]);
    expect(f.map((x) => [x.status, x.severity, x.row, x.data.value])).toEqual([
      ['violation', 'error', 2, 19],
      ['violation', 'error', 4, 8],
    ]);
  });
});
