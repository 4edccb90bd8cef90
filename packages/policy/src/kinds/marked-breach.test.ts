import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { markedBreach } from './marked-breach';

const header = ['客户编号', '回访时间', '态度投诉核实结果'];
const profile = oneRuleProfile('marked-breach', { field: 'attitudeComplaint', words: ['属实'], unless: ['不属实'] }, { fine: { amount: 500, payer: '理财经理' } });
const run = (rows: (string | null)[][]) => kindFindings(profile, header, rows, '2025-12-31');

describe('marked-breach', () => {
  it('blank, other words and 不属实 are no breach', async () => {
    expect(await run([['K1', '2025-03-03 10:00', null], ['K2', '2025-03-03 10:00', '核实中'], ['K3', '2025-03-03 10:00', '经核实不属实']])).toEqual([]);
  });
  it('each marked record is one priced instance', async () => {
    const f = await run([['K1', '2025-03-03 10:00', '属实'], ['K2', '2025-03-04 10:00', '经核实属实']]);
    expect(f.map((x) => [x.status, x.row, x.column, x.fine])).toEqual([
      ['violation', 2, '态度投诉核实结果', { amount: 500, currency: 'CNY' }],
      ['violation', 3, '态度投诉核实结果', { amount: 500, currency: 'CNY' }],
    ]);
  });
  it('without the column: indeterminate', async () => {
    const f = await kindFindings(profile, ['客户编号', '回访时间'], [['K1', '2025-03-03 10:00']], '2025-12-31');
    expect(f.map((x) => x.messageId)).toEqual(['missing-column']);
  });
});

describe('marked-breach: every message', () => {
  const cases: [string, (string | null)[][]][] = [['marked', [['K1', '2025-03-03 10:00', '经核实属实']]]];
  it.each(cases)('%s', async (id, rows) => expect((await run(rows)).map((f) => [f.messageId, f.data.value])).toEqual([[id, rows[0][2]]]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(markedBreach.messages).sort()));
});
