/**
 * Approvals and ordering: an action recorded on a row (a file access, an expense) needs an approval
 * or a registration dated on or before it, on the same row or the customer's earliest on any row.
 * "本业务部门客户档案,经部门经理批准后,可以进行查阅", "对于没有备案的客户...一律不予报销".
 */
import { z } from 'zod';
import { fieldSchema, severitySchema } from '../rule/common';
import { Precision } from '../ledger/cells';
import { defineKind, type KindRule, type RuleContext } from '../rule/kind';
import { isoDate } from '../time/day';
import { columnName, dayOf, fieldDay, isDated, tierIssues } from './shared';
import type { Field } from '../ledger/fields';
import type { Severity } from '../rule/common';
import { typedSchema } from '../rule/common';

const roleWords = /* @__PURE__ */ (() => z.array(z.string().min(1).max(50)).min(1).max(20))();

/**
 * An action recorded on a row (a file access, an expense, a reimbursement) needs an approval or a
 * registration dated on or before it: on the same row, or the customer's earliest one on any row.
 * Missing or later is a violation.
 * @example { action: 'accessAt', requires: 'approvedAt' }
 * @example { action: 'expenseAt', requires: 'registeredAt', scope: 'customer', graceUntil: 'reimbursedAt' }
 */
export const preconditionParams = /* @__PURE__ */ (() => typedSchema<PreconditionParams, PreconditionParamsInput>()(z.strictObject({
  /** The action's date; rows without one are not actions. @example 'accessAt' */
  action: fieldSchema,
  /** The date of the approval or registration the action needs. @example 'approvedAt' */
  requires: fieldSchema,
  /** record: read `requires` on the action's own row; customer: the customer's earliest on any row. @example 'customer' */
  scope: z.enum(['record', 'customer']).default('record'),
  /**
   * A later date on the row by which the requirement may still be met (报销日期): a requirement
   * after the action but on or before this date is reported with `graceSeverity`. @example 'reimbursedAt'
   */
  graceUntil: fieldSchema.optional(),
  graceSeverity: severitySchema.default('warning'),
  /**
   * Who may approve: the approver cell contains one of `same` when the two compared fields are
   * equal (the viewer's department owns the file), else one of `different`.
   * @example { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'] }
   */
  approver: z
    .strictObject({
      field: fieldSchema,
      compare: z.tuple([fieldSchema, fieldSchema]),
      same: roleWords,
      different: roleWords,
      /** An approver cell containing one of these is never the role (副总经理 is not 总经理). */
      except: z.array(z.string().min(1).max(50)).max(20).default([]),
    })
    .optional(),
  /**
   * Who may approve, by the row's tier (class): the approver cell contains one of the tier's
   * words and none of `except` (副总经理 is not 总经理). A row without a tier cannot be judged.
   * @example { field: 'approverRole', roles: { P: ['部门经理'], V: ['总经理'], K: ['总经理'] }, except: ['副总经理'] }
   */
  approverByTier: z
    .strictObject({ field: fieldSchema, roles: z.record(z.string().regex(/^[A-Z0-9]{1,4}$/), roleWords), except: z.array(z.string().min(1).max(50)).max(20).default([]) })
    .optional(),
  /** Rows where these two fields hold the same text need nothing (the owner reading its own file). @example ['viewer', 'accountManager'] */
  exemptWhenEqual: z.tuple([fieldSchema, fieldSchema]).optional(),
})))();
/** The params of this kind's rules (`preconditionParams` checks them). */
export interface PreconditionParams {
  /**
   * The action's date; rows without one are not actions.
   * @example 'accessAt'
   */
  action: Field;
  /**
   * The date of the approval or registration the action needs.
   * @example 'approvedAt'
   */
  requires: Field;
  /**
   * record: read `requires` on the action's own row; customer: the customer's earliest on any row.
   * @example 'customer'
   */
  scope: 'record' | 'customer';
  graceSeverity: Severity;
  /**
   * A later date on the row by which the requirement may still be met (报销日期): a requirement
   * after the action but on or before this date is reported with `graceSeverity`.
   * @example 'reimbursedAt'
   */
  graceUntil?: Field;
  /**
   * Who may approve: the approver cell contains one of `same` when the two compared fields are
   * equal (the viewer's department owns the file), else one of `different`.
   * @example { field: 'approverRole', compare: ['viewerDept', 'ownerDept'], same: ['经理'], different: ['总经理'] }
   */
  approver?: { field: Field; compare: [Field, Field]; same: string[]; different: string[]; except: string[]; };
  /**
   * Who may approve, by the row's tier (class): the approver cell contains one of the tier's
   * words and none of `except` (副总经理 is not 总经理). A row without a tier cannot be judged.
   * @example { field: 'approverRole', roles: { P: ['部门经理'], V: ['总经理'], K: ['总经理'] }, except: ['副总经理'] }
   */
  approverByTier?: { field: Field; roles: Record<string, string[]>; except: string[]; };
  /**
   * Rows where these two fields hold the same text need nothing (the owner reading its own file).
   * @example ['viewer', 'accountManager']
   */
  exemptWhenEqual?: [Field, Field];
}
/** PreconditionParams as a profile writes them (defaults not yet filled in). */
export type PreconditionParamsInput = { action: Field; requires: Field; scope?: 'record' | 'customer' | undefined; graceUntil?: Field | undefined; graceSeverity?: Severity | undefined; approver?: { field: Field; compare: [Field, Field]; same: string[]; different: string[]; except?: string[] | undefined; } | undefined; approverByTier?: { field: Field; roles: Record<string, string[]>; except?: string[] | undefined; } | undefined; exemptWhenEqual?: [Field, Field] | undefined; };

