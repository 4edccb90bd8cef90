/**
 * Which records are qualifying contacts, by the profile's definition of one
 * (`definitions.contact`, profile/definitions.ts): computed once per ledger, before any rule runs,
 * and handed to the kinds as `ctx.qualifies`.
 */
import { CHANNELS, Precision, readOutcome } from '../ledger/cells';
import { OUTCOME, type Ledger } from '../ledger/ledger';
import { isDated, QUALIFIES } from '../kinds/shared';
import type { ContactCriteria } from '../profile/definitions';

/**
 * Mark qualifying contacts: reached, with content (and topic where the ledger has one), not a
 * one-way text or an excluded information callback. One pass, before any rule runs.
 *
 * A record one of whose cells the reader could not use (an unreadable time, channel or outcome, a
 * callback type the profile does not know) where that cell decides is UNSURE, not NO: rules that
 * would report a breach it might have prevented say they cannot tell, naming the row. A planned
 * callback (待回访) has no contact time (see Ledger.outcome) and is no contact. A blank outcome
 * counts as reached only in a ledger whose outcome column is blank throughout (or absent): where
 * the clerks fill outcomes in, a blank one is no record of success.
 * @example qualifyingContacts(ledger, contactCriteria(profile.definitions?.contact))[i] // 1 when record i counts for cadences
 */
export function qualifyingContacts(ledger: Ledger, p: ContactCriteria): Uint8Array {
  const out = new Uint8Array(ledger.size);
  const ct = ledger.times.contactAt;
  if (!ct) return out;
  const content = ledger.text.content;
  const topic = ledger.text.topic;
  const type = ledger.text.callbackType;
  const unknownType = ledger.unknownType;
  const excluded = p.excludedTypes;
  const text = new Set(['sms', 'wechat', 'email', 'qq', 'letter', 'fax'].map((c) => CHANNELS.indexOf(c as (typeof CHANNELS)[number])));
  let judged = false;
  for (let i = 0; i < ledger.size && !judged; i++) judged = ledger.outcome[i] !== -1;
  for (let i = 0; i < ledger.size; i++) {
    const precision = ct.precision[i];
    if (!isDated(precision) && precision !== Precision.Invalid) continue;
    if (ledger.customerOf[i] < 0) continue;
    let verdict: number = precision === Precision.Invalid ? QUALIFIES.UNSURE : QUALIFIES.YES;
    const o = ledger.outcome[i];
    const ch = ledger.channel[i];
    // A delivered message with no channel written is a message all the same.
    const isText = text.has(ch) || (ch === -1 && o === OUTCOME.DELIVERED);
    if (p.requireReached) {
      if (o === OUTCOME.NOT_REACHED || o === OUTCOME.PENDING) continue;
      if (o === -2) verdict = QUALIFIES.UNSURE;
      // One-way: a contact only where the profile takes messages without a reply.
      else if (o === OUTCOME.DELIVERED && (!isText || p.textNeedsReply)) continue;
      else if (o === -1) {
        if (judged) continue;
        // No outcome written (or no outcome column): a content that says the call was not answered
        // (「无人接听」「电话关机」) records an attempt, not a contact (catalog §16 A3).
        if (content && content[i] !== null && saysUnreached(content[i]!)) continue;
        const asText = !p.textNeedsReply;
        const asCall = p.blankOutcomeIsReached;
        // On an unreadable channel a blank outcome may be a call's (reached) or a message's (not).
        const ok = ch === -2 ? (asText === asCall ? asCall : undefined) : isText ? asText : asCall;
        if (ok === undefined) verdict = QUALIFIES.UNSURE;
        else if (!ok) continue;
      }
    }
    if (p.requireContent && content && content[i] === null) continue;
    if (p.requireTopic && topic && topic[i] === null) continue;
    if (excluded.length && type) {
      const t = type[i];
      // A type the profile does not know may be one of the excluded ones.
      if (unknownType?.[i] === 1) verdict = QUALIFIES.UNSURE;
      else if (t !== null && excluded.some((w) => t.includes(w))) continue;
    }
    out[i] = verdict;
  }
  return out;
}

/** First characters of the not-reached outcome words (未接通, 无人接听, 关机, 占线, 空号, 拒接, 联系不上 ...). */
const UNREACHED_START = new Set([...'未无没关占空停拒不联失否']);

/**
 * True when a content cell reads as a not-reached outcome: it starts with one of the outcome
 * reader's not-reached words, after a leading 客户/对方/电话 (「电话无人接听」「客户关机」).
 * Anything else, and any content that merely mentions such a word later, is left as it is.
 * @example saysUnreached('电话无人接听，明天再拨') // true
 */
export function saysUnreached(content: string): boolean {
  let t = content.trimStart();
  for (const lead of ['客户', '对方', '电话', '手机']) {
    if (t.startsWith(lead)) {
      t = t.slice(lead.length);
      break;
    }
  }
  const first = t.charAt(0);
  if (!UNREACHED_START.has(first) && !/^[a-z]/i.test(first)) return false;
  return readOutcome(t) === 'not-reached';
}
