/**
 * A ratio of two numbers on a record reaches a percentage (回款达到销售指标的---%以上, inclusive).
 * A blank percentage in the document is null: one not-configured finding, no columns needed.
 */
import { defineKind } from '../rule/kind';
import { type MinRatioParams, minRatioParams } from './params';
import { columnName } from './shared';

const messages = {
  below: { zh: '「{rule}」：「{column}」{value} 只有「{other}」{base} 的 {percent}%，应不低于 {min}%。', en: '"{rule}": "{column}" {value} is {percent}% of "{other}" {base}; at least {min}% required.' },
  'not-configured': { zh: '「{rule}」未配置：制度中的百分比是空白（---%），请在规则配置中填写（minPercent）。', en: '"{rule}" not configured: the document leaves the percentage blank (---%); set it in the profile (minPercent).' },
};

export const minRatio = defineKind({
  id: 'min-ratio',
  params: minRatioParams,
  messages,
  needs: (p) => (p.minPercent === null ? [] : [p.numerator, p.denominator]),
  check(rule, ctx) {
    const p = rule.params;
    if (p.minPercent === null) {
      ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured' });
      return;
    }
    const num = ctx.ledger.numbers[p.numerator];
    const den = ctx.ledger.numbers[p.denominator];
    if (!num || !den) return;
    const applies = ctx.applicable(rule);
    const other = columnName(ctx, p.denominator);
    for (let i = 0; i < ctx.ledger.size; i++) {
      const n = num[i];
      const d = den[i];
      // Blank cells and a zero base say nothing (NaN fails every comparison).
      if (!(d > 0) || !(n >= 0) || n * 100 >= p.minPercent * d) continue;
      const c = ctx.ledger.customerOf[i];
      if (c < 0 || applies[c] !== 1) continue;
      ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.numerator, messageId: 'below', data: { value: n, base: d, percent: Math.floor((n * 1000) / d) / 10, min: p.minPercent, other } });
    }
  },
});
