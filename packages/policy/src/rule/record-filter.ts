/**
 * The one record filter: which records a rule looks at. A rule's `records` (applied by the engine
 * once, before the rule's kind runs) and a kind's own narrower filters (a field needed only on phone
 * calls) use this schema and this evaluator, with one meaning:
 * - a record passes when every clause holds for it;
 * - a clause holds when the ledger shows it: a blank or unreadable cell does not show it
 *   ({@link FILTER.UNKNOWN}: it may or may not hold; kinds that count contacts may treat such a
 *   contact as one that might count), except where a blank is itself an answer (`filled`: not
 *   filled; `departments`: made by none of the departments named);
 * - a column the ledger lacks makes the rule unable to tell (reported once as a missing column),
 *   unless the filter says `ifColumnMissing: 'pass'`.
 */
import { z } from 'zod';
import { CHANNELS, Precision, type Channel } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import { channelSchema, fieldSchema, typedSchema } from './common';
import type { RuleContext } from './kind';
import type { RuleBase } from './rule';

/**
 * Which records a rule looks at; every condition given must hold (absent = any record).
 * @example { channels: ['phone'] } // phone callbacks only
 * @example { callbackTypes: ['生日', '寿辰'] } // callback type containing 生日 or 寿辰
 * @example { filled: ['birthday', 'celebrationAt'] } // rows that carry a birthday or a celebration date
 * @example { flag: { field: 'importance', values: ['重要', '是'] } } // rows marked important
 * @example { departments: { except: ['技术'] }, ifColumnMissing: 'pass' } // everyone's contacts but the technical department's
 */
const recordFilterFields = /* @__PURE__ */ (() => ({
  /** The record's channel is one of these (a blank channel does not match). */
  channels: z.array(channelSchema).min(1).max(10).optional(),
  /** The callback-type cell contains one of these words (a blank type does not match). */
  callbackTypes: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** At least one of these fields is filled on the record. */
  filled: z.array(fieldSchema).min(1).max(10).optional(),
  /** A text field's cell is exactly one of these values (after trimming). */
  flag: z.strictObject({ field: fieldSchema, values: z.array(z.string().min(1).max(50)).min(1).max(20) }).optional(),
  /**
   * A text field's cell contains one of `words` and none of `except` (处理完毕 but not 未处理完毕).
   * @example { field: 'handlingStatus', words: ['處理完畢', '处理完毕', '結案'], except: ['未'] }
   */
  mentions: z
    .strictObject({ field: fieldSchema, words: z.array(z.string().min(1).max(50)).min(1).max(20), except: z.array(z.string().min(1).max(50)).max(20).default([]) })
    .optional(),
  /** The record's outcome (a blank or unreadable outcome matches neither). @example 'not-reached' */
  outcome: z.enum(['reached', 'not-reached']).optional(),
  /** The record is a successful contact (reached, with content: catalog §16 A3), not a mere attempt. @example true */
  qualifying: z.boolean().optional(),
  /**
   * The department of whoever made the contact (回访部门) contains one of `include`, or none of
   * `except`: a technical department's visit does not keep a salesperson's cadence, and the other
   * way round. A blank department names none of them (the column is filled in when another
   * department makes the contact): it fails `include` and passes `except`.
   * @example { include: ['技术'] } // only the technical department's contacts
   * @example { except: ['技术'] } // everyone's but the technical department's
   */
  departments: z
    .union([z.strictObject({ include: z.array(z.string().min(1).max(50)).min(1).max(20) }), z.strictObject({ except: z.array(z.string().min(1).max(50)).min(1).max(20) })])
    .optional(),
}))();
/** One clause set of a record filter: every clause given must hold (see recordFilterSchema for each). */
export interface RecordClauses {
  /** The record's channel is one of these (a blank channel does not match). */
  channels?: Channel[];
  /** The callback-type cell contains one of these words (a blank type does not match). */
  callbackTypes?: string[];
  /** At least one of these fields is filled on the record. */
  filled?: Field[];
  /** A text field's cell is exactly one of these values (after trimming). */
  flag?: { field: Field; values: string[] };
  /** A text field's cell contains one of `words` and none of `except` (处理完毕 but not 未处理完毕). */
  mentions?: { field: Field; words: string[]; except: string[] };
  /** The record's outcome (a blank or unreadable outcome matches neither). */
  outcome?: 'reached' | 'not-reached';
  /** The record is a successful contact (reached, with content), not a mere attempt. */
  qualifying?: boolean;
  /** The department of whoever made the contact (回访部门) contains one of `include`, or none of `except`. */
  departments?: { include: string[] } | { except: string[] };
}
/** Which records a rule looks at (absent: all); see recordFilterSchema. */
export interface RecordFilter extends RecordClauses {
  /** A ledger without a column a clause reads: 'cannot-check' (default) or 'pass'. */
  ifColumnMissing?: 'cannot-check' | 'pass';
  /** And at least one of these holds. */
  anyOf?: RecordClauses[];
}
/** Record clauses as written (`mentions.except` may be left out). */
export type RecordClausesInput = Omit<RecordClauses, 'mentions'> & { mentions?: { field: Field; words: string[]; except?: string[] } };
/** A record filter as written. */
export type RecordFilterInput = RecordClausesInput & Pick<RecordFilter, 'ifColumnMissing'> & { anyOf?: RecordClausesInput[] };
const oneRecordFilter = /* @__PURE__ */ (() => z.strictObject(recordFilterFields))();
export const recordFilterSchema = /* @__PURE__ */ (() => typedSchema<RecordFilter, RecordFilterInput>()(z.strictObject({
  ...recordFilterFields,
  /**
   * A ledger without a column a clause reads. 'cannot-check' (default): the rule cannot tell which
   * records the clause selects, and says so once. 'pass': the ledger does not tell its records apart
   * by that column, so every record passes the clause (a log without 回访类型 is a log of the
   * callbacks the rule asks for). @example 'pass'
   */
  ifColumnMissing: z.enum(['cannot-check', 'pass']).optional(),
  /**
   * And at least one of these holds: a meeting is one by its channel or by its type. An
   * alternative whose columns the ledger lacks is left out; with none left the rule cannot tell.
   * @example [{ channels: ['meeting'] }, { callbackTypes: ['会议', '座谈'] }]
   */
  anyOf: z.array(oneRecordFilter).min(2).max(5).optional(),
})))();

