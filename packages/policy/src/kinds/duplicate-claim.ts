/**
 * One customer claimed by two claimants (two divisions inviting the same invitee): who wins, who
 * invited a customer already taken, who lost one by a late file, and whether the credit column
 * names the winner (已有部门邀约敲定的顾客,另一部门不允许再邀约; 迟交或不交…判为另一部门邀约;
 * 如有销售,算做该顾客现邀约员工的业绩).
 */
import { z } from 'zod';
import { fieldSchema, needsTimeOfDay } from '../rule/common';
import { clock } from './shared-params';
import type { Field } from '../ledger/fields';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { MINUTES_PER_DAY, readableMinute } from '../time/day';
import { rolledDay, rolloverMinutes } from './cutoff';
import { dayOf, isDated, labelNormalizer, minuteOfClock, recordTimeText } from './shared';
import { typedSchema } from '../rule/common';

/**
 * The same customer claimed by two claimants (two divisions, two inviters): the earliest claim
 * wins, unless a claim must be protected by a file handed in on time and was not, in which case a
 * claim by another claimant made before that file came in wins (迟交或不交…判为另一部门邀约).
 * @example { claimant: 'tier', claimedAt: 'confirmedAt', report: 'later-claims', per: 'eventAt' }
 * @example { claimant: 'tier', claimedAt: 'confirmedAt', protectedBy: { field: 'reportedAt', clock: '18:00' }, report: 'lost' }
 */
export const duplicateClaimParams = /* @__PURE__ */ (() => typedSchema<DuplicateClaimParams, DuplicateClaimParamsInput>()(z.strictObject({
  /** Who claims: 'tier' (a division) or a text field (the inviter). @example 'tier' */
  claimant: fieldSchema,
  /** When the claim was made (敲定时间). @example 'confirmedAt' */
  claimedAt: fieldSchema,
  /** Claims at or after this clock count as the next day's. @example '18:00' */
  rollover: clock.optional(),
  /** A claim is protected once `field` (its file) is in before `clock` of the claim's (rolled-over) day. */
  protectedBy: z.strictObject({ field: fieldSchema, clock }).optional(),
  /** Rows with different dates in this field are separate contests (one per event). @example 'eventAt' */
  per: fieldSchema.optional(),
  /**
   * later-claims: every claim by another claimant after the winning one (naming both).
   * lost: a claim that lost the customer because its file was late or missing.
   * credit: a `credit` cell naming someone other than the winning claim's `credit.of`.
   */
  report: z.enum(['later-claims', 'lost', 'credit']),
  /** For credit: the column naming who was credited, and the winner's field it must equal. @example { field: 'creditedTo', of: 'performer' } */
  credit: z.strictObject({ field: fieldSchema, of: fieldSchema }).optional(),
}).superRefine((p, ctx) => {
  needsTimeOfDay(ctx, ['rollover'], p.rollover === undefined ? undefined : p.claimedAt, 'rollover', { en: 'leave rollover out', zh: '请去掉 rollover' });
})))();
/** The params of this kind's rules (`duplicateClaimParams` checks them). */
export interface DuplicateClaimParams {
  /**
   * Who claims: 'tier' (a division) or a text field (the inviter).
   * @example 'tier'
   */
  claimant: Field;
  /**
   * When the claim was made (敲定时间).
   * @example 'confirmedAt'
   */
  claimedAt: Field;
  /**
   * later-claims: every claim by another claimant after the winning one (naming both).
   * lost: a claim that lost the customer because its file was late or missing.
   * credit: a `credit` cell naming someone other than the winning claim's `credit.of`.
   */
  report: 'later-claims' | 'lost' | 'credit';
  /**
   * Claims at or after this clock count as the next day's.
   * @example '18:00'
   */
  rollover?: string;
  /** A claim is protected once `field` (its file) is in before `clock` of the claim's (rolled-over) day. */
  protectedBy?: { field: Field; clock: string; };
  /**
   * Rows with different dates in this field are separate contests (one per event).
   * @example 'eventAt'
   */
  per?: Field;
  /**
   * For credit: the column naming who was credited, and the winner's field it must equal.
   * @example { field: 'creditedTo', of: 'performer' }
   */
  credit?: { field: Field; of: Field; };
}
/** DuplicateClaimParams as a profile writes them. */
export type DuplicateClaimParamsInput = DuplicateClaimParams;

