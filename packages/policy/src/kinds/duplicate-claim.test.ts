import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/load';
import { findingsOfKind, oneRuleProfile } from '../testing/kind-check';
import { duplicateClaim, duplicateClaimParams } from './duplicate-claim';

const DIVISIONS = {
  tiers: [
    { code: 'D1', label: { zh: '第一事业部', en: 'Division 1' } },
    { code: 'D2', label: { zh: '第二事业部', en: 'Division 2' } },
  ],
  tierSynonyms: { 第一事业部: 'D1', 第二事业部: 'D2' },
  headers: { tier: ['事业部'], performer: ['邀约人'] },
};
const header = ['顾客编号', '事业部', '邀约人', '敲定时间', '会议时间', '提交时间', '业绩归属'];
const run = (params: object, rows: (string | null)[][], asOf = '2025-10-15') => findingsOfKind('duplicate-claim', params, header, rows, asOf, DIVISIONS);
const BASE = { claimant: 'tier', claimedAt: 'confirmedAt', per: 'eventAt' };
const PROTECTED = { ...BASE, rollover: '18:00', protectedBy: { field: 'reportedAt', clock: '18:00' } };

describe('duplicate-claim: later claims by another claimant', () => {
  it('one division only, or the same customer at two different events: nothing', async () => {
    const rows = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null],
      ['K1', '第一事业部', '王五', '2025-10-07 10:00', '2025-10-12 14:00', null, null],
      ['K1', '第二事业部', '李四', '2025-10-20 10:00', '2025-10-26 14:00', null, null],
    ];
    expect(await run({ ...BASE, report: 'later-claims' }, rows)).toEqual([]);
  });
  it('the second division invites a customer already confirmed: one finding naming both', async () => {
    const rows = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null],
      ['K1', '第二事业部', '李四', '2025-10-08 09:30', '2025-10-12 14:00', null, null],
    ];
    const f = await run({ ...BASE, report: 'later-claims' }, rows);
    expect(f).toMatchObject([{ status: 'violation', row: 3, data: { first: '第一事业部（张三）', second: '第二事业部（李四）', firstAt: '2025-10-06 10:00' } }]);
  });
  it('with protection: the first claim whose file was late loses, so the other division did nothing wrong', async () => {
    const rows = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', '2025-10-07 09:00', null],
      ['K1', '第二事业部', '李四', '2025-10-06 15:00', '2025-10-12 14:00', '2025-10-06 17:00', null],
    ];
    expect(await run({ ...PROTECTED, report: 'later-claims' }, rows)).toEqual([]);
    expect(await run({ ...PROTECTED, report: 'lost' }, rows)).toMatchObject([{ status: 'violation', row: 2, messageId: 'lost', data: { loser: '第一事业部（张三）', winner: '第二事业部（李四）' } }]);
  });
  it('with protection: a file in on time keeps the customer; a claim after the late file came in does not win', async () => {
    const onTime = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', '2025-10-06 17:59', null],
      ['K1', '第二事业部', '李四', '2025-10-07 10:00', '2025-10-12 14:00', '2025-10-07 17:00', null],
    ];
    expect(await run({ ...PROTECTED, report: 'lost' }, onTime)).toEqual([]);
    expect(await run({ ...PROTECTED, report: 'later-claims' }, onTime)).toMatchObject([{ row: 3 }]);
    const afterFile = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', '2025-10-06 19:00', null],
      ['K1', '第二事业部', '李四', '2025-10-07 10:00', '2025-10-12 14:00', '2025-10-07 17:00', null],
    ];
    expect(await run({ ...PROTECTED, report: 'lost' }, afterFile)).toEqual([]);
  });
  it('a file never handed in loses to any later claim', async () => {
    const rows = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null],
      ['K1', '第二事业部', '李四', '2025-10-09 10:00', '2025-10-12 14:00', '2025-10-09 12:00', null],
    ];
    expect(await run({ ...PROTECTED, report: 'lost' }, rows)).toMatchObject([{ row: 2, data: { why: '未交' } }]);
  });
});

describe('duplicate-claim: credit goes to the current inviter', () => {
  const CREDIT = { ...PROTECTED, report: 'credit', credit: { field: 'creditedTo', of: 'performer' } };
  it('the sale credited to the winning inviter passes; to the former inviter is a violation', async () => {
    const ok = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', '2025-10-06 12:00', '张三'],
      ['K1', '第二事业部', '李四', '2025-10-07 10:00', '2025-10-12 14:00', '2025-10-07 12:00', null],
    ];
    expect(await run(CREDIT, ok)).toEqual([]);
    const wrong = [
      ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null],
      ['K1', '第二事业部', '李四', '2025-10-07 10:00', '2025-10-12 14:00', '2025-10-07 12:00', '张三'],
    ];
    expect(await run(CREDIT, wrong)).toMatchObject([{ status: 'violation', row: 3, data: { winner: '李四', credited: '张三' } }]);
  });
});

describe('duplicate-claim: every message', () => {
  const CREDIT = { ...PROTECTED, report: 'credit', credit: { field: 'creditedTo', of: 'performer' } };
  const first = ['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null];
  const second = (credited: string | null) => ['K1', '第二事业部', '李四', '2025-10-07 10:00', '2025-10-12 14:00', '2025-10-07 12:00', credited];
  // [messageId, params, rows]: a ledger on which the rule emits it.
  const cases: [string, object, (string | null)[][]][] = [
    ['later-claim', { ...BASE, report: 'later-claims' }, [['K1', '第一事业部', '张三', '2025-10-06 10:00', '2025-10-12 14:00', null, null], ['K1', '第二事业部', '李四', '2025-10-08 09:30', '2025-10-12 14:00', null, null]]],
    ['lost', { ...PROTECTED, report: 'lost' }, [first, second(null)]],
    ['credit', CREDIT, [first, second('张三')]],
    // The same wrong credit on two rows of the customer: one finding, counting them.
    ['credit-rows', CREDIT, [first, second('张三'), ['K1', '第二事业部', '李四', '2025-10-07 11:00', '2025-10-12 14:00', '2025-10-07 12:00', '张三']]],
  ];
  it.each(cases)('%s', async (id, params, rows) => expect((await run(params, rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(duplicateClaim.messages).sort()));

  it('validate: a claimant or credit read from the tier column needs the profile\'s tiers', () => {
    const withTiers = parseProfile(oneRuleProfile('duplicate-claim', { ...BASE, report: 'later-claims' }, {}, DIVISIONS));
    const without = { ...withTiers, tiers: [] };
    const params = duplicateClaimParams.parse({ ...BASE, report: 'credit', credit: { field: 'creditedTo', of: 'tier' } });
    expect(duplicateClaim.validate!(params, withTiers)).toEqual([]);
    expect(duplicateClaim.validate!(params, without).map((i) => i.path)).toEqual([['claimant'], ['credit', 'of']]);
    expect(duplicateClaim.validate!(duplicateClaimParams.parse({ ...BASE, claimant: 'performer', report: 'later-claims' }), without)).toEqual([]);
    // Run when the profile is loaded: such a profile is refused at the rule's path.
    expect(() => parseProfile(oneRuleProfile('duplicate-claim', { ...BASE, report: 'later-claims' }))).toThrow(/rules\.0\.params\.claimant/);
  });
});
