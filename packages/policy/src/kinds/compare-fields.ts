/**
 * Two text fields of a record compared after normalising (NFKC, case, spaces); a blank cell proves
 * nothing. `match`: goods shipped to a region are sold only there (只允许在本指定管理区域内分销).
 * `differ`: conflict of interest, the callback performer is not the customer's own financial
 * manager (利益冲突回避原则).
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import { columnName, labelNormalizer } from './shared';
import type { Field } from '../ledger/fields';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * `field` must hold the same value as `other` (`must: 'match'`) or not the same person or unit
 * (`must: 'differ'`).
 * @example { field: 'soldRegion', must: 'match', other: 'region' }
 * @example { field: 'performer', must: 'differ', other: 'accountManager', carry: true }
 */
export const compareFieldsParams = /* @__PURE__ */ (() => typedSchema<CompareFieldsParams, CompareFieldsParamsInput>()(z.strictObject({
  /** The field judged; findings point at it. @example 'performer' */
  field: fieldSchema,
  /** match: the two agree (sales region); differ: they do not name the same person (conflict of interest). */
  must: z.enum(['match', 'differ']),
  /** The field it is compared with. @example 'accountManager' */
  other: fieldSchema,
  /** A blank `other` cell takes the customer's value from its other rows (the manager is often written once). */
  carry: z.boolean().default(false),
})))();
/** The params of this kind's rules (`compareFieldsParams` checks them). */
export interface CompareFieldsParams {
  /**
   * The field judged; findings point at it.
   * @example 'performer'
   */
  field: Field;
  /**
   * match: the two agree (sales region); differ: they do not name the same person (conflict of interest).
   */
  must: 'match' | 'differ';
  /**
   * The field it is compared with.
   * @example 'accountManager'
   */
  other: Field;
  /**
   * A blank `other` cell takes the customer's value from its other rows (the manager is often written once).
   */
  carry: boolean;
}
/** CompareFieldsParams as a profile writes them (defaults not yet filled in). */
export type CompareFieldsParamsInput = Defaulted<CompareFieldsParams, 'carry'>;

const messages = {
  // {column} is the finding's own column: 回访专员 for a callback, 监督岗 for a spot check.
  same: { zh: '「{rule}」：「{column}」为「{value}」，而「{value}」正是该客户的{other}，存在利益冲突。', en: '"{rule}": "{column}" is "{value}", who is the customer\'s own {otherEn}: a conflict of interest.' },
  differ: { zh: '「{rule}」：「{column}」为“{value}”，与「{other}」“{expected}”不一致。', en: '"{rule}": "{column}" is "{value}", which differs from "{other}" "{expected}".' },
};

export const compareFields = /* @__PURE__ */ defineKind<CompareFieldsParams>()({
  id: 'compare-fields',
  messages,
  needs: (p) => [p.field, p.other],
  emits: (p) => [p.must === 'match' ? 'differ' : 'same'],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const a = ctx.ledger.text[p.field];
    const b = ctx.ledger.text[p.other];
    if (!a || !b) return;
    const { records, start, count } = ctx.ledger.customers;
    const other = columnName(ctx, p.other);
    const norm = labelNormalizer();
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // The customer's value as written on any row (its latest), for rows that leave it blank.
      let carried: string | null = null;
      if (p.carry) {
        for (let j = start[c + 1] - 1; j >= start[c] && carried === null; j--) carried = b[records[j]];
      }
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        const x = a[i];
        const y = b[i] ?? carried;
        if (x === null || y === null) continue;
        const same = x === y || norm(x) === norm(y);
        if (p.must === 'differ' && same) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'same', data: { value: x, other, otherEn: other } });
        else if (p.must === 'match' && !same) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'differ', data: { value: x.slice(0, 40), expected: y.slice(0, 40), other } });
      }
    }
  },
});