/** Values of a filter mask: the record fails, passes, or has a blank or unreadable cell a clause reads. */
export const FILTER = { FAILS: 0, PASSES: 1, UNKNOWN: 2 } as const;

/** Columns a filter reads; without them it cannot tell which records it selects. */
export function filterColumns(filter: RecordFilter | undefined): Field[] {
  if (!filter) return [];
  const out: Field[] = [];
  if (filter.channels) out.push('channel');
  if (filter.callbackTypes) out.push('callbackType');
  if (filter.flag) out.push(filter.flag.field);
  if (filter.mentions) out.push(filter.mentions.field);
  if (filter.outcome) out.push('outcome');
  if (filter.departments) out.push('performerDept');
  return out;
}

/** Fold one clause's verdict for a record into the record's value: a failure wins, then unknown. */
function fold(mask: Uint8Array, i: number, v: number): void {
  if (v === FILTER.FAILS || mask[i] === FILTER.FAILS) mask[i] = FILTER.FAILS;
  else if (v === FILTER.UNKNOWN) mask[i] = FILTER.UNKNOWN;
}

/** The filter without the clauses whose columns the ledger lacks (`ifColumnMissing: 'pass'`). */
function present(ctx: RuleContext, filter: RecordFilter): RecordFilter {
  const has = (fields: Field[]) => fields.every((f) => ctx.ledger.columns[f] !== undefined);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'anyOf' || key === 'ifColumnMissing' || has(filterColumns({ [key]: value } as RecordFilter))) out[key] = value;
  }
  return out as RecordFilter;
}

/**
 * Per record, {@link FILTER} PASSES when the filter holds, FAILS when it does not, UNKNOWN when a
 * cell it reads is blank or unreadable; undefined when the filter cannot run (a column it reads is
 * missing: reported once as indeterminate). One pass over typed columns per clause.
 * @example recordMask(rule, ctx, { channels: ['phone'] }) // 1 on phone records, 0 on others, 2 where the channel is blank
 */
