/**
 * Per-tier caps on a number (gift value 「Xx元以下」, inclusive) and quotas of customers given one
 * (「X位以内」). Blank caps and quotas in the document are null: the rule reports not-configured
 * for them and checks the rest.
 */
import { defineKind } from '../rule/kind';
import { type ValueCapParams, valueCapParams } from './params';
import { tierIndex } from './shared';

const messages = {
  'over-cap': { zh: '「{rule}」：「{tier}」的「{column}」合计 {value}，超过上限 {max}。', en: '"{rule}": the {tierEn} customer\'s "{column}" totals {value}, above the cap of {max}.' },
  'over-quota': { zh: '「{rule}」：「{tier}」有 {count} 位，超过名额 {quota} 位。', en: '"{rule}": {count} {tierEn} customers, above the quota of {quota}.' },
  'not-configured': { zh: '「{rule}」未配置：制度中「{tier}」的{what}是空白（Xx元 / X位），请在规则配置中填写。', en: '"{rule}" not configured: the document leaves the {whatEn} for {tierEn} customers blank (Xx元 / X位); set it in the profile.' },
};

export const valueCap = defineKind({
  id: 'value-cap',
  params: valueCapParams,
  messages,
  needs: (p) => [p.field, 'tier'],
  check(rule, ctx) {
    const p = rule.params;
    const values = ctx.ledger.numbers[p.field];
    if (!values) return;
    const applies = ctx.applicable(rule);
    const { records, start, count, tierNow } = ctx.ledger.customers;
    for (const limit of p.limits) {
      const want = tierIndex(ctx, limit.tier);
      const label = ctx.profile.tiers[want]?.label ?? { zh: limit.tier, en: limit.tier };
      const names = { tier: label.zh, tierEn: label.en };
      const blank = [limit.max === null ? ['金额上限', 'value cap'] : undefined, limit.quota === null ? ['名额', 'quota'] : undefined].filter((x) => x !== undefined);
      if (blank.length) {
        ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured', data: { ...names, what: blank.map((b) => b[0]).join('和'), whatEn: blank.map((b) => b[1]).join(' and ') } });
      }
      let given = 0;
      let lastGiven = -1;
      for (let c = 0; c < count; c++) {
        if (applies[c] !== 1 || tierNow[c] !== want) continue;
        let total = 0;
        let any = false;
        let row = -1;
        for (let j = start[c]; j < start[c + 1]; j++) {
          const i = records[j];
          const v = values[i];
          if (Number.isNaN(v)) continue;
          any = true;
          row = i;
          if (p.per === 'record') {
            if (limit.max !== null && v > limit.max) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'over-cap', data: { ...names, value: v, max: limit.max } });
          } else total += v;
        }
        if (!any) continue;
        given++;
        lastGiven = row;
        if (p.per === 'customer' && limit.max !== null && total > limit.max) ctx.emit(rule, { status: 'violation', customer: c, record: row, field: p.field, messageId: 'over-cap', data: { ...names, value: total, max: limit.max } });
      }
      // The quota is about the whole list: one finding, at the row that went over.
      if (limit.quota !== null && given > limit.quota) ctx.emit(rule, { status: 'violation', customer: ctx.ledger.customerOf[lastGiven], record: lastGiven, field: p.field, messageId: 'over-quota', data: { ...names, count: given, quota: limit.quota } });
    }
  },
});
