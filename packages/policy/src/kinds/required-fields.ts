/**
 * Fields that must be filled: per customer, on every contact, or on every row the filter selects;
 * a text may need a minimum length, and words that do not count (口头 is no written report).
 */
import { z } from 'zod';
import { Precision } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import { fieldSchema } from '../rule/common';
import { defineKind, type RuleContext } from '../rule/kind';
import { recordFilterSchema, recordMask } from '../rule/record-filter';
import { oursAt, type RuleBase } from '../rule/rule';
import { hasContact, inSpan, latestRecord } from './shared';
import type { Channel } from '../ledger/cells';
import type { RecordFilter } from '../rule/record-filter';
import { typedSchema } from '../rule/common';

/**
 * Fields that must be filled, per customer (on any of its rows), on every contact row (a row with
 * a contact time), or on every row the filter selects whether dated or not (`row`: each measure of
 * a form needs its own person and schedule).
 * @example { scope: 'contact', fields: [{ field: 'content', minLength: 10 }] }
 */
export const requiredFieldsParams = /* @__PURE__ */ (() => typedSchema<RequiredFieldsParams, RequiredFieldsParamsInput>()(z.strictObject({
  scope: z.enum(['customer', 'contact', 'row']),
  fields: z
    .array(
      z.strictObject({
        field: fieldSchema,
        /** Characters (not bytes) a text needs at least. @example 10 */
        minLength: z.number().int().min(1).max(10000).optional(),
        /** Only records where this also holds need this field (the outcome of a phone call). */
        only: recordFilterSchema.optional(),
        /**
         * A filled cell containing one of these words does not count (必须是文件或文字的,否则无效:
         * 口头 is no written report), unless it also contains one of `unless` (口头并书面上报).
         */
        invalidWords: z.array(z.string().min(1).max(20)).min(1).max(30).optional(),
        unless: z.array(z.string().min(1).max(20)).max(30).optional(),
      }),
    )
    .min(1)
    .max(30),
})))();
/** The params of this kind's rules (`requiredFieldsParams` checks them). */
export interface RequiredFieldsParams {
  scope: 'customer' | 'contact' | 'row';
  fields: { field: Field; minLength?: number | undefined; only?: RecordFilter | undefined; invalidWords?: string[] | undefined; unless?: string[] | undefined; }[];
}
/** RequiredFieldsParams as a profile writes them (defaults not yet filled in). */
export type RequiredFieldsParamsInput = { scope: 'customer' | 'contact' | 'row'; fields: { field: Field; minLength?: number | undefined; only?: { ifColumnMissing?: 'cannot-check' | 'pass' | undefined; anyOf?: { channels?: Channel[] | undefined; callbackTypes?: string[] | undefined; filled?: Field[] | undefined; flag?: { field: Field; values: string[]; } | undefined; mentions?: { field: Field; words: string[]; except?: string[] | undefined; } | undefined; outcome?: 'reached' | 'not-reached' | undefined; qualifying?: boolean | undefined; departments?: { include: string[]; } | { except: string[]; } | undefined; }[] | undefined; channels?: Channel[] | undefined; callbackTypes?: string[] | undefined; filled?: Field[] | undefined; flag?: { field: Field; values: string[]; } | undefined; mentions?: { field: Field; words: string[]; except?: string[] | undefined; } | undefined; outcome?: 'reached' | 'not-reached' | undefined; qualifying?: boolean | undefined; departments?: { include: string[]; } | { except: string[]; } | undefined; } | undefined; invalidWords?: string[] | undefined; unless?: string[] | undefined; }[]; };

const messages = {
  missing: { zh: '「{rule}」：「{column}」未填写。', en: '"{rule}": "{column}" is empty.' },
  'too-short': { zh: '「{rule}」：「{column}」只有 {length} 个字，至少应有 {min} 个字。', en: '"{rule}": "{column}" has {length} characters; at least {min} required.' },
  'does-not-count': { zh: '「{rule}」：「{column}」写的是“{value}”，“{word}”按规定不算数。', en: '"{rule}": "{column}" reads "{value}"; "{word}" does not count under the rule.' },
};

const EMPTY = 0;
const FILLED = 1;
const SHORT = 2;

/**
 * Per record: whether a field holds a value (FILLED), is blank (EMPTY), or is text shorter than
 * `minLength` (SHORT). Unreadable cells count as filled: they are reported as invalid already.
 */
function fillState(ctx: RuleContext, field: Field, minLength = 1): Uint8Array {
  const n = ctx.ledger.size;
  const out = new Uint8Array(n);
  const t = ctx.ledger.times[field];
  const text = ctx.ledger.text[field];
  const num = ctx.ledger.numbers[field];
  const code = field === 'tier' ? ctx.ledger.tier : field === 'channel' ? ctx.ledger.channel : field === 'outcome' ? ctx.ledger.outcome : undefined;
  // One tight loop per column type.
  if (t) {
    const p = t.precision;
    for (let i = 0; i < n; i++) out[i] = p[i] !== Precision.None ? FILLED : EMPTY;
  } else if (text) {
    const len = ctx.ledger.textLength[field]!;
    for (let i = 0; i < n; i++) {
      const l = len[i];
      // Only a short text needs its characters counted (surrogate pairs).
      out[i] = l < 0 ? EMPTY : l >= 2 * minLength || codePointLength(text[i]!, minLength) >= minLength ? FILLED : SHORT;
    }
  } else if (code) {
    for (let i = 0; i < n; i++) out[i] = code[i] !== -1 ? FILLED : EMPTY;
  } else if (num) {
    for (let i = 0; i < n; i++) out[i] = Number.isNaN(num[i]) ? EMPTY : FILLED;
  } else out.fill(FILLED);
  return out;
}