export function recordMask(rule: RuleBase, ctx: RuleContext, filter: RecordFilter | undefined): Uint8Array | undefined {
  const n = ctx.ledger.size;
  const mask = new Uint8Array(n).fill(FILTER.PASSES);
  if (!filter) return mask;
  if (filter.ifColumnMissing === 'pass') filter = present(ctx, filter);
  else if (!ctx.requireColumns(rule, filterColumns(filter))) return undefined;
  if (filter.anyOf) {
    // The alternatives the ledger has the columns for; without any, the first one's are reported missing.
    const usable = filter.anyOf.filter((f) => filterColumns(f).every((field) => ctx.ledger.columns[field] !== undefined));
    if (usable.length === 0) {
      if (filter.ifColumnMissing === 'pass') return mask;
      ctx.requireColumns(rule, filterColumns(filter.anyOf[0]));
      return undefined;
    }
    // A record passes when one alternative passes; else unknown when one is unknown.
    const any = new Uint8Array(n);
    for (const f of usable) {
      const m = recordMask(rule, ctx, f)!;
      for (let i = 0; i < n; i++) if (m[i] === FILTER.PASSES || (m[i] === FILTER.UNKNOWN && any[i] === FILTER.FAILS)) any[i] = m[i];
    }
    for (let i = 0; i < n; i++) fold(mask, i, any[i]);
  }
  if (filter.filled) {
    // A field the ledger lacks is never filled; when it lacks all of them, say so. Blank is an answer here: not filled.
    const fields = filter.filled.filter((f) => ctx.ledger.columns[f] !== undefined);
    if (fields.length === 0 && !ctx.requireColumns(rule, [filter.filled[0]])) return undefined;
    const any = new Uint8Array(n);
    for (const f of fields) {
      const t = ctx.ledger.times[f];
      const len = t ? undefined : ctx.ledger.textLength[f];
      const num = ctx.ledger.numbers[f];
      for (let i = 0; i < n; i++) {
        if (t ? t.precision[i] !== Precision.None : len ? len[i] >= 0 : num ? !Number.isNaN(num[i]) : true) any[i] = 1;
      }
    }
    for (let i = 0; i < n; i++) fold(mask, i, any[i]);
  }
  if (filter.channels) {
    const ok = new Uint8Array(CHANNELS.length);
    for (const ch of filter.channels) ok[CHANNELS.indexOf(ch)] = 1;
    const channel = ctx.ledger.channel;
    for (let i = 0; i < n; i++) fold(mask, i, channel[i] < 0 ? FILTER.UNKNOWN : ok[channel[i]]);
  }
  if (filter.callbackTypes) {
    const words = filter.callbackTypes;
    const types = ctx.ledger.text.callbackType!;
    for (let i = 0; i < n; i++) {
      const t = types[i];
      fold(mask, i, t === null ? FILTER.UNKNOWN : words.some((w) => t.includes(w)) ? FILTER.PASSES : FILTER.FAILS);
    }
  }
  if (filter.outcome) {
    const want = filter.outcome === 'reached' ? 0 : 1;
    const outcome = ctx.ledger.outcome;
    for (let i = 0; i < n; i++) fold(mask, i, outcome[i] < 0 ? FILTER.UNKNOWN : outcome[i] === want ? FILTER.PASSES : FILTER.FAILS);
  }
  if (filter.mentions) {
    const { words, except } = filter.mentions;
    const text = ctx.ledger.text[filter.mentions.field];
    // A ledger repeats a handful of status words: decide each distinct one once.
    const decided = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const t = text?.[i];
      if (t === null || t === undefined) {
        fold(mask, i, FILTER.UNKNOWN);
        continue;
      }
      let v = decided.get(t);
      if (v === undefined) decided.set(t, (v = words.some((w) => t.includes(w)) && !except.some((w) => t.includes(w)) ? FILTER.PASSES : FILTER.FAILS));
      fold(mask, i, v);
    }
  }
  if (filter.qualifying) for (let i = 0; i < n; i++) fold(mask, i, ctx.qualifies[i] === 1 ? FILTER.PASSES : ctx.qualifies[i] === 0 ? FILTER.FAILS : FILTER.UNKNOWN);
  if (filter.departments) {
    const include = 'include' in filter.departments;
    const words = 'include' in filter.departments ? filter.departments.include : filter.departments.except;
    const depts = ctx.ledger.text.performerDept!;
    // A ledger repeats a handful of department names: decide each distinct one once.
    const decided = new Map<string, boolean>();
    for (let i = 0; i < n; i++) {
      const d = depts[i];
      // A blank department names none of them.
      let named = false;
      if (d !== null) {
        let v = decided.get(d);
        if (v === undefined) decided.set(d, (v = words.some((w) => d.includes(w))));
        named = v;
      }
      fold(mask, i, named === include ? FILTER.PASSES : FILTER.FAILS);
    }
  }
  if (filter.flag) {
    const values = new Set(filter.flag.values);
    const text = ctx.ledger.text[filter.flag.field];
    for (let i = 0; i < n; i++) {
      const t = text?.[i];
      fold(mask, i, t === null || t === undefined ? FILTER.UNKNOWN : values.has(t.trim()) ? FILTER.PASSES : FILTER.FAILS);
    }
  }
  return mask;
}
