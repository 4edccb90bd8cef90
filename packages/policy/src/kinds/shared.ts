/** Small helpers the rule kinds share. */
import { Precision } from '../ledger/cells';
import type { RuleContext } from '../engine/types';
import type { Rule } from '../profile/schema';
import { MINUTES_PER_DAY } from '../time/day';

/** Day number of a minute stamp. */
export const dayOf = (minute: number): number => Math.floor(minute / MINUTES_PER_DAY);

/** Index of a tier code in the profile's tier list (-1 when the profile has no such tier). */
export function tierIndex(ctx: RuleContext, code: string): number {
  return ctx.profile.tiers.findIndex((t) => t.code === code);
}

/** The customer's latest record (the row customer-level findings point at). */
export function latestRecord(ctx: RuleContext, customer: number): number {
  const { records, start } = ctx.ledger.customers;
  return records[start[customer + 1] - 1];
}

/** True when the record has a usable contact date (day or minute precision). */
export function hasContact(ctx: RuleContext, record: number): boolean {
  const p = ctx.ledger.times.contactAt?.precision[record];
  return p === Precision.Day || p === Precision.Minute;
}

/** Severity of a breach for a rule: its own override, else from its modality. */
export function breachSeverity(rule: Rule): 'error' | 'warning' | 'info' {
  if (rule.severity) return rule.severity;
  return rule.modality === 'S' ? 'warning' : rule.modality === 'U' ? 'info' : 'error';
}