const messages = {
  'later-claim': { zh: '「{rule}」重复邀约：该顾客已由{first}于 {firstAt} 邀约敲定，{second}又于 {secondAt} 邀约。', en: '"{rule}" duplicate invitation: the customer was confirmed by {first} on {firstAt}; {second} invited them again on {secondAt}.' },
  lost: { zh: '「{rule}」判为另一方：{loser}于 {loserAt} 敲定，但档案{why}，{winner}于 {winnerAt} 邀约敲定，顾客判归{winner}。', en: '"{rule}" attributed to the other side: {loser} confirmed on {loserAt} but its file {whyEn}; {winner} confirmed on {winnerAt} and gets the customer.' },
  credit: { zh: '「{rule}」业绩归属不符：该顾客现邀约人是{winner}，「{column}」却记为“{credited}”。', en: '"{rule}" wrong credit: the customer\'s current inviter is {winner}, but "{column}" says "{credited}".' },
  'credit-rows': { zh: '「{rule}」业绩归属不符：该顾客现邀约人是{winner}，「{column}」却记为“{credited}”（该顾客共 {rows} 行记错）。', en: '"{rule}" wrong credit: the customer\'s current inviter is {winner}, but "{column}" says "{credited}" ({rows} rows of this customer are wrong).' },
};


interface Claim {
  record: number;
  /** Claim time (minute stamp) and the day it counts for. */
  at: number;
  day: number;
  claimant: string;
  /** When its file came in (NaN: never), and whether that was in time. */
  filed: number;
  protected: boolean;
}

/** The claimant's name on a row: the tier's label (a division) or the text of the field. */
function claimantOf(ctx: RuleContext, field: Field, i: number): string | null {
  if (field === 'tier') return ctx.ledger.tier[i] >= 0 ? ctx.profile.tiers[ctx.ledger.tier[i]].label.zh : null;
  return ctx.ledger.text[field]?.[i] ?? null;
}

/** Who wins a contest, and the claims that lost by a late file. Claims sorted by time. */
function decide(claims: Claim[]): { winner: Claim; lost: Claim[] } {
  let winner = claims[0];
  const lost: Claim[] = [];
  for (const c of claims) {
    if (c === winner || c.claimant === winner.claimant) continue;
    // An unprotected claim loses to another claimant's claim made before its file came in.
    if (!winner.protected && (Number.isNaN(winner.filed) || c.at < winner.filed)) {
      lost.push(winner);
      winner = c;
    }
  }
  return { winner, lost };
}

export const duplicateClaim = /* @__PURE__ */ defineKind<DuplicateClaimParams>()({
  id: 'duplicate-claim',
  messages,
  needs: (p) => [p.claimant, p.claimedAt, ...(p.per ? [p.per] : []), ...(p.protectedBy ? [p.protectedBy.field] : []), ...(p.credit ? [p.credit.field, p.credit.of] : [])],
  // A claimant (or a credit) read from the tier column names one of the profile's tiers: without any, no row has a claimant.
  validate: (p, profile) =>
    profile.tiers.length > 0
      ? []
      : [...(p.claimant === 'tier' ? [['claimant']] : []), ...(p.credit?.of === 'tier' ? [['credit', 'of']] : [])].map((path) => ({ path, message: "'tier' names the profile's tiers, and the profile has none", zh: "'tier' 指本配置的客户等级，但本配置没有定义任何等级" })),
  check(rule, ctx) {
    const p = rule.params;
    const L = ctx.ledger;
    const applies = ctx.applicable(rule);
    const at = L.times[p.claimedAt]!;
    const per = p.per ? L.times[p.per] : undefined;
    const file = p.protectedBy ? L.times[p.protectedBy.field] : undefined;
    const fileClock = p.protectedBy ? minuteOfClock(p.protectedBy.clock) : 0;
    const rollover = rolloverMinutes(p.rollover);
    const { records, start, count } = L.customers;
    const contests = new Map<number, Claim[]>();
    // Credited names repeat down a ledger: each distinct one is normalised once per rule run.
    const norm = labelNormalizer();
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // One row cannot be a contest (only its credit can be wrong).
      if (p.report !== 'credit' && start[c + 1] - start[c] < 2) continue;
      contests.clear();
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (!isDated(at.precision[i])) continue;
        const who = claimantOf(ctx, p.claimant, i);
        if (who === null) continue;
        const key = per ? (isDated(per.precision[i]) ? dayOf(per.minute[i]) : NaN) : 0;
        if (Number.isNaN(key)) continue;
        const day = rolledDay(at.minute[i], at.precision[i], rollover);
        const filed = file && isDated(file.precision[i]) ? file.minute[i] : NaN;
        const claim: Claim = { record: i, at: at.minute[i], day, claimant: who, filed, protected: !file || (!Number.isNaN(filed) && filed < day * MINUTES_PER_DAY + fileClock) };
        let list = contests.get(key);
        if (!list) contests.set(key, (list = []));
        list.push(claim);
      }
      const wrong: WrongCredit[] = [];
      for (const claims of contests.values()) {
        claims.sort((a, b) => a.at - b.at || a.record - b.record);
        if (p.report === 'credit') checkCredit(rule, ctx, claims, norm, wrong);
        else if (claims.some((x) => x.claimant !== claims[0].claimant)) report(rule, ctx, c, claims);
      }
      // One sale credit per customer: one finding, on its first wrong row, however many rows repeat it.
      if (wrong.length > 0) {
        const first = wrong.reduce((a, b) => (b.record < a.record ? b : a));
        const more = new Set(wrong.map((w) => w.record)).size;
        ctx.emit(rule, { status: 'violation', customer: c, record: first.record, field: p.credit!.field, messageId: more > 1 ? 'credit-rows' : 'credit', data: { winner: first.owner, credited: first.credited, rows: more } });
      }
    }
  },
});

