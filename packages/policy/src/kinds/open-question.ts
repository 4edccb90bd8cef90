/**
 * An open question recorded at a contact is answered by the next qualifying contact at the latest
 * (客户提出的问题,下次回访时须有答复).
 */
import { z } from 'zod';
import { defineKind } from '../rule/kind';
import { isoDate } from '../time/day';
import { dayOf, hasContact } from './shared';
import { typedSchema } from '../rule/common';

/**
 * An open question recorded at a contact is answered by the next qualifying contact at the latest.
 * It has no parameters: the question and answer columns are the ledger's own.
 * @example {}
 */
export const openQuestionParams = /* @__PURE__ */ (() => typedSchema<OpenQuestionParams, OpenQuestionParamsInput>()(z.strictObject({})))();
/** The params of this kind's rules (`openQuestionParams` checks them). */
export type OpenQuestionParams = { [x: string]: never; };
/** OpenQuestionParams as a profile writes them. */
export type OpenQuestionParamsInput = OpenQuestionParams;

const messages = {
  unanswered: { zh: '「{rule}」：{asked} 记录的问题到下一次回访（{next}）仍无答复。', en: '"{rule}": the question recorded on {asked} was still unanswered at the next contact ({next}).' },
};

export const openQuestion = /* @__PURE__ */ defineKind<OpenQuestionParams>()({
  id: 'open-question',
  messages,
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
