/**
 * The channel of the contacts in an event window: when none inside the window is by an allowed
 * channel, each one by another channel is a violation ("24小时必须致电回访,不准用信息").
 *
 * Its own kind rather than a mode of allowed-values: its `wrong-channel` message has other words
 * (此次回访方式… 规定必须为) than allowed-values' (此次联络方式… 规定应为), and the message id is the
 * finding's `code` in the CLI's JSON, so one kind holding both would change one rule's output.
 */
import { z } from 'zod';
import { CHANNELS, Precision } from '../ledger/cells';
import { channelSchema, fieldSchema, needsTimeOfDay, ordered } from '../rule/common';
import { DAYS_INSTEAD } from './shared-params';
import { defineKind } from '../rule/kind';
import { collectAnchors, windowOf, windowProblem, type Anchor, type Window } from './event-window';
import { couldFallIn, emitUnsure, inSpan } from './shared';
import type { Field } from '../ledger/fields';
import type { Channel } from '../ledger/cells';
import { typedSchema } from '../rule/common';

const offset = /* @__PURE__ */ (() => z.number().int().min(-100000).max(100000))();

/**
 * Within the window after each anchor, contacts by a channel outside `allowed` are violations when
 * no contact in it is by an allowed one.
 * @example { anchor: 'receptionAt', unit: 'minutes', from: 1, to: 1440, allowed: ['phone', 'visit'] }
 */
export const eventChannelParams = /* @__PURE__ */ (() => typedSchema<EventChannelParams, EventChannelParamsInput>()(z
  .strictObject({
    /** The event the window follows. @example 'receptionAt' */
    anchor: fieldSchema,
    /** minutes: clock time; days: calendar dates; workdays: the working-day calendar. @example 'minutes' */
    unit: z.enum(['minutes', 'days', 'workdays']),
    /** Window start, inclusive, relative to the anchor. @example 1 */
    from: offset,
    /** Window end, inclusive. @example 1440 */
    to: offset,
    /** The channels the window's contact must use (one such contact is enough). @example ['phone', 'visit'] */
    allowed: z.array(channelSchema).min(1).max(10),
  })
  .superRefine(ordered('from', 'to', { en: 'the window is inverted', zh: '窗口颠倒' }))
  .superRefine((p, ctx) => {
    if (p.unit === 'minutes') needsTimeOfDay(ctx, ['anchor'], p.anchor, 'unit: minutes', DAYS_INSTEAD);
  })))();
/** The params of this kind's rules (`eventChannelParams` checks them). */
export interface EventChannelParams {
  /**
   * The event the window follows.
   * @example 'receptionAt'
   */
  anchor: Field;
  /**
   * minutes: clock time; days: calendar dates; workdays: the working-day calendar.
   * @example 'minutes'
   */
  unit: 'days' | 'workdays' | 'minutes';
  /**
   * Window start, inclusive, relative to the anchor.
   * @example 1
   */
  from: number;
  /**
   * Window end, inclusive.
   * @example 1440
   */
  to: number;
  /**
   * The channels the window's contact must use (one such contact is enough).
   * @example ['phone', 'visit']
   */
  allowed: Channel[];
}
/** EventChannelParams as a profile writes them. */
export type EventChannelParamsInput = EventChannelParams;

const messages = {
  'wrong-channel': { zh: '「{rule}」：此次回访方式为「{channel}」，规定必须为 {allowed}。', en: '"{rule}": this contact was by {channel}; it must be by {allowed}.' },
  'anchor-no-time': { zh: '「{rule}」无法判断：「{column}」只有日期没有时分，按小时计的期限需要精确到分钟。', en: '"{rule}" indeterminate: "{column}" has a date but no time; an hour-based deadline needs minutes.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
};

export const eventChannel = /* @__PURE__ */ defineKind<EventChannelParams>()({
  id: 'event-channel',
  messages,
  emits: (p) => ['wrong-channel', ...(p.unit === 'minutes' ? (['anchor-no-time'] as const) : []), ...(p.unit === 'workdays' ? (['calendar-unknown'] as const) : [])],
  needs: (p) => ['contactAt', 'channel', p.anchor],
  stageSpans: true,
  check(rule, ctx) {
    const applies = ctx.applicable(rule);
    const span = ctx.stageSpan(rule);
    const p = rule.params;
    const ct = ctx.ledger.times.contactAt!;
    const { records, start } = ctx.ledger.customers;
    const anchors: Anchor[] = [];
    const allowedCodes = new Int8Array(CHANNELS.length);
    for (const ch of p.allowed) allowedCodes[CHANNELS.indexOf(ch)] = 1;
    for (let c = 0; c < ctx.ledger.customers.count; c++) {
      // Only customers with a contact by a channel outside the allowed ones can break this rule.
      let anyWrong = false;
      for (let j = start[c]; j < start[c + 1] && !anyWrong; j++) {
        const ch = ctx.ledger.channel[records[j]];
        anyWrong = ch >= 0 && allowedCodes[ch] === 0;
      }
      if (!anyWrong || applies[c] !== 1) continue;
      const nAnchors = collectAnchors(ctx, c, p.anchor, anchors);
      for (let k = 0; k < nAnchors; k++) {
        const a = anchors[k];
        if (span && !inSpan(span, c, a.minute)) continue;
        const w = windowOf(ctx, p, a.minute, a.precision);
        if (windowProblem(ctx, rule, c, a.record, w, p.anchor)) continue;
        const win = w as Window;
        let allowed = false;
        const wrong: number[] = [];
        // A row in the window whose channel cannot be read, or one whose time cannot be read that
        // may be in the window by an allowed channel: either may be the call the rule asks for.
        let unsure = -1;
        for (let j = start[c]; j < start[c + 1]; j++) {
          const i = records[j];
          const m = ct.minute[i];
          const ch = ctx.ledger.channel[i];
          if (!(m >= win.start && m <= win.end)) {
            if (unsure < 0 && ct.precision[i] === Precision.Invalid && ch !== -1 && (ch === -2 || allowedCodes[ch] === 1) && couldFallIn(ctx, i, win.start, win.end)) unsure = i;
            continue;
          }
          if (ch === -2 && unsure < 0) unsure = i;
          if (ch < 0) continue;
          if (allowedCodes[ch] === 1) allowed = true;
          else wrong.push(i);
        }
        if (allowed) continue;
        if (wrong.length && unsure >= 0) {
          emitUnsure(ctx, rule, c, unsure, win.dueAt);
          continue;
        }
        for (const i of wrong) {
          ctx.emit(rule, {
            status: 'violation',
            customer: c,
            record: i,
            field: 'channel',
            messageId: 'wrong-channel',
            data: { channel: CHANNELS[ctx.ledger.channel[i]], allowed: p.allowed.join('/') },
          });
        }
      }
    }
  },
});
