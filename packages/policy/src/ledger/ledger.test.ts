// Reading controlled columns: which cells are words the rules understand, and which are errors.
import { describe, expect, it } from 'vitest';
import { prepareLedger } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { ROSTER_HEADER, ROSTER_ROWS } from '../testing/call-centre-roster';

describe('tier column', () => {
  it('a profile without tiers reads no tier: a roster\'s own categories (VIP客户) are no invalid cells there', () => {
    const { ledger } = prepareLedger({ sheet: 'S', rows: [ROSTER_HEADER, ...ROSTER_ROWS] }, getProfile('002-4'));
    expect(ledger.columns.tier).toBe(8);
    expect(ledger.problems.filter((p) => p.field === 'tier')).toEqual([]);
    expect([...ledger.tier].every((t) => t === -1)).toBe(true);
  });
  it('a profile with tiers still reports a word that is none of them', () => {
    const { ledger } = prepareLedger({ sheet: 'S', rows: [['客户编号', '客户等级', '回访时间'], ['K1', 'VIP客户', '2025-10-01 10:00'], ['K2', 'H', '2025-10-01 10:00']] }, getProfile('002-1'));
    expect(ledger.problems).toEqual([{ record: 0, field: 'tier', code: 'not-a-tier', expected: 'H/A/B/C' }]);
  });
});
