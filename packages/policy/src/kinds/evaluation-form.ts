/**
 * An evaluation form per customer (客户关系评估表: 分析指标, 指标权重, 指标得分, 得分依据, 合计,
 * 最终得分, 建议 □改进关系 □维持关系 □终止关系): each indicator row carries its basis, the weights
 * of the indicators add up to 1 (or 100 written as percentages), and the form ends in a final
 * score and exactly one recommendation.
 */
import { z } from 'zod';
import { fieldSchema } from '../rule/common';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { latestRecord } from './shared';
import type { Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * An evaluation form, one per customer (客户关系评估表): every indicator row gives its basis, the
 * indicator weights add up to 1 (or 100), and the form ends in a final score and exactly one of
 * the recommendations. Rows whose indicator is one of `totals` (合计) are not indicators.
 */
export const evaluationFormParams = /* @__PURE__ */ (() => typedSchema<EvaluationFormParams, EvaluationFormParamsInput>()(z.strictObject({
  indicator: fieldSchema,
  weight: fieldSchema,
  /** The basis each indicator row needs (得分依据). */
  basis: fieldSchema,
  score: fieldSchema,
  recommendation: fieldSchema,
  totals: z.array(z.string().min(1).max(20)).min(1).max(20),
  /** Exactly one of these is chosen (□改进关系 □维持关系 □终止关系). */
  choices: z.array(z.string().min(1).max(20)).min(2).max(10),
})))();
/** The params of this kind's rules (`evaluationFormParams` checks them). */
export interface EvaluationFormParams {
  indicator: Field;
  weight: Field;
  /** The basis each indicator row needs (得分依据). */
  basis: Field;
  score: Field;
  recommendation: Field;
  totals: string[];
  /** Exactly one of these is chosen (□改进关系 □维持关系 □终止关系). */
  choices: string[];
}
/** EvaluationFormParams as a profile writes them. */
export type EvaluationFormParamsInput = EvaluationFormParams;

const messages = {
  'no-basis': { zh: '「{rule}」：指标“{indicator}”的「{column}」未填写，每一项指标都要写明得分依据。', en: '"{rule}": indicator "{indicator}" has no "{column}"; every indicator needs the basis of its score.' },
  'no-weight': { zh: '「{rule}」：指标“{indicator}”的「{column}」未填写，无法核对权重合计。', en: '"{rule}": indicator "{indicator}" has no "{column}", so the weights cannot be added up.' },
  'weights-sum': { zh: '「{rule}」：{count} 项指标的「{column}」合计为 {sum}，应为 1（按百分数写则为 100）。', en: '"{rule}": the "{column}" of {count} indicators add up to {sum}; they must add up to 1 (100 as percentages).' },
  missing: { zh: '「{rule}」：评估表没有「{column}」。', en: '"{rule}": the evaluation form has no "{column}".' },
  'not-one-choice': { zh: '「{rule}」：「{column}」为“{value}”，应在 {choices} 中选定且只选一项。', en: '"{rule}": "{column}" says "{value}"; exactly one of {choices} must be chosen.' },
};

/** Marks a clerk ticks a box with (☑维持关系 □改进关系), and the empty box of the template. */
const TICKS = /[☑✓✔√■▣☒]/;
const BOXES = /[□☐☑✓✔√■▣☒]/;

/** The choices a recommendation cell makes: the ticked ones when it ticks boxes, else the ones it names. */
export function chosen(text: string, choices: readonly string[]): string[] {
  const named = choices.filter((c) => text.includes(c));
  if (!BOXES.test(text)) return named;
  return named.filter((c) => {
    const at = text.indexOf(c);
    return at > 0 && TICKS.test(text[at - 1]);
  });
}

/** Weights of one form add up to 1, or to 100 when written as percentages (±0.001, ±0.1). */
const sumsToOne = (sum: number) => Math.abs(sum - 1) <= 0.001 || Math.abs(sum - 100) <= 0.1;

export const evaluationForm = /* @__PURE__ */ defineKind<EvaluationFormParams>()({
  id: 'evaluation-form',
  messages,
  // The form is told by its final score; the other columns are asked for in check().
  needs: (p) => [p.score],
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const indicatorText = L.columns[p.indicator] !== undefined ? L.text[p.indicator] : undefined;
    // Without the indicator column no row can be told to be an indicator: say so once.
    if (!indicatorText) ctx.requireColumns(rule, [p.indicator]);
    const weight = indicatorText && ctx.requireColumns(rule, [p.weight]) ? L.numbers[p.weight] : undefined;
    const basis = indicatorText && ctx.requireColumns(rule, [p.basis]) ? L.text[p.basis] : undefined;
    const recommendation = ctx.requireColumns(rule, [p.recommendation]) ? L.text[p.recommendation] : undefined;
    const score = L.numbers[p.score];
    const applies = ctx.applicable(rule);
    const { records, start, count } = L.customers;
    const isTotal = (t: string) => p.totals.some((w) => t.includes(w));
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      let form = false;
      let scored = false;
      let sum = 0;
      let weights = 0;
      let weightsMissing = false;
      let firstIndicator = -1;
      const recs: number[] = [];
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (score && !Number.isNaN(score[i])) scored = form = true;
        const rec = recommendation?.[i];
        if (rec) recs.push(i);
        const name = indicatorText?.[i];
        if (!name || isTotal(name)) continue;
        form = true;
        if (firstIndicator < 0) firstIndicator = i;
        if (basis && basis[i] === null) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.basis, messageId: 'no-basis', data: { indicator: name.slice(0, 40) } });
        if (weight) {
          const w = weight[i];
          // An unreadable weight is reported as an invalid cell already; a blank one here.
          if (Number.isNaN(w)) {
            weightsMissing = true;
            if (L.textAt(p.weight, i) === null) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.weight, messageId: 'no-weight', data: { indicator: name.slice(0, 40) } });
          } else {
            sum += w;
            weights++;
          }
        }
      }
      if (!form) continue;
      if (weight && !weightsMissing && weights > 0 && !sumsToOne(sum)) {
        ctx.emit(rule, { status: 'violation', customer: c, record: firstIndicator, field: p.weight, messageId: 'weights-sum', data: { count: weights, sum: Math.round(sum * 1000) / 1000 } });
      }
      const last = latestRecord(ctx, c);
      if (!scored) ctx.emit(rule, { status: 'violation', customer: c, record: last, field: p.score, messageId: 'missing' });
      if (!recommendation) continue;
      if (recs.length === 0) {
        ctx.emit(rule, { status: 'violation', customer: c, record: last, field: p.recommendation, messageId: 'missing' });
        continue;
      }
      checkChoice(rule, ctx, c, recs, p, recommendation);
    }
  },
});

/** The form's recommendation cells together choose exactly one of the choices. */
function checkChoice(rule: KindRule<string, EvaluationFormParams>, ctx: RuleContext, c: number, recs: number[], p: EvaluationFormParams, text: (string | null)[]): void {
  const picked = new Set<string>();
  for (const i of recs) for (const x of chosen(text[i]!, p.choices)) picked.add(x);
  if (picked.size === 1) return;
  const i = recs[recs.length - 1];
  ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.recommendation, messageId: 'not-one-choice', data: { value: text[i]!.slice(0, 40), choices: p.choices.join('、') } });
}