type RuleOf = KindRule<string, DuplicateClaimParams>;


function report(rule: RuleOf, ctx: RuleContext, c: number, claims: Claim[]): void {
  const p = rule.params;
  const { winner, lost } = decide(claims);
  const by = (x: Claim) => {
    const person = p.claimant !== 'performer' ? ctx.ledger.text.performer?.[x.record] : null;
    return person ? `${x.claimant}（${person}）` : x.claimant;
  };
  if (p.report === 'lost') {
    for (const x of lost) {
      const missing = Number.isNaN(x.filed);
      ctx.emit(rule, { status: 'violation', customer: c, record: x.record, field: p.protectedBy?.field, messageId: 'lost', data: { loser: by(x), loserAt: recordTimeText(ctx, p.claimedAt, x.record), winner: by(winner), winnerAt: recordTimeText(ctx, p.claimedAt, winner.record), why: missing ? '未交' : `迟交（${readableMinute(x.filed)}）`, whyEn: missing ? 'was never handed in' : `came late (${readableMinute(x.filed)})` } });
    }
    return;
  }
  for (const x of claims) {
    if (x.claimant === winner.claimant || x.at < winner.at || lost.includes(x)) continue;
    ctx.emit(rule, { status: 'violation', customer: c, record: x.record, field: p.claimedAt, messageId: 'later-claim', data: { first: by(winner), firstAt: recordTimeText(ctx, p.claimedAt, winner.record), second: by(x), secondAt: recordTimeText(ctx, p.claimedAt, x.record) } });
  }
}

interface WrongCredit {
  record: number;
  owner: string;
  credited: string;
}

/** Rows of one contest whose credit names someone other than its winner, into `out`. */
function checkCredit(rule: RuleOf, ctx: RuleContext, claims: Claim[], norm: (text: string) => string, out: WrongCredit[]): void {
  const credit = rule.params.credit!;
  const { winner } = decide(claims);
  const owner = ctx.ledger.text[credit.of]?.[winner.record] ?? (credit.of === 'tier' ? winner.claimant : null);
  if (!owner) return;
  const ownerLabel = norm(owner);
  const text = ctx.ledger.text[credit.field]!;
  const { records, start } = ctx.ledger.customers;
  const c = ctx.ledger.customerOf[winner.record];
  for (let j = start[c]; j < start[c + 1]; j++) {
    const i = records[j];
    const v = text[i];
    if (v === null || norm(v) === ownerLabel) continue;
    // Only rows of this contest (the same event) are compared.
    if (!claims.some((x) => x.record === i) && rule.params.per) {
      const per = ctx.ledger.times[rule.params.per]!;
      if (!isDated(per.precision[i]) || dayOf(per.minute[i]) !== dayOf(per.minute[winner.record])) continue;
    }
    out.push({ record: i, owner, credited: v });
  }
}
