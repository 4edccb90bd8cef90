/**
 * The call list (待回访): the obligations due within a window, each with what is owed in words.
 * One implementation for every app that shows the list (`ledgerlint todo`, the Excel task pane), so
 * the clerk sees the same items, words and order wherever they look.
 *
 * The kinds say "due soon" only within the profile's lead time (`dueSoonDays`): the report a list
 * of the next N days is built from must be evaluated with that lead time widened to N
 * (`workQueueProfile`), else what is due in 2..N days is missing.
 */
import { evaluatePrepared, loadedProfile, prepareLedger, type EvaluateOptions, type PreparedLedger, type Report } from '../engine/evaluate';
import type { Table } from '../table';
import { parseAsOf } from '../time/as-of';
import type { Profile } from '../profile/schema';
import { markLoaded } from '../profile/loaded';
import type { BuiltinProfileId } from '../profiles/ids';
import type { Quota } from '../rule/finding';
import { renderFinding } from './messages';
import { obligations, type Obligation, type ObligationState } from './obligations';

/** The look-ahead of the call list when none is asked for: a week. */
export const WORK_QUEUE_DAYS = 7;

/** An item of the call list: the obligation's fields and its words. */
export interface TodoItem extends Omit<Obligation, 'finding'> {
  /** What is owed, in words: the rule's short name (H类3天), with the run (连续 3 期未完成) or the quota in progress (本期已 1 天，还需 1 天). */
  what: { zh: string; en: string };
  /** The message of the finding the item stands for. */
  message: { zh: string; en: string };
}

/** The states in Chinese, as the list and its CSV name them. */
export const TODO_STATE_ZH: Record<ObligationState, string> = { overdue: '逾期', 'due-today': '今天到期', 'due-soon': '即将到期', open: '进行中' };

/**
 * The profile to evaluate with for a list of the next `days` days: its lead time widened to them
 * (the same profile when it already looks that far ahead).
 * @example const report = await evaluate(table, workQueueProfile(getProfile('002-1'), 7), { asOf })
 */
export function workQueueProfile(profile: Profile, days: number = WORK_QUEUE_DAYS): Profile {
  // Still a loaded profile: only the lead time changed, to a whole number of days like any other.
  return profile.dueSoonDays >= days ? profile : markLoaded({ ...profile, dueSoonDays: days });
}

/**
 * The items due by `days` days after the check day, overdue ones first; `report` evaluated with
 * `workQueueProfile(profile, days)`.
 * @example todoItems(report, profile, 7)
 */
export function todoItems(report: Report, profile: Profile, days: number = WORK_QUEUE_DAYS): TodoItem[] {
  const rules = new Map(profile.rules.map((r) => [r.id, r]));
  return obligations(report, { dueSoonDays: profile.dueSoonDays, withinDays: days }).map(({ finding, ...o }) => {
    const rule = rules.get(o.ruleId);
    const message = { zh: renderFinding(finding, profile, 'zh'), en: renderFinding(finding, profile, 'en') };
    const short = { zh: rule?.short.zh ?? o.ruleId, en: rule?.short.en ?? o.ruleId };
    let what = short;
    if (o.missedPeriods > 1) what = { zh: `${short.zh}（连续 ${o.missedPeriods} 期未完成）`, en: `${short.en} (${o.missedPeriods} periods missed in a row)` };
    else if (o.missedPeriods === 0 && o.quota) what = quotaWords(short, o.quota);
    return { ...o, what, message };
  });
}

/**
 * The call list of a ledger already read for a check: evaluated again as of the same moment with
 * the lead time widened to `days` (reading the cells, the as-of independent half, is not redone:
 * the lead time plays no part in it), so an app showing both the check and the list reads once.
 * `checked`: the check's report (same prepared ledger and as-of), reused when the lead time already
 * reaches `days`.
 * @example const prepared = prepareLedger(table, profile); const report = await evaluatePrepared(prepared, { asOf }); const items = await workQueue(prepared, { asOf, checked: report })
 */
