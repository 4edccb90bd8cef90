/**
 * A number field must reach a minimum where it is filled: ring 20 seconds before hanging up
 * (原则上需等待20秒才可以挂断电话). A blank cell is not checked (the column may hold only some calls).
 */
import { defineKind } from '../rule/kind';
import { type MinValueParams, minValueParams } from './params';

const messages = {
  'below-min': { zh: '「{rule}」：「{column}」为 {value}，应不少于 {min}。', en: '"{rule}": "{column}" is {value}; at least {min} required.' },
};

export const minValue = defineKind({
  id: 'min-value',
  params: minValueParams,
  messages,
  needs: (p) => (p.outcome === 'any' ? [p.field] : [p.field, 'outcome']),
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const values = ctx.ledger.numbers[p.field];
    if (!values) return;
    const want = p.outcome === 'reached' ? 0 : p.outcome === 'not-reached' ? 1 : -1;
    const outcome = ctx.ledger.outcome;
    for (let i = 0; i < ctx.ledger.size; i++) {
      const v = values[i];
      // NaN (blank or unreadable) fails this comparison too.
      if (!(v < p.min)) continue;
      if (want >= 0 && outcome[i] !== want) continue;
      const c = ctx.ledger.customerOf[i];
      if (c < 0 || applies[c] !== 1) continue;
      // Exemptions are rare: read the outcome text only for the few records below the minimum.
      if (p.exemptWords.length) {
        const o = ctx.ledger.textAt('outcome', i);
        if (o !== null && p.exemptWords.some((w) => o.includes(w))) continue;
      }
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'below-min', data: { value: v, min: p.min } });
    }
  },
});
