/**
 * Conflict of interest: two text fields of a record must not name the same person (the callback
 * performer is not the customer's own financial manager, 利益冲突回避原则).
 */
import { defineKind } from '../rule/kind';
import { type FieldsDifferParams, fieldsDifferParams } from './params';
import { columnName, labelNormalizer } from './shared';

const messages = {
  // {column} is the finding's own column: 回访专员 for a callback, 监督岗 for a spot check.
  same: { zh: '「{rule}」：「{column}」为「{value}」，而「{value}」正是该客户的{other}，存在利益冲突。', en: '"{rule}": "{column}" is "{value}", who is the customer\'s own {otherEn}: a conflict of interest.' },
};


export const fieldsDiffer = defineKind({
  id: 'fields-differ',
  params: fieldsDifferParams,
  messages,
  needs: (p) => [p.field, p.mustDifferFrom],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const a = ctx.ledger.text[p.field];
    const b = ctx.ledger.text[p.mustDifferFrom];
    if (!a || !b) return;
    const { records, start, count } = ctx.ledger.customers;
    const other = columnName(ctx, p.mustDifferFrom);
    const norm = labelNormalizer();
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // The customer's manager as written on any row, for rows that leave it blank.
      let carried: string | null = null;
      if (p.carry) {
        for (let j = start[c + 1] - 1; j >= start[c] && carried === null; j--) carried = b[records[j]];
      }
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        const x = a[i];
        const y = b[i] ?? carried;
        if (x === null || y === null || (x !== y && norm(x) !== norm(y))) continue;
        ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'same', data: { value: x, other, otherEn: other } });
      }
    }
  },
});
