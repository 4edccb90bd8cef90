/**
 * Allowed values: on the selected records a text field names one of the allowed values (the
 * department that owns contract communication, say). Blank cells are left to required-fields.
 */
import { defineKind } from '../rule/kind';
import { type AllowedValuesParams, allowedValuesParams } from './params';

const messages = {
  'not-allowed': { zh: '「{rule}」：「{column}」为“{value}”，应为 {allowed}。', en: '"{rule}": "{column}" is "{value}"; it must be {allowed}.' },
};

export const allowedValues = defineKind({
  id: 'allowed-values',
  params: allowedValuesParams,
  messages,
  needs: (p) => [p.field],
  check(rule, ctx) {
    const p = rule.params;
    const mask = ctx.records(rule);
    const text = ctx.ledger.text[p.field];
    if (!mask || !text) return;
    const applies = ctx.applicable(rule);
    const allowed = p.allowed.join('/');
    // Distinct cell values repeat (department names): judge each once.
    const seen = new Map<string, boolean>();
    for (let i = 0; i < ctx.ledger.size; i++) {
      const v = text[i];
      if (mask[i] !== 1 || v === null) continue;
      const c = ctx.ledger.customerOf[i];
      if (c < 0 || applies[c] !== 1) continue;
      let ok = seen.get(v);
      if (ok === undefined) seen.set(v, (ok = p.allowed.some((w) => v.includes(w))));
      if (!ok) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'not-allowed', data: { value: v.slice(0, 40), allowed } });
    }
  },
});