const messages = {
  missing: { zh: '「{rule}」：{actionColumn} {date} 的事项没有「{requiresColumn}」。', en: '"{rule}": the action of {date} ({actionColumn}) has no "{requiresColumn}".' },
  'missing-customer': { zh: '「{rule}」：{actionColumn} {date} 的事项发生时，该客户没有「{requiresColumn}」。', en: '"{rule}": on {date} ({actionColumn}) the customer had no "{requiresColumn}".' },
  after: { zh: '「{rule}」：「{requiresColumn}」{required} 晚于{actionColumn} {date}，应在其当天或之前。', en: '"{rule}": "{requiresColumn}" {required} is after the action of {date} ({actionColumn}); it must be on or before it.' },
  'after-grace': { zh: '「{rule}」：「{requiresColumn}」{required} 晚于{actionColumn} {date}，虽在{graceColumn} {grace} 前补办，仍属事后补办。', en: '"{rule}": "{requiresColumn}" {required} came after the action of {date} ({actionColumn}); made up by {graceColumn} {grace}, but only afterwards.' },
  'wrong-tier-approver': { zh: '「{rule}」：{tier}应由 {roles} 审批，「{column}」为“{approver}”。', en: '"{rule}": {tierEn} must be approved by {roles}; "{column}" says "{approver}".' },
  'tier-unknown': { zh: '「{rule}」无法判断审批人是否合规：该行没有「{column}」，不知道应由谁审批。', en: '"{rule}": whether the right person approved cannot be told: the row has no "{column}", so who must approve is unknown.' },
  'wrong-approver': { zh: '「{rule}」：批准人为「{approver}」；「{leftColumn}」与「{rightColumn}」{relation}时，应由 {roles} 批准。', en: '"{rule}": approved by "{approver}"; when "{leftColumn}" and "{rightColumn}" {relationEn}, {roles} must approve.' },
};

