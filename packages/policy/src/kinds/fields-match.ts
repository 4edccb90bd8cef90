/**
 * Two text fields of a record must agree: goods shipped to a region are sold only there
 * (只允许在本指定管理区域内分销). Compared after NFKC and without spaces; a blank cell proves nothing.
 */
import { defineKind } from '../rule/kind';
import { type FieldsMatchParams, fieldsMatchParams } from './params';
import { columnName, labelNormalizer } from './shared';

const messages = {
  differ: { zh: '「{rule}」：「{column}」为“{value}”，与「{other}」“{expected}”不一致。', en: '"{rule}": "{column}" is "{value}", which differs from "{other}" "{expected}".' },
};


export const fieldsMatch = defineKind({
  id: 'fields-match',
  params: fieldsMatchParams,
  messages,
  needs: (p) => [p.field, p.mustMatch],
  check(rule, ctx) {
    const p = rule.params;
    const a = ctx.ledger.text[p.field];
    const b = ctx.ledger.text[p.mustMatch];
    if (!a || !b) return;
    const applies = ctx.applicable(rule);
    const other = columnName(ctx, p.mustMatch);
    const norm = labelNormalizer();
    for (let i = 0; i < ctx.ledger.size; i++) {
      const x = a[i];
      const y = b[i];
      if (x === null || y === null || x === y || norm(x) === norm(y)) continue;
      const c = ctx.ledger.customerOf[i];
      if (c < 0 || applies[c] !== 1) continue;
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'differ', data: { value: x.slice(0, 40), expected: y.slice(0, 40), other } });
    }
  },
});
