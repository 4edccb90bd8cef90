// A customer's stage changes at the pickup (提车时间), as its tier changes at the record that states
// one: a rule for intent customers judges the time before the pickup, a rule for owners the time
// after, in kinds that can judge part of a customer's time (issue 13).
import { describe, expect, it } from 'vitest';
import type { Condition } from '../rule/common';
import { parseProfile } from '../profile/load';
import type { ProfileInput } from '../profile/schema';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { CellValue } from '../table';

const header = ['客户编号', '客户等级', '回访时间', '回访内容', '提车时间'];
const row = (at: string | null, pickup: string | null = null, tier = 'H'): CellValue[] => ['K1', tier, at, at ? '介绍车型' : null, pickup];
// The stage is the profile's own fact, declared as 002-1 declares it.
const tiers: Partial<ProfileInput> = {
  tiers: [{ code: 'H', label: { zh: 'H', en: 'H' } }],
  definitions: { facts: { stage: { before: 'intent', after: 'owner', switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] } } },
};
const intent: Condition = { fact: 'stage', operator: 'equal', value: 'intent' };
const owner: Condition = { fact: 'stage', operator: 'equal', value: 'owner' };

async function gap(when: Condition, rows: CellValue[][], asOf: string, maxGapDays = 3) {
  const p = oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays }, { when }, tiers);
  return (await kindFindings(p, header, rows, asOf)).filter((f) => f.status !== 'invalid').map((f) => [f.status, f.messageId, f.dueAt, f.overdueDays]);
}

describe('an intent cadence judges the time before the pickup', () => {
  it.each([
    ['no pickup column at all: the whole time', ['客户编号', '客户等级', '回访时间', '回访内容'], [['K1', 'H', '2025-01-01 10:00', '介绍车型']], [['overdue', 'overdue', '2025-01-04', 6]]],
    ['a pickup after the check (booked for later): intent until then', header, [row('2025-01-01 10:00', '2025-02-01 10:00')], [['overdue', 'overdue', '2025-01-04', 6]]],
    ['a pickup the day after the due day: missed before it, nothing open after', header, [row('2025-01-01 10:00', '2025-01-05 10:00')], [['violation', 'missed-before-end', '2025-01-04', 1]]],
    ['a pickup on the due day itself: not yet missed, owed no more', header, [row('2025-01-01 10:00', '2025-01-04 18:00')], []],
    ['a date-only pickup counts from its 00:00', header, [row('2025-01-01 10:00', '2025-01-05')], [['violation', 'missed-before-end', '2025-01-04', 1]]],
    ['a customer the ledger shows only after the pickup was never an intent customer here', header, [row('2025-01-06 10:00', '2025-01-05 10:00')], []],
  ])('%s', async (_name, h, rows, want) => {
    const p = oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays: 3 }, { when: intent }, tiers);
    const found = (await kindFindings(p, h as string[], rows as CellValue[][], '2025-01-10')).filter((f) => f.status !== 'invalid');
    expect(found.map((f) => [f.status, f.messageId, f.dueAt, f.overdueDays])).toEqual(want);
  });
});

describe('an owner cadence judges the time after the pickup', () => {
  it('counts from the pickup day; contacts before the pickup do not count', async () => {
    // Called daily before the pickup on 01-05; nothing after it: due 01-05 + 7 = 01-12.
    const rows = [row('2025-01-02 10:00'), row('2025-01-04 10:00'), row(null, '2025-01-05 10:00')];
    expect(await gap(owner, rows, '2025-01-20', 7)).toEqual([['overdue', 'overdue', '2025-01-12', 8]]);
  });
  it('a customer who has not picked up by the check is not concerned', async () => {
    expect(await gap(owner, [row('2025-01-02 10:00', '2025-02-01 10:00')], '2025-01-20', 7)).toEqual([]);
  });
});

describe('a kind that cannot judge part of a customer\'s time keeps the stage as of the check', () => {
  it('time-precision for intent customers: a customer who picked up by the check is left alone, as before', async () => {
    const p = oneRuleProfile('time-precision', { field: 'contactAt' }, { when: intent }, tiers);
    expect(await kindFindings(p, header, [row('2025-01-01', '2025-01-05 10:00')], '2025-01-10')).toEqual([]);
    expect((await kindFindings(p, header, [row('2025-01-01', '2025-02-05 10:00')], '2025-01-10')).map((f) => f.messageId)).toEqual(['no-time']);
  });
});

describe('the stage is a fact the profile declares; the engine knows only its shape', () => {
  it('the same switch under other names and values judges the same', async () => {
    const named = (fact: string, before: string, after: string) =>
      oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays: 3 }, { when: { fact, operator: 'equal', value: before } }, {
        tiers: tiers.tiers,
        definitions: { facts: { [fact]: { before, after, switchesAt: 'pickupAt', seenBefore: ['contactAt', 'receptionAt'] } } },
      });
    const rows = [row('2025-01-01 10:00', '2025-01-05 10:00')];
    const verdicts = async (p: ProfileInput) => (await kindFindings(p, header, rows, '2025-01-10')).filter((f) => f.status !== 'invalid').map((f) => [f.status, f.messageId, f.dueAt]);
    expect(await verdicts(named('phase', 'prospect', 'client'))).toEqual(await verdicts(named('stage', 'intent', 'owner')));
    expect(await verdicts(named('phase', 'prospect', 'client'))).toEqual([['violation', 'missed-before-end', '2025-01-04']]);
  });
  it('a condition naming a fact the profile does not declare is refused at load, with its path', () => {
    const p = oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays: 3 }, { when: intent }, { tiers: tiers.tiers });
    expect(() => parseProfile(p)).toThrow(/rules\.0\.when.*stage/);
  });
});
