/**
 * Customers left with a departed owner: "负责与客户联系的员工调离公司时...指派其他员工代替调离员工".
 * A leave date on a customer's rows starts a period within which a handover date (and, where the
 * ledger has the column, a successor) must be recorded.
 */
import { z } from 'zod';
import { breachSeverity } from '../rule/rule';
import { fieldSchema } from '../rule/common';
import { defineKind } from '../rule/kind';
import { isoDate, ymdFromDay } from '../time/day';
import { columnName, dayOf, isDated } from './shared';
import type { Field } from '../ledger/fields';
import { typedSchema } from '../rule/common';

/**
 * A customer whose responsible person left (a leave date on its rows) is handed over to a
 * successor within a period of the leave date; still with the departed owner afterwards is overdue.
 *
 * Its own kind rather than a mode of field-deadline: its overdue, late, due-soon and
 * not-configured messages say other things under the same ids, and a message id is the finding's
 * `code` in the CLI's JSON, so one kind holding both would change this rule's output.
 * @example { leftAt: 'ownerLeftAt', handedOverAt: 'handedOverAt', successor: 'successor', unit: 'workdays', within: 5 }
 */
export const handoverParams = /* @__PURE__ */ (() => typedSchema<HandoverParams, HandoverParamsInput>()(z.strictObject({
  /** The owner's leave date. @example 'ownerLeftAt' */
  leftAt: fieldSchema,
  /** The handover date. @example 'handedOverAt' */
  handedOverAt: fieldSchema,
  /** The new owner: where the column exists, a handover row must name one. @example 'successor' */
  successor: fieldSchema.optional(),
  /** days: calendar dates; workdays: the working-day calendar. Start day not counted. @example 'workdays' */
  unit: z.enum(['days', 'workdays']),
  /** Period length, inclusive; null when the document gives no number (及时, 迅速): not-configured. @example 5 */
  within: z.number().int().min(0).max(3650).nullable(),
})))();
/** The params of this kind's rules (`handoverParams` checks them). */
export interface HandoverParams {
  /**
   * The owner's leave date.
   * @example 'ownerLeftAt'
   */
  leftAt: Field;
  /**
   * The handover date.
   * @example 'handedOverAt'
   */
  handedOverAt: Field;
  /**
   * days: calendar dates; workdays: the working-day calendar. Start day not counted.
   * @example 'workdays'
   */
  unit: 'days' | 'workdays';
  /**
   * Period length, inclusive; null when the document gives no number (及时, 迅速): not-configured.
   * @example 5
   */
  within: number | null;
  /**
   * The new owner: where the column exists, a handover row must name one.
   * @example 'successor'
   */
  successor?: Field;
}
/** HandoverParams as a profile writes them. */
export type HandoverParamsInput = HandoverParams;

const messages = {
  overdue: { zh: '「{rule}」：负责人 {left} 离职，客户应于 {due} 前交接给其他员工，至今未交接，已逾期 {days} 天。', en: '"{rule}": the owner left on {left}; the customer was due to be handed over by {due} and still is not, {days} day(s) overdue.' },
  late: { zh: '「{rule}」：负责人 {left} 离职，应于 {due} 前交接，实际 {done} 才交接。', en: '"{rule}": the owner left on {left}; the handover was due by {due} but came on {done}.' },
  'due-soon': { zh: '「{rule}」即将到期：负责人 {left} 离职，请于 {due} 前把客户交接给其他员工。', en: '"{rule}" due soon: the owner leaves on {left}; hand the customer over by {due}.' },
  'no-successor': { zh: '「{rule}」：{done} 的交接没有写明「{successorColumn}」。', en: '"{rule}": the handover of {done} names no "{successorColumn}".' },
  'not-configured': { zh: '「{rule}」：文件只说"及时""迅速"，没有给出交接期限，请在规则中设置天数。', en: '"{rule}": the document says only "promptly"; set the number of days in the rule.' },
  'calendar-unknown': { zh: '「{rule}」无法判断：工作日历不含 {year} 年，请加载该年的放假安排。', en: '"{rule}" indeterminate: the working-day calendar does not know {year}; load that year\'s holiday schedule.' },
};

