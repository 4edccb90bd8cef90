/**
 * Breaches someone has established and written into the ledger (a complaint about a manager's
 * attitude verified as true, falsified client data found): each marked record is one priced
 * instance of the rule's fine. The tool does not judge the facts; it counts and prices them.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import type { Field } from '../ledger/fields';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * A record marked with a breach someone has established (a verified complaint, falsified data
 * found in an audit) is a violation, priced by the rule's fine: the ledger says it happened, the
 * rule says what it costs and who pays.
 * @example { field: 'falsified', words: ['理财经理'] }
 */
export const markedBreachParams = /* @__PURE__ */ (() => typedSchema<MarkedBreachParams, MarkedBreachParamsInput>()(z.strictObject({
  field: fieldSchema,
  /** The cell contains one of these words (after trimming); a blank cell is no breach. @example ['属实'] */
  words: z.array(z.string().min(1).max(50)).min(1).max(20),
  /** Cells containing one of these are no breach (不属实 contains 属实). @example ['不属实', '未核实'] */
  unless: z.array(z.string().min(1).max(50)).max(20).default([]),
})))();
/** The params of this kind's rules (`markedBreachParams` checks them). */
export interface MarkedBreachParams {
  field: Field;
  /**
   * The cell contains one of these words (after trimming); a blank cell is no breach.
   * @example ['属实']
   */
  words: string[];
  /**
   * Cells containing one of these are no breach (不属实 contains 属实).
   * @example ['不属实', '未核实']
   */
  unless: string[];
}
/** MarkedBreachParams as a profile writes them (defaults not yet filled in). */
export type MarkedBreachParamsInput = Defaulted<MarkedBreachParams, 'unless'>;

const messages = {
  marked: { zh: '「{rule}」：「{column}」记为“{value}”。', en: '"{rule}": "{column}" is marked "{value}".' },
};

export const markedBreach = /* @__PURE__ */ defineKind<MarkedBreachParams>()({
  id: 'marked-breach',
  messages,
  needs: (p) => [p.field],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const text = ctx.ledger.text[p.field];
    if (!text) return;
    // Clerks repeat a handful of labels: decide each distinct one once.
    const decided = new Map<string, boolean>();
    for (let i = 0; i < ctx.ledger.size; i++) {
      const t = text[i];
      if (t === null) continue;
      let hit = decided.get(t);
      if (hit === undefined) decided.set(t, (hit = p.words.some((w) => t.includes(w)) && !p.unless.some((w) => t.includes(w))));
      if (!hit) continue;
      const c = ctx.ledger.customerOf[i];
      if (c >= 0 && applies[c] !== 1) continue;
      ctx.emit(rule, { status: 'violation', customer: c >= 0 ? c : null, record: i, field: p.field, messageId: 'marked', data: { value: t } });
    }
  },
});
