/** Which records a rule looks at (`only` in field-deadline, retention and required-fields params). */
import { CHANNELS, Precision } from '../ledger/cells';
import type { Field } from '../ledger/fields';
import type { RuleContext } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import type { RecordFilter } from './params';

/** Columns a filter reads; without them it cannot tell which records it selects. */
export function filterColumns(filter: RecordFilter | undefined): Field[] {
  if (!filter) return [];
  const out: Field[] = [];
  if (filter.channels) out.push('channel');
  if (filter.callbackTypes) out.push('callbackType');
  if (filter.flag) out.push(filter.flag.field);
  if (filter.mentions) out.push(filter.mentions.field);
  if (filter.outcome) out.push('outcome');
  return out;
}

/**
 * Per record, 1 when the filter holds; undefined when the filter cannot run (a column it reads is
 * missing: reported once as indeterminate). One pass over typed columns.
 * @example recordMask(rule, ctx, { channels: ['phone'] }) // 1 on phone records
 */
export function recordMask(rule: RuleBase, ctx: RuleContext, filter: RecordFilter | undefined): Uint8Array | undefined {
  const n = ctx.ledger.size;
  const mask = new Uint8Array(n).fill(1);
  if (!filter) return mask;
  if (!ctx.requireColumns(rule, filterColumns(filter))) return undefined;
  if (filter.anyOf) {
    // The alternatives the ledger has the columns for; without any, the first one's are reported missing.
    const usable = filter.anyOf.filter((f) => filterColumns(f).every((field) => ctx.ledger.columns[field] !== undefined));
    if (usable.length === 0) {
      ctx.requireColumns(rule, filterColumns(filter.anyOf[0]));
      return undefined;
    }
    const any = new Uint8Array(n);
    for (const f of usable) {
      const m = recordMask(rule, ctx, f)!;
      for (let i = 0; i < n; i++) any[i] |= m[i];
    }
    for (let i = 0; i < n; i++) mask[i] &= any[i];
  }
  if (filter.filled) {
    // A field the ledger lacks is never filled; when it lacks all of them, say so.
    const present = filter.filled.filter((f) => ctx.ledger.columns[f] !== undefined);
    if (present.length === 0 && !ctx.requireColumns(rule, [filter.filled[0]])) return undefined;
    const any = new Uint8Array(n);
    for (const f of present) {
      const t = ctx.ledger.times[f];
      const len = t ? undefined : ctx.ledger.textLength[f];
      const num = ctx.ledger.numbers[f];
      for (let i = 0; i < n; i++) {
        if (t ? t.precision[i] !== Precision.None : len ? len[i] >= 0 : num ? !Number.isNaN(num[i]) : true) any[i] = 1;
      }
    }
    for (let i = 0; i < n; i++) mask[i] &= any[i];
  }
  if (filter.channels) {
    const ok = new Uint8Array(CHANNELS.length);
    for (const ch of filter.channels) ok[CHANNELS.indexOf(ch)] = 1;
    const channel = ctx.ledger.channel;
    for (let i = 0; i < n; i++) if (channel[i] < 0 || ok[channel[i]] === 0) mask[i] = 0;
  }
  if (filter.callbackTypes) {
    const words = filter.callbackTypes;
    const types = ctx.ledger.text.callbackType!;
    for (let i = 0; i < n; i++) {
      const t = types[i];
      if (t === null || !words.some((w) => t.includes(w))) mask[i] = 0;
    }
  }
  if (filter.outcome) {
    const want = filter.outcome === 'reached' ? 0 : 1;
    const outcome = ctx.ledger.outcome;
    for (let i = 0; i < n; i++) if (outcome[i] !== want) mask[i] = 0;
  }
  if (filter.mentions) {
    const { words, except } = filter.mentions;
    const text = ctx.ledger.text[filter.mentions.field];
    // A ledger repeats a handful of status words: decide each distinct one once.
    const decided = new Map<string, boolean>();
    for (let i = 0; i < n; i++) {
      const t = text?.[i];
      if (t === null || t === undefined) {
        mask[i] = 0;
        continue;
      }
      let ok = decided.get(t);
      if (ok === undefined) decided.set(t, (ok = words.some((w) => t.includes(w)) && !except.some((w) => t.includes(w))));
      if (!ok) mask[i] = 0;
    }
  }
  if (filter.qualifying) for (let i = 0; i < n; i++) if (ctx.qualifies[i] !== 1) mask[i] = 0;
  if (filter.flag) {
    const values = new Set(filter.flag.values);
    const text = ctx.ledger.text[filter.flag.field];
    for (let i = 0; i < n; i++) {
      const t = text?.[i];
      if (t === null || t === undefined || !values.has(t.trim())) mask[i] = 0;
    }
  }
  return mask;
}