export async function workQueue(prepared: PreparedLedger, options: Pick<EvaluateOptions, 'asOf'> & { days?: number; checked?: Report } = {}): Promise<TodoItem[]> {
  const days = options.days ?? WORK_QUEUE_DAYS;
  const profile = workQueueProfile(prepared.profile, days);
  // The check's own report will do when the profile already looks that far ahead.
  const report = profile === prepared.profile && options.checked ? options.checked : await evaluatePrepared({ ...prepared, profile }, { asOf: options.asOf });
  return todoItems(report, prepared.profile, days);
}

/**
 * Check a table and build its call list in one go, reading the cells once: what `ledgerlint
 * annotate` and the add-in's Annotate write (the findings, and the 待回访 sheet that equals `todo`).
 * @example const { report, calls } = await checkWithCalls(table, getProfile('002-1'), { asOf: '2025-10-15' })
 */
export async function checkWithCalls(table: Table, profile: Profile | BuiltinProfileId, options: EvaluateOptions & { days?: number } = {}): Promise<{ report: Report; calls: TodoItem[] }> {
  // As evaluate() does: a typo in the as-of should not cost a read of the whole ledger.
  parseAsOf(options.asOf);
  const prepared = prepareLedger(table, loadedProfile(profile), options);
  const report = await evaluatePrepared(prepared, options);
  return { report, calls: await workQueue(prepared, { asOf: options.asOf, days: options.days, checked: report }) };
}

/**
 * A quota in progress in few words, "B类每月2次：本期已 1 天，还需 1 天，2025-10-31 前" (次 where the rule counts contacts) (every
 * finding of a period in progress carries its quota).
 */
function quotaWords(short: { zh: string; en: string }, q: Quota): { zh: string; en: string } {
  const more = Math.max(0, q.required - q.done);
  // In the finding's own unit: a rule counting contact days says 天, as its finding does.
  const [zh, en] = q.unit === 'day' ? ['天', 'contact day(s)'] : ['次', 'contact(s)'];
  return { zh: `${short.zh}：本期已 ${q.done} ${zh}，还需 ${more} ${zh}，${q.periodEnd} 前`, en: `${short.en}: ${q.done} ${en} so far this period, ${more} more by ${q.periodEnd}` };
}

/**
 * Items grouped by the person named on the ledger, in list order within a group, the group with
 * the oldest overdue item (the list's earliest item) first.
 * @example byPerformer(todoItems(report, profile)).map((g) => `${g.performer}: ${g.items.length}`)
 */
export function byPerformer<T extends Pick<TodoItem, 'performer'>>(items: readonly T[]): { performer: string | null; items: T[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) (groups.get(item.performer) ?? groups.set(item.performer, []).get(item.performer)!).push(item);
  return [...groups].map(([performer, list]) => ({ performer, items: list }));
}

/**
 * How many items are in each state.
 * @example todoCounts(items).overdue
 */
export function todoCounts(items: readonly Pick<TodoItem, 'state'>[]): Record<ObligationState, number> {
  const out: Record<ObligationState, number> = { overdue: 0, 'due-today': 0, 'due-soon': 0, open: 0 };
  for (const i of items) out[i.state]++;
  return out;
}

/**
 * An item's state in words as of the check: 逾期 18 天, 今天到期, 2 天后到期.
 * @example todoStateWords(item, report.asOf).zh
 */
export function todoStateWords(item: Pick<TodoItem, 'state' | 'overdueDays' | 'dueAt'>, asOf: string): { zh: string; en: string } {
  if (item.state === 'overdue') return { zh: `逾期 ${item.overdueDays} 天`, en: `${item.overdueDays} day(s) overdue` };
  if (item.state === 'due-today') return { zh: '今天到期', en: 'due today' };
  const days = Math.round((Date.parse(item.dueAt.slice(0, 10)) - Date.parse(asOf.slice(0, 10))) / 86_400_000);
  return { zh: `${days} 天后到期`, en: `due in ${days} day(s)` };
}

/**
 * A due date as the list shows it: the date, and the time for an hour-based deadline.
 * @example todoDueText('2025-10-13T11:00+08:00') // '2025-10-13 11:00'
 */
export function todoDueText(dueAt: string): string {
  return dueAt.length > 10 ? `${dueAt.slice(0, 10)} ${dueAt.slice(11, 16)}` : dueAt;
}