/** Fill state of one cell (see fillState). */
function cellState(ctx: RuleContext, field: Field, record: number, minLength = 1): number {
  const t = ctx.ledger.times[field];
  if (t) return t.precision[record] !== Precision.None ? FILLED : EMPTY;
  if (field === 'tier') return ctx.ledger.tier[record] !== -1 ? FILLED : EMPTY;
  if (field === 'channel') return ctx.ledger.channel[record] !== -1 ? FILLED : EMPTY;
  if (field === 'outcome') return ctx.ledger.outcome[record] !== -1 ? FILLED : EMPTY;
  const num = ctx.ledger.numbers[field];
  if (num) return Number.isNaN(num[record]) ? EMPTY : FILLED;
  const v = ctx.ledger.textAt(field, record);
  return v === null ? EMPTY : codePointLength(v, minLength) >= minLength ? FILLED : SHORT;
}

/** Characters (code points) in a text, counted only as far as needed to compare with `enough`. */
function codePointLength(text: string, enough: number): number {
  if (text.length >= 2 * enough) return text.length; // even all surrogate pairs would reach it
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

export const requiredFields = /* @__PURE__ */ defineKind<RequiredFieldsParams>()({
  id: 'required-fields',
  messages,
  needs: (p) => [...(p.scope === 'contact' ? (['contactAt'] as const) : [])],
  stageSpans: true,
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    // Per contact, only those in the stage the rule is for; a customer's file (scope customer) is
    // the customer's, whenever its cells were written.
    const span = ctx.stageSpan(rule);
    const p = rule.params;
    // Only the records the filter selects need the fields (a phone callback needs its recording).
    const only = ctx.records(rule);
    if (!only) return;
    const { records, start, count } = ctx.ledger.customers;
    // Nothing to say about a column when the rule concerns no customer (no old customers, say).
    let anyone = false;
    for (let c = 0; c < count && !anyone; c++) {
      for (let j = start[c]; j < start[c + 1] && !anyone; j++) anyone = applies[c] === 1 && only[records[j]] === 1;
    }
    if (!anyone) return;
    // A column the ledger lacks is reported once; the other fields are still checked. A field's own
    // filter (the outcome of phone calls only) narrows the records that need it.
    // A minimum length the document does not state (详实) is ours: its findings say so, as warnings.
    const fields = p.fields
      .map((f, k) => ({ ...f, ours: f.minLength !== undefined && oursAt(rule, `fields.${k}.minLength`) ? `fields.${k}.minLength` : undefined }))
      .filter((f) => ctx.requireColumns(rule, [f.field]))
      .map((f) => ({ ...f, mask: f.only ? recordMask(rule, ctx, f.only) : undefined }));
    const needed = (f: (typeof fields)[number], i: number) => !f.only || (f.mask !== undefined && f.mask[i] === 1);
    if (p.scope === 'customer') {
      // Per customer, stop at the first filled row: text cells are read one by one, not as columns.
      for (let c = 0; c < count; c++) {
        if (applies[c] !== 1) continue;
        // The filter selects customers (one selected record is enough); the fields may be on any row.
        let selected = false;
        for (let j = start[c]; j < start[c + 1] && !selected; j++) selected = only[records[j]] === 1;
        if (!selected) continue;
        for (const f of fields) {
          if (f.only) {
            let any = false;
            for (let j = start[c]; j < start[c + 1] && !any; j++) any = needed(f, records[j]);
            if (!any) continue;
          }
          let best = EMPTY;
          for (let j = start[c]; j < start[c + 1] && best !== FILLED; j++) {
            const s = cellState(ctx, f.field, records[j], f.minLength);
            if (s !== EMPTY) best = s;
          }
          if (best !== FILLED) emitMissing(rule, ctx, c, latestRecord(ctx, c), f, best === SHORT);
        }
      }
      return;
    }
    const present = fields.map((f) => ({ ...f, state: fillState(ctx, f.field, f.minLength) }));
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if ((p.scope === 'contact' && !hasContact(ctx, i)) || only[i] !== 1) continue;
        if (span && !inSpan(span, c, ctx.ledger.times.contactAt!.minute[i])) continue;
        for (const f of present) {
          if (!needed(f, i)) continue;
          if (f.state[i] !== FILLED) emitMissing(rule, ctx, c, i, f, f.state[i] === SHORT);
          else if (f.invalidWords) {
            const v = ctx.ledger.textAt(f.field, i);
            const word = v === null ? undefined : f.invalidWords.find((w) => v.includes(w));
            if (word !== undefined && !f.unless?.some((w) => v!.includes(w))) {
              ctx.emit(rule, { status: 'violation', customer: c, record: i, field: f.field, messageId: 'does-not-count', data: { value: v!.slice(0, 40), word } });
            }
          }
        }
      }
    }
  },
});

function emitMissing(rule: RuleBase, ctx: RuleContext<keyof typeof messages>, c: number, record: number, f: { field: Field; minLength?: number; ours?: string }, short: boolean): void {
  const field = f.field;
  if (short) {
    const v = ctx.ledger.text[field]?.[record] ?? '';
    const data = { length: codePointLength(v, Infinity), min: f.minLength ?? 1 };
    // `ours` names the param the finding rests on; the renderer says the number is ledgerlint's.
    if (f.ours) ctx.emit(rule, { status: 'violation', severity: 'warning', customer: c, record, field, messageId: 'too-short', data: { ...data, ours: f.ours } });
    else ctx.emit(rule, { status: 'violation', customer: c, record, field, messageId: 'too-short', data });
  } else ctx.emit(rule, { status: 'violation', customer: c, record, field, messageId: 'missing' });
}
