/**
 * Retries before giving up: a customer may be declared unreachable only after enough valid
 * unanswered attempts at different times (客户未接听时,需更换回访时间,至少拨打三次).
 */
import { z } from 'zod';
import { channelSchema, ordered } from '../rule/common';
import { CHANNELS, Precision } from '../ledger/cells';
import { defineKind } from '../rule/kind';
import { isoDate } from '../time/day';
import { dayOf, emitUnsure, isDated, minuteOfDay } from './shared';
import type { Channel } from '../ledger/cells';
import type { Defaulted } from '../rule/common';
import { typedSchema } from '../rule/common';

/**
 * Before a callback is given up (the customer declared unreachable), at least `minAttempts`
 * valid unanswered attempts spread over at least `minHalfDays` different half-days (客户未接听时,
 * 需更换回访时间,至少拨打三次).
 * @example { minAttempts: 3, minHalfDays: 2, minRingSeconds: 20, giveUpAfterDays: 7 }
 */
export const retryParams = /* @__PURE__ */ (() => typedSchema<RetryParams, RetryParamsInput>()(z.strictObject({
  /** Valid attempts needed in the run of unanswered attempts. @example 3 */
  minAttempts: z.number().int().min(1).max(20),
  /** Different half-days (a date's morning or afternoon) those attempts must cover, at most minAttempts. @example 2 */
  minHalfDays: z.number().int().min(1).max(20).default(1),
  /** When the ledger has a ring-time column, an attempt that rang shorter than this is not valid. @example 20 */
  minRingSeconds: z.number().int().min(1).max(600).optional(),
  /** Words in the outcome or content that declare the callback given up. */
  giveUpWords: z.array(z.string().min(1).max(20)).max(30).default(['联系不上', '无法联系', '失联', '放弃', '停止回访', '不再回访']),
  /** A run of unanswered attempts with no later success, this many days old, counts as given up. @example 7 */
  giveUpAfterDays: z.number().int().min(1).max(366).optional(),
  /** Outcome words after which retrying is pointless (空号: the number does not exist); the run is not checked. */
  exemptWords: z.array(z.string().min(1).max(20)).max(30).default(['空号', '停机', '号码错误', '错号']),
  /**
   * Only attempts by these channels count; absent: phone. A blank channel counts (most logs leave
   * it empty on calls), which is why this is not the rule's `records`, where a blank cell leaves
   * a record unknown. @example ['phone']
   */
  channels: z.array(channelSchema).min(1).max(10).default(['phone']),
}).superRefine(ordered('minHalfDays', 'minAttempts', { en: 'fewer attempts than half-days to spread them over can never be enough', zh: '尝试次数少于须分布的半天数，永远无法达标' }))))();
/** The params of this kind's rules (`retryParams` checks them). */
export interface RetryParams {
  /**
   * Valid attempts needed in the run of unanswered attempts.
   * @example 3
   */
  minAttempts: number;
  /**
   * Different half-days (a date's morning or afternoon) those attempts must cover, at most minAttempts.
   * @example 2
   */
  minHalfDays: number;
  /** Words in the outcome or content that declare the callback given up. */
  giveUpWords: string[];
  /**
   * Outcome words after which retrying is pointless (空号: the number does not exist); the run is not checked.
   */
  exemptWords: string[];
  /**
   * Only attempts by these channels count; absent: phone. A blank channel counts (most logs leave
   * it empty on calls), which is why this is not the rule's `records`, where a blank cell leaves
   * a record unknown.
   * @example ['phone']
   */
  channels: Channel[];
  /**
   * When the ledger has a ring-time column, an attempt that rang shorter than this is not valid.
   * @example 20
   */
  minRingSeconds?: number;
  /**
   * A run of unanswered attempts with no later success, this many days old, counts as given up.
   * @example 7
   */
  giveUpAfterDays?: number;
}
/** RetryParams as a profile writes them (defaults not yet filled in). */
export type RetryParamsInput = Defaulted<RetryParams, 'minHalfDays' | 'giveUpWords' | 'exemptWords' | 'channels'>;

const messages = {
  'too-few': {
    zh: '「{rule}」：{first} 至 {last} 共 {count} 次未接通的拨打（其中有效 {valid} 次，分布在 {halfDays} 个不同的上午/下午）后即停止回访；应至少在 {minHalfDays} 个不同时段有效拨打 {min} 次。',
    en: '"{rule}": the callback was given up after {count} unanswered attempt(s) from {first} to {last} ({valid} valid, over {halfDays} different half-day(s)); at least {min} valid attempts over {minHalfDays} different half-days are required.',
  },
};

const NOT_REACHED = 1;
const REACHED = 0;
const BLANK = -1;

