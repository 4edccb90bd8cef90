/**
 * Breaches someone has established and written into the ledger (a complaint about a manager's
 * attitude verified as true, falsified client data found): each marked record is one priced
 * instance of the rule's fine. The tool does not judge the facts; it counts and prices them.
 */
import { defineKind } from '../rule/kind';
import { type MarkedBreachParams, markedBreachParams } from './params';

const messages = {
  marked: { zh: '「{rule}」：「{column}」记为“{value}”。', en: '"{rule}": "{column}" is marked "{value}".' },
};

export const markedBreach = defineKind({
  id: 'marked-breach',
  params: markedBreachParams,
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
