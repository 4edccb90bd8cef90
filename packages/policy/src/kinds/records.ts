/**
 * Record-keeping rules: times to the minute, required fields, content in detail, quiet hours,
 * open questions answered.
 */
import { CHANNELS, Precision } from '../ledger/cells';
import { defineKind, type RuleContext } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import type { Field } from '../ledger/fields';
import { isoDate } from '../time/day';
import { type OpenQuestionParams, type QuietHoursParams, type RequiredFieldsParams, type TimePrecisionParams, openQuestionParams, quietHoursParams, requiredFieldsParams, timePrecisionParams } from './params';
import { recordMask } from '../rule/record-filter';
import { clockText, clockWindows, dayOf, hasContact, inSpan, latestRecord, minuteOfDay, windowAt } from './shared';

const recordMessages = {
  'no-time': { zh: '「{rule}」：「{column}」只有日期 {date}，没有填到时、分。', en: '"{rule}": "{column}" holds the date {date} without hour and minute.' },
  missing: { zh: '「{rule}」：「{column}」未填写。', en: '"{rule}": "{column}" is empty.' },
  'too-short': { zh: '「{rule}」：「{column}」只有 {length} 个字，至少应有 {min} 个字。', en: '"{rule}": "{column}" has {length} characters; at least {min} required.' },
  'does-not-count': { zh: '「{rule}」：「{column}」写的是“{value}”，“{word}”按规定不算数。', en: '"{rule}": "{column}" reads "{value}"; "{word}" does not count under the rule.' },
  quiet: { zh: '「{rule}」：{time} 的电话在客户休息时段（{window}）。', en: '"{rule}": the call at {time} fell in rest hours ({window}).' },
  unanswered: { zh: '「{rule}」：{asked} 记录的问题到下一次回访（{next}）仍无答复。', en: '"{rule}": the question recorded on {asked} was still unanswered at the next contact ({next}).' },
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

export const timePrecision = defineKind({
  id: 'time-precision',
  params: timePrecisionParams,
  messages: recordMessages,
  needs: (p) => [p.field],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const col = ctx.ledger.times[rule.params.field]!;
    // A date whose time column (回访日期 + 回访时间) holds something unreadable: the time was
    // written, and that cell is reported as invalid already; "no time filled in" would be false.
    const clockUnreadable = new Uint8Array(rule.params.field === 'contactAt' ? ctx.ledger.size : 0);
    if (clockUnreadable.length) for (const p of ctx.ledger.problems) if (p.field === 'contactClock') clockUnreadable[p.record] = 1;
    for (let i = 0; i < ctx.ledger.size; i++) {
      if (col.precision[i] !== Precision.Day || clockUnreadable[i] === 1) continue;
      const c = ctx.ledger.customerOf[i];
      if (c >= 0 && applies[c] !== 1) continue;
      ctx.emit(rule, { status: 'violation', customer: c >= 0 ? c : null, record: i, field: rule.params.field, messageId: 'no-time', data: { date: isoDate(dayOf(col.minute[i])) } });
    }
  },
});

export const requiredFields = defineKind({
  id: 'required-fields',
  params: requiredFieldsParams,
  messages: recordMessages,
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
    const fields = p.fields.filter((f) => ctx.requireColumns(rule, [f.field])).map((f) => ({ ...f, mask: f.only ? recordMask(rule, ctx, f.only) : undefined }));
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
          if (best !== FILLED) emitMissing(rule, ctx, c, latestRecord(ctx, c), f.field, best === SHORT ? 'short' : false, f.minLength);
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
          if (f.state[i] !== FILLED) emitMissing(rule, ctx, c, i, f.field, f.state[i] === SHORT ? 'short' : false, f.minLength);
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

function emitMissing(rule: RuleBase, ctx: RuleContext, c: number, record: number, field: Field, state: false | 'short', min?: number): void {
  if (state === 'short') {
    const v = ctx.ledger.text[field]?.[record] ?? '';
    ctx.emit(rule, { status: 'violation', customer: c, record, field, messageId: 'too-short', data: { length: codePointLength(v, Infinity), min: min ?? 1 } });
  } else ctx.emit(rule, { status: 'violation', customer: c, record, field, messageId: 'missing' });
}

export const quietHours = defineKind({
  id: 'quiet-hours',
  params: quietHoursParams,
  messages: recordMessages,
  needs: () => ['contactAt', 'channel'],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const windows = clockWindows(p.windows);
    const channels = new Set(p.channels.map((ch) => CHANNELS.indexOf(ch)));
    const ct = ctx.ledger.times.contactAt!;
    for (let i = 0; i < ctx.ledger.size; i++) {
      if (ct.precision[i] !== Precision.Minute || !channels.has(ctx.ledger.channel[i])) continue;
      const c = ctx.ledger.customerOf[i];
      if (c >= 0 && applies[c] !== 1) continue;
      const mod = minuteOfDay(ct.minute[i]);
      const hit = windowAt(windows, mod, false);
      if (hit < 0) continue;
      ctx.emit(rule, { status: 'violation', customer: c >= 0 ? c : null, record: i, field: 'contactAt', messageId: 'quiet', data: { time: clockText(mod), window: windows[hit].text } });
    }
  },
});

export const openQuestion = defineKind({
  id: 'open-question',
  params: openQuestionParams,
  messages: recordMessages,
  needs: () => ['contactAt', 'openQuestion', 'resolution'],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const q = ctx.ledger.text.openQuestion!;
    const r = ctx.ledger.text.resolution!;
    const ct = ctx.ledger.times.contactAt!;
    const { records, start, count } = ctx.ledger.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (q[i] === null || r[i] !== null || !hasContact(ctx, i)) continue;
        // The next qualifying contact after the question must carry the answer.
        for (let k = j + 1; k < start[c + 1]; k++) {
          const n = records[k];
          if (ctx.qualifies[n] !== 1 || ct.minute[n] <= ct.minute[i]) continue;
          if (r[n] === null) {
            ctx.emit(rule, { status: 'violation', customer: c, record: n, field: 'resolution', messageId: 'unanswered', data: { asked: isoDate(dayOf(ct.minute[i])), next: isoDate(dayOf(ct.minute[n])) } });
          }
          break;
        }
      }
    }
  },
});