export const retry = /* @__PURE__ */ defineKind<RetryParams>()({
  id: 'retry',
  messages,
  needs: () => ['contactAt', 'outcome'],
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const p = rule.params;
    const L = ctx.ledger;
    const ct = L.times.contactAt!;
    const ring = p.minRingSeconds !== undefined ? L.numbers.ringSeconds : undefined;
    const counted = new Uint8Array(CHANNELS.length);
    for (const ch of p.channels) counted[CHANNELS.indexOf(ch)] = 1;
    // Attempts of one callback task share a callback type: one small integer per record.
    const types = L.columns.callbackType !== undefined ? L.text.callbackType! : undefined;
    const typeOf = new Int32Array(L.size);
    if (types) {
      const codes = new Map<string | null, number>();
      for (let i = 0; i < L.size; i++) {
        let k = codes.get(types[i]);
        if (k === undefined) codes.set(types[i], (k = codes.size));
        typeOf[i] = k;
      }
    }
    const content = L.columns.content !== undefined ? L.text.content! : undefined;
    const has = (t: string | null, words: readonly string[]) => t !== null && words.some((w) => t.includes(w));
    // Outcome labels repeat (无人接听, 关机, 联系不上): what each says is decided once. 1 exempt, 2 given up.
    const said = new Map<string | null, number>();
    const outcomeSays = (r: number) => {
      const t = L.textAt('outcome', r);
      let v = said.get(t);
      if (v === undefined) said.set(t, (v = (has(t, p.exemptWords) ? 1 : 0) | (has(t, p.giveUpWords) ? 2 : 0)));
      return v;
    };
    // A record takes part when it is a dated contact by a counted channel (a blank channel counts).
    const inTask = (i: number) => {
      if (!isDated(ct.precision[i])) return false;
      const ch = L.channel[i];
      return ch === -1 || (ch >= 0 && counted[ch] === 1);
    };
    const halfDays = new Float64Array(64);
    const { records, start, count } = L.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      const end = start[c + 1];
      for (let j = start[c]; j < end; j++) {
        const i = records[j];
        if (L.outcome[i] !== NOT_REACHED || !inTask(i)) continue;
        // Only the first unanswered attempt of a run opens it.
        let opens = true;
        for (let k = j - 1; k >= start[c]; k--) {
          const r = records[k];
          // An unreadable outcome neither ends a run nor opens one.
          if (typeOf[r] !== typeOf[i] || !inTask(r) || L.outcome[r] === -2) continue;
          opens = L.outcome[r] !== NOT_REACHED;
          break;
        }
        if (!opens) continue;
        let attempts = 0;
        let valid = 0;
        let nHalf = 0;
        let last = i;
        let resolved = false;
        let exempt = false;
        let gaveUp = false;
        // A row of the task whose channel or outcome cannot be read may have reached the client, or
        // been one more attempt: a shortfall with it in the run cannot be told.
        let unsure = -1;
        for (let k = j; k < end; k++) {
          const r = records[k];
          if (typeOf[r] !== typeOf[i]) continue;
          if (unsure < 0 && isDated(ct.precision[r]) && (L.channel[r] === -2 || (L.outcome[r] === -2 && inTask(r)))) unsure = r;
          if (!inTask(r)) continue;
          const o = L.outcome[r];
          if (o === REACHED || o === BLANK) {
            resolved = true;
            break;
          }
          if (o !== NOT_REACHED) continue;
          attempts++;
          last = r;
          const says = outcomeSays(r);
          if (says & 1) exempt = true;
          if (says & 2) gaveUp = true;
          // A ring shorter than the minimum is no valid attempt; an unknown ring time is given the benefit of the doubt.
          if (ring && ring[r] < p.minRingSeconds!) continue;
          valid++;
          const m = ct.minute[r];
          // A date-only attempt cannot show its time of day: it stands for its date's morning.
          const slot = dayOf(m) * 2 + (ct.precision[r] === Precision.Minute && minuteOfDay(m) >= 720 ? 1 : 0);
          let seen = false;
          for (let q = 0; q < nHalf && !seen; q++) seen = halfDays[q] === slot;
          if (!seen && nHalf < halfDays.length) halfDays[nHalf++] = slot;
        }
        if (resolved || exempt) continue;
        // A note that the client cannot be reached stands on the last attempt of the run.
        if (!gaveUp && content) gaveUp = has(content[last], p.giveUpWords);
        if (!gaveUp && p.giveUpAfterDays !== undefined) gaveUp = ctx.asOfDay - dayOf(ct.minute[last]) >= p.giveUpAfterDays;
        if (!gaveUp || (valid >= p.minAttempts && nHalf >= p.minHalfDays)) continue;
        if (unsure >= 0) {
          emitUnsure(ctx, rule, c, unsure);
          continue;
        }
        ctx.emit(rule, {
          status: 'violation',
          customer: c,
          record: last,
          field: 'outcome',
          messageId: 'too-few',
          data: { count: attempts, valid, halfDays: nHalf, min: p.minAttempts, minHalfDays: p.minHalfDays, first: isoDate(dayOf(ct.minute[i])), last: isoDate(dayOf(ct.minute[last])) },
        });
      }
    }
  },
});
