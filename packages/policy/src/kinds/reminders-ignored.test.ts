import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import type { ProfileInput, RuleInput } from '../profile/schema';
import type { CellValue } from '../table';
import { remindersIgnored } from './reminders-ignored';

const citation = { file: 'x.txt', section: '1.8', quote: '经市场管理人员多次督促均不配合的' };
const text = { zh: '督促不配合', en: 'reminders ignored' };

function profileWith(params: object): ProfileInput {
  const rule: RuleInput = { id: '999-1-REMIND', kind: 'reminders-ignored', title: text, short: text, modality: 'M', citation, reading: text, params: params as never, fine: { amount: null } };
  return { id: 'test', version: 1, title: text, description: text, source: { file: 'x.txt', section: 's' }, tiers: [], essentialColumns: [], recordsRuleId: rule.id, rules: [rule] };
}

const header = ['客户编号', '督促次数', '备案日期'];
async function findings(rows: CellValue[][], h = header) {
  const report = await evaluate({ sheet: 's', rows: [h, ...rows] }, parseProfile(profileWith({ reminders: 'reminderCount', atLeast: 2, pending: 'registeredAt' })), { asOf: '2025-10-31' });
  return report.findings.map((f) => ({ status: f.status, row: f.row, column: f.column, messageId: f.messageId, fine: f.fine }));
}

describe('reminders-ignored', () => {
  it('one reminder, or registered after reminders, passes', async () => {
    expect(await findings([['C1', 1, null], ['C2', 3, null], ['C2', null, '2025-10-20']])).toEqual([]);
  });
  it('reminded twice (inclusive) and still not registered: a finding with a blank fine', async () => {
    expect(await findings([['C1', 1, null], ['C1', 2, null]])).toEqual([
      { status: 'violation', row: 3, column: '备案日期', messageId: 'ignored', fine: { amount: null, currency: 'CNY', status: 'not-configured' } },
    ]);
  });
  it('without a reminders column: indeterminate', async () => {
    expect(await findings([['C1', null]], ['客户编号', '备案日期'])).toEqual([{ status: 'indeterminate', row: null, column: '督促次数', messageId: 'missing-column', fine: undefined }]);
  });
});

describe('reminders-ignored: every message', () => {
  // [messageId, rows]: a ledger on which the rule emits it.
  const cases: [string, CellValue[][]][] = [['ignored', [['C1', 2, null]]]];
  it.each(cases)('%s', async (id, rows) => expect((await findings(rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(remindersIgnored.messages).sort()));
});
