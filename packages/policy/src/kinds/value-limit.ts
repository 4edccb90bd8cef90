/**
 * A number of the ledger, or a ratio of two, against a limit: at least a minimum (ring 20 seconds
 * before hanging up, 原则上需等待20秒), at least a percentage of another number (回款达到销售指标的
 * ---%以上), or per tier at most a cap, with a quota of customers given one (Xx元以下, X位以内).
 * Limits are inclusive. A blank cell is not judged. A limit the document leaves blank is null:
 * the rule reports it not configured and checks the rest.
 */
import { z } from 'zod';
import { said } from '../errors/zod';
import { OUTCOME } from '../ledger/ledger';
import { fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import { columnName, tierIndex } from './shared';
import type { Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * The number `field` (or `field` as a percentage of `percentOf`), per record or summed per
 * customer, against `min`, `minPercent` or per-tier `caps`.
 * @example { field: 'ringSeconds', min: 20, outcome: 'not-reached', exemptWords: ['占线', '关机'] }
 * @example { field: 'collected', percentOf: 'salesTarget', minPercent: 80 }
 * @example { field: 'giftValue', per: 'customer', caps: [{ tier: 'V', max: 500, quota: 20 }] }
 */
export const valueLimitParams = /* @__PURE__ */ (() => typedSchema<ValueLimitParams, ValueLimitParamsInput>()(z
  .strictObject({
    /** The number column; of a ratio, the numerator. @example 'ringSeconds' */
    field: fieldSchema,
    /** The ratio's base: the value judged is field ÷ percentOf × 100, where the base is above 0. @example 'salesTarget' */
    percentOf: fieldSchema.optional(),
    /** The number is at least this (inclusive). @example 20 */
    min: z.number().min(-1e9).max(1e9).optional(),
    /** The ratio is at least this percentage (inclusive); null: the document leaves it blank. @example 80 */
    minPercent: z.number().min(0).max(100000).nullable().optional(),
    /**
     * Per tier, a cap on the number (inclusive; null: blank in the document) and a quota of the
     * tier's customers with a value (inclusive; null: blank).
     * @example [{ tier: 'V', max: 500, quota: 20 }]
     */
    caps: z
      .array(z.strictObject({ tier: z.string().min(1).max(10), max: z.number().nonnegative().max(1e12).nullable(), quota: z.number().int().min(0).max(1e6).nullable() }))
      .min(1)
      .max(20)
      .optional(),
    /** record: each row on its own; customer: the customer's rows summed (a ratio: both sums). */
    per: z.enum(['record', 'customer']).default('record'),
    /** Only records with this outcome are judged. @example 'not-reached' */
    outcome: z.enum(['any', 'reached', 'not-reached']).default('any'),
    /** Outcome words that exempt a record (占线: the line ended the call, not the caller). @example ['占线'] */
    exemptWords: z.array(z.string().min(1).max(20)).max(30).default([]),
  })
  .superRefine((p, ctx) => {
    // A percentage is a limit of a ratio and of nothing else; a ratio has no other limit.
    if (p.percentOf !== undefined && p.minPercent === undefined) ctx.addIssue({ code: 'custom', path: ['minPercent'], input: p, ...said('a ratio (percentOf) needs minPercent', '比例（percentOf）须配合 minPercent') });
    if (p.percentOf === undefined && p.minPercent !== undefined) ctx.addIssue({ code: 'custom', path: ['percentOf'], input: p, ...said('minPercent is a percentage of percentOf, which is missing', 'minPercent 是 percentOf 的百分比，但缺少 percentOf') });
    for (const key of ['min', 'caps'] as const) {
      if (p.percentOf !== undefined && p[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], input: p[key], ...said(`a ratio (percentOf) is limited by minPercent only, not ${key}`, `比例（percentOf）只用 minPercent 限定，不能用 ${key}`) });
    }
    if (p.min === undefined && p.minPercent === undefined && p.caps === undefined) ctx.addIssue({ code: 'custom', path: [], input: p, ...said('no limit: give min, minPercent (with percentOf) or caps', '没有任何限额：请给出 min、minPercent（配合 percentOf）或 caps') });
  })))();
/** The params of this kind's rules (`valueLimitParams` checks them). */
export interface ValueLimitParams {
  /**
   * The number column; of a ratio, the numerator.
   * @example 'ringSeconds'
   */
  field: Field;
  /** record: each row on its own; customer: the customer's rows summed (a ratio: both sums). */
  per: 'record' | 'customer';
  /**
   * Only records with this outcome are judged.
   * @example 'not-reached'
   */
  outcome: 'any' | 'reached' | 'not-reached';
  /**
   * Outcome words that exempt a record (占线: the line ended the call, not the caller).
   * @example ['占线']
   */
  exemptWords: string[];
  /**
   * The ratio's base: the value judged is field ÷ percentOf × 100, where the base is above 0.
   * @example 'salesTarget'
   */
  percentOf?: Field;
  /**
   * The number is at least this (inclusive).
   * @example 20
   */
  min?: number;
  /**
   * The ratio is at least this percentage (inclusive); null: the document leaves it blank.
   * @example 80
   */
  minPercent?: number | null;
  /**
   * Per tier, a cap on the number (inclusive; null: blank in the document) and a quota of the
   * tier's customers with a value (inclusive; null: blank).
   * @example [{ tier: 'V', max: 500, quota: 20 }]
   */
  caps?: { tier: string; max: number | null; quota: number | null; }[];
}
/** ValueLimitParams as a profile writes them (defaults not yet filled in). */
export type ValueLimitParamsInput = { field: Field; percentOf?: Field | undefined; min?: number | undefined; minPercent?: number | null | undefined; caps?: { tier: string; max: number | null; quota: number | null; }[] | undefined; per?: 'record' | 'customer' | undefined; outcome?: 'any' | 'reached' | 'not-reached' | undefined; exemptWords?: string[] | undefined; };

const messages = {
  'below-min': { zh: '「{rule}」：「{column}」为 {value}，应不少于 {min}。', en: '"{rule}": "{column}" is {value}; at least {min} required.' },
  below: { zh: '「{rule}」：「{column}」{value} 只有「{other}」{base} 的 {percent}%，应不低于 {min}%。', en: '"{rule}": "{column}" {value} is {percent}% of "{other}" {base}; at least {min}% required.' },
  'over-cap': { zh: '「{rule}」：「{tier}」的「{column}」合计 {value}，超过上限 {max}。', en: '"{rule}": the {tierEn} customer\'s "{column}" totals {value}, above the cap of {max}.' },
  'over-quota': { zh: '「{rule}」：「{tier}」有 {count} 位，超过名额 {quota} 位。', en: '"{rule}": {count} {tierEn} customers, above the quota of {quota}.' },
  // One message for a blank percentage and a blank cap or quota (they were two kinds' ids).
  'not-configured': { zh: '「{rule}」未配置：制度中{blank}是空白（{shown}），请在规则配置中填写{param}。', en: '"{rule}" not configured: the document leaves {blankEn} blank ({shown}); set it in the profile{paramEn}.' },
};

export const valueLimit = /* @__PURE__ */ defineKind<ValueLimitParams>()({
  id: 'value-limit',
  messages,
  // A blank percentage needs no column: the rule only says it is not configured.
  needs: (p) => [
    ...(p.minPercent === null ? [] : p.percentOf ? [p.field, p.percentOf] : [p.field]),
    ...(p.caps ? (['tier'] as const) : []),
    ...(p.outcome === 'any' ? [] : (['outcome'] as const)),
  ],
  emits: (p) => [
    ...(p.min !== undefined ? (['below-min'] as const) : []),
    ...(p.minPercent !== undefined ? (['below'] as const) : []),
    ...(p.caps ? (['over-cap', 'over-quota'] as const) : []),
    ...(p.minPercent === null || p.caps?.some((c) => c.max === null || c.quota === null) ? (['not-configured'] as const) : []),
  ],
  check(rule, ctx) {
    const p = rule.params;
    if (p.minPercent === null) {
      ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured', data: { blank: '的百分比', blankEn: 'the percentage', shown: '---%', param: '（minPercent）', paramEn: ' (minPercent)' } });
      return;
    }
    const values = ctx.ledger.numbers[p.field];
    const base = p.percentOf ? ctx.ledger.numbers[p.percentOf] : undefined;
    if (!values || (p.percentOf && !base)) return;
    const applies = ctx.applicable(rule);
    const { records, start, count, tierNow } = ctx.ledger.customers;
    const want = p.outcome === 'reached' ? OUTCOME.REACHED : p.outcome === 'not-reached' ? OUTCOME.NOT_REACHED : -1;
    const outcome = ctx.ledger.outcome;
    // Exemptions are rare: the outcome text is read only for records that would be judged.
    const exempt = (i: number) => {
      if (want >= 0 && outcome[i] !== want) return true;
      if (!p.exemptWords.length) return false;
      const o = ctx.ledger.textAt('outcome', i);
      return o !== null && p.exemptWords.some((w) => o.includes(w));
    };
    // Below the minimum (a number) or the percentage (a ratio); NaN, a blank cell, fails every comparison.
    const other = base ? columnName(ctx, p.percentOf!) : '';
    const judge = (c: number, i: number, n: number, d: number) => {
      if (base) {
        if (!(d > 0) || !(n >= 0) || n * 100 >= p.minPercent! * d) return;
        ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'below', data: { value: n, base: d, percent: Math.floor((n * 1000) / d) / 10, min: p.minPercent!, other } });
      } else if (p.min !== undefined && n < p.min) {
        ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'below-min', data: { value: n, min: p.min } });
      }
    };
    if (p.min !== undefined || base) {
      if (p.per === 'record') {
        for (let i = 0; i < ctx.ledger.size; i++) {
          const n = values[i];
          const d = base ? base[i] : NaN;
          // Cheap comparisons first: most records are within the limit.
          if (base ? !(d > 0) || !(n >= 0) || n * 100 >= p.minPercent! * d : !(n < p.min!)) continue;
          const c = ctx.ledger.customerOf[i];
          if (c < 0 || applies[c] !== 1 || exempt(i)) continue;
          judge(c, i, n, d);
        }
      } else {
        for (let c = 0; c < count; c++) {
          if (applies[c] !== 1) continue;
          let n = 0;
          let d = 0;
          let row = -1;
          for (let j = start[c]; j < start[c + 1]; j++) {
            const i = records[j];
            if (Number.isNaN(values[i]) || (base && Number.isNaN(base[i])) || exempt(i)) continue;
            n += values[i];
            if (base) d += base[i];
            row = i;
          }
          if (row >= 0) judge(c, row, n, d);
        }
      }
    }
    for (const limit of p.caps ?? []) {
      const tier = tierIndex(ctx, limit.tier);
      const label = ctx.profile.tiers[tier]?.label ?? { zh: limit.tier, en: limit.tier };
      const names = { tier: label.zh, tierEn: label.en };
      const blank = [limit.max === null ? ['金额上限', 'value cap'] : undefined, limit.quota === null ? ['名额', 'quota'] : undefined].filter((x) => x !== undefined);
      if (blank.length) {
        const what = { zh: blank.map((b) => b[0]).join('和'), en: blank.map((b) => b[1]).join(' and ') };
        ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured', data: { ...names, blank: `「${label.zh}」的${what.zh}`, blankEn: `the ${what.en} for ${label.en} customers`, shown: 'Xx元 / X位', param: '', paramEn: '' } });
      }
      let given = 0;
      let lastGiven = -1;
      for (let c = 0; c < count; c++) {
        if (applies[c] !== 1 || tierNow[c] !== tier) continue;
        let total = 0;
        let row = -1;
        for (let j = start[c]; j < start[c + 1]; j++) {
          const i = records[j];
          const v = values[i];
          if (Number.isNaN(v) || exempt(i)) continue;
          row = i;
          if (p.per === 'record') {
            if (limit.max !== null && v > limit.max) ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'over-cap', data: { ...names, value: v, max: limit.max } });
          } else total += v;
        }
        if (row < 0) continue;
        given++;
        lastGiven = row;
        if (p.per === 'customer' && limit.max !== null && total > limit.max) ctx.emit(rule, { status: 'violation', customer: c, record: row, field: p.field, messageId: 'over-cap', data: { ...names, value: total, max: limit.max } });
      }
      // The quota is about the whole list: one finding, at the row that went over.
      if (limit.quota !== null && given > limit.quota) ctx.emit(rule, { status: 'violation', customer: ctx.ledger.customerOf[lastGiven], record: lastGiven, field: p.field, messageId: 'over-quota', data: { ...names, count: given, quota: limit.quota } });
    }
  },
});
