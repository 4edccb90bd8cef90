/**
 * A recorded tier must be the tier its basis number gives (年销量 100 台以上 = A): the company
 * classifies, and a tier that contradicts the volume puts the customer on the wrong cadence.
 * The bands are the profile's `tierBasis`; one finding per customer, on its latest row that
 * records both.
 */
import { z } from 'zod';
import { defineKind } from '../rule/kind';
import { FIELDS } from '../ledger/fields';
import { tierFromBasis } from '../ledger/tier-basis';
import { columnName } from './shared';
import { typedSchema } from '../rule/common';

/** A recorded tier must be the tier its basis value gives (the profile's `tierBasis`). */
export const tierBasisParams = /* @__PURE__ */ (() => typedSchema<TierBasisParams, TierBasisParamsInput>()(z.strictObject({})))();
/** The params of this kind's rules (`tierBasisParams` checks them). */
export type TierBasisParams = { [x: string]: never; };
/** TierBasisParams as a profile writes them. */
export type TierBasisParamsInput = TierBasisParams;

const messages = {
  mismatch: { zh: '「{rule}」：{basis}为 {value}，应为 {expected} 级，台账记为 {recorded} 级。', en: '"{rule}": {basisEn} is {value}, which makes tier {expected}; the ledger records {recorded}.' },
  'no-basis': { zh: '「{rule}」未配置：规则集没有给出分级依据（tierBasis）。', en: '"{rule}" not configured: the profile has no tierBasis.' },
};

export const tierBasis = /* @__PURE__ */ defineKind<TierBasisParams>()({
  id: 'tier-basis',
  messages,
  needs: () => ['tier'],
  check(rule, ctx) {
    const basis = ctx.profile.tierBasis;
    if (!basis) {
      ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'no-basis' });
      return;
    }
    // Without a tier column every tier is derived from the number: nothing recorded to contradict.
    if (ctx.ledger.columns.tier === undefined || !ctx.requireColumns(rule, [basis.field])) return;
    const values = ctx.ledger.numbers[basis.field]!;
    const tier = ctx.ledger.tier;
    const codes = ctx.profile.tiers.map((t) => t.code);
    const { records, start, count } = ctx.ledger.customers;
    const basisName = columnName(ctx, basis.field);
    for (let c = 0; c < count; c++) {
      for (let j = start[c + 1] - 1; j >= start[c]; j--) {
        const i = records[j];
        if (tier[i] < 0 || Number.isNaN(values[i])) continue;
        const expected = tierFromBasis(values[i], basis, codes);
        if (expected >= 0 && expected !== tier[i]) {
          ctx.emit(rule, { status: 'violation', customer: c, record: i, field: 'tier', messageId: 'mismatch', data: { basis: basisName, basisEn: FIELDS[basis.field].en, value: values[i], expected: codes[expected], recorded: codes[tier[i]] } });
        }
        break;
      }
    }
  },
});