export const precondition = /* @__PURE__ */ defineKind<PreconditionParams>()({
  id: 'precondition',
  messages,
  needs: (p) => [p.action, p.requires],
  // Each class the approver roles name must be one of the profile's tiers (a typo would never match a row).
  validate: (p, profile) => tierIssues(profile, Object.keys(p.approverByTier?.roles ?? {}).map((code) => [['approverByTier', 'roles', code], code] as const)),
  check(rule, ctx) {
    const p = rule.params;
    const only = ctx.records(rule);
    if (!only) return;
    const applies = ctx.applicable(rule);
    const action = ctx.ledger.times[p.action]!;
    const requires = ctx.ledger.times[p.requires]!;
    const grace = p.graceUntil ? ctx.ledger.times[p.graceUntil] : undefined;
    // The approver part needs its three columns; without them the dates are still checked.
    const approver = p.approver && ctx.requireColumns(rule, [p.approver.field, ...p.approver.compare]) ? p.approver : undefined;
    const byTier = p.approverByTier && ctx.requireColumns(rule, [p.approverByTier.field, 'tier']) ? p.approverByTier : undefined;
    const byTierText = byTier ? ctx.ledger.text[byTier.field] : undefined;
    const exempt = p.exemptWhenEqual && ctx.ledger.columns[p.exemptWhenEqual[0]] !== undefined && ctx.ledger.columns[p.exemptWhenEqual[1]] !== undefined ? p.exemptWhenEqual : undefined;
    // Text columns read once, outside the loop.
    const text = ctx.ledger.text;
    const [exemptA, exemptB] = exempt ? [text[exempt[0]], text[exempt[1]]] : [];
    const [compareA, compareB, approverText] = approver ? [text[approver.compare[0]], text[approver.compare[1]], text[approver.field]] : [];
    const names = { actionColumn: columnName(ctx, p.action), requiresColumn: columnName(ctx, p.requires) };
    const { records, start, count } = ctx.ledger.customers;
    for (let c = 0; c < count; c++) {
      if (applies[c] !== 1) continue;
      // Customer scope: the earliest requirement date on any of the customer's rows.
      const customerDay = p.scope === 'customer' ? (fieldDay(ctx, c, p.requires, false) ?? NaN) : NaN;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const i = records[j];
        if (only[i] !== 1 || !isDated(action.precision[i])) continue;
        if (exemptA && exemptB) {
          const a = exemptA[i];
          if (a !== null && a.trim() === exemptB[i]?.trim()) continue;
        }
        const day = dayOf(action.minute[i]);
        let req = customerDay;
        if (p.scope === 'record') {
          const pr = requires.precision[i];
          if (pr === Precision.Invalid) continue; // reported as an invalid cell already
          req = isDated(pr) ? dayOf(requires.minute[i]) : NaN;
        }
        if (Number.isNaN(req)) {
          ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.requires, messageId: p.scope === 'customer' ? 'missing-customer' : 'missing', data: { ...names, date: isoDate(day) } });
          continue;
        }
        if (req > day) {
          const g = grace && isDated(grace.precision[i]) ? dayOf(grace.minute[i]) : NaN;
          const data = { ...names, date: isoDate(day), required: isoDate(req) };
          if (req <= g) {
            ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.requires, messageId: 'after-grace', severity: p.graceSeverity, data: { ...data, graceColumn: columnName(ctx, p.graceUntil!), grace: isoDate(g) } });
          } else ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.requires, messageId: 'after', data });
          continue;
        }
        if (byTier) checkTierApprover(rule, ctx, c, i, byTier, byTierText!);
        if (approver) {
          const left = compareA![i]?.trim();
          const right = compareB![i]?.trim();
          if (!left || !right) continue; // cannot tell which approver is needed
          const same = left === right;
          const roles = same ? approver.same : approver.different;
          const who = approverText![i];
          if (who !== null && roles.some((r) => who.includes(r)) && !approver.except.some((x) => who.includes(x))) continue;
          ctx.emit(rule, {
            status: 'violation',
            customer: c,
            record: i,
            field: approver.field,
            messageId: 'wrong-approver',
            data: {
              approver: who ?? '（空）',
              roles: roles.join('/'),
              leftColumn: columnName(ctx, approver.compare[0]),
              rightColumn: columnName(ctx, approver.compare[1]),
              relation: same ? '相同' : '不同',
              relationEn: same ? 'are the same' : 'differ',
            },
          });
        }
      }
    }
  },
});

/** The approver on a row must hold the role its tier (class) calls for. */
function checkTierApprover(rule: KindRule<string, PreconditionParams>, ctx: RuleContext, c: number, i: number, p: NonNullable<PreconditionParams['approverByTier']>, text: (string | null)[]): void {
  const t = ctx.ledger.tier[i];
  // An unreadable class is reported as an invalid cell already; a blank one leaves the role unknown.
  if (t === -2) return;
  if (t < 0) {
    ctx.emit(rule, { status: 'indeterminate', customer: c, record: i, field: 'tier', messageId: 'tier-unknown' });
    return;
  }
  const tier = ctx.profile.tiers[t];
  const roles = p.roles[tier.code];
  if (!roles) return;
  const who = text[i];
  if (who !== null && roles.some((r) => who.includes(r)) && !p.except.some((x) => who.includes(x))) return;
  ctx.emit(rule, { status: 'violation', customer: c, record: i, field: p.field, messageId: 'wrong-tier-approver', data: { tier: tier.label.zh, tierEn: `${tier.label.zh} (${tier.label.en})`, roles: roles.join('/'), approver: who ?? '（空）' } });
}