export const handover = /* @__PURE__ */ defineKind<HandoverParams>()({
  id: 'handover',
  messages,
  needs: (p) => [p.leftAt, p.handedOverAt],
  check(rule, ctx) {
    const p = rule.params;
    const applies = ctx.applicable(rule);
    const left = ctx.ledger.times[p.leftAt]!;
    const handed = ctx.ledger.times[p.handedOverAt]!;
    const successor = p.successor && ctx.ledger.columns[p.successor] !== undefined ? ctx.ledger.textLength[p.successor] : undefined;
    const { records, start, count } = ctx.ledger.customers;
    // Distinct dates of one customer (a log repeats the same dates on many rows); reused.
    const leaves: number[] = [];
    const dates: number[] = [];
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // Departures and handovers are matched in order: the k-th distinct leave date is answered by
      // the k-th distinct handover date. The latest departure is the one that can still be open.
      leaves.length = 0;
      dates.length = 0;
      let leave = NaN;
      let leaveRecord = -1;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (isDated(left.precision[i])) {
          const d = dayOf(left.minute[i]);
          if (!leaves.includes(d)) leaves.push(d);
          if (!(d <= leave)) {
            leave = d;
            leaveRecord = i;
          }
        }
        if (isDated(handed.precision[i])) {
          const d = dayOf(handed.minute[i]);
          if (!dates.includes(d)) dates.push(d);
        }
      }
      if (leaves.length === 0) continue;
      if (p.within === null) {
        ctx.emit(rule, { status: 'not-configured', customer: null, record: -1, messageId: 'not-configured' });
        return; // once per rule
      }
      dates.sort((a, b) => a - b);
      let done = NaN;
      let doneRecord = -1;
      if (dates.length >= leaves.length) {
        done = dates[leaves.length - 1];
        for (let j = start[c]; j < start[c + 1] && doneRecord < 0; j++) {
          const i = records[j];
          if (isDated(handed.precision[i]) && dayOf(handed.minute[i]) === done) doneRecord = i;
        }
      }
      const due = p.unit === 'days' ? leave + p.within! : ctx.calendar.addWorkdays(leave, p.within!);
      if (due === undefined) {
        ctx.emit(rule, { status: 'indeterminate', customer: c, record: leaveRecord, field: p.leftAt, messageId: 'calendar-unknown', data: { year: ymdFromDay(leave).year + (ctx.calendar.knows(leave) ? 1 : 0) } });
        continue;
      }
      const data = { left: isoDate(leave), due: isoDate(due) };
      const explain = { leftAt: isoDate(leave), departures: leaves.length, handovers: dates.length, unit: p.unit, within: p.within };
      if (doneRecord >= 0) {
        if (done > due) {
          ctx.emit(rule, { status: 'late', customer: c, record: doneRecord, field: p.handedOverAt, dueAt: isoDate(due), overdueDays: done - due, messageId: 'late', data: { ...data, done: isoDate(done) }, severity: breachSeverity(rule), explain });
        } else if (successor && successor[doneRecord] < 0) {
          ctx.emit(rule, { status: 'violation', customer: c, record: doneRecord, field: p.successor, messageId: 'no-successor', data: { done: isoDate(done), successorColumn: columnName(ctx, p.successor!) } });
        }
        continue;
      }
      if (ctx.asOfDay > due) {
        ctx.emit(rule, { status: 'overdue', customer: c, record: leaveRecord, field: p.handedOverAt, dueAt: isoDate(due), overdueDays: ctx.asOfDay - due, messageId: 'overdue', data: { ...data, days: ctx.asOfDay - due }, explain });
        continue;
      }
      ctx.noteDue(c, due);
      if (due - ctx.asOfDay <= ctx.profile.dueSoonDays) {
        ctx.emit(rule, { status: 'due-soon', customer: c, record: leaveRecord, field: p.handedOverAt, dueAt: isoDate(due), messageId: 'due-soon', data, severity: 'info', explain });
      }
    }
  },
});
