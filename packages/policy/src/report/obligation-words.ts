/**
 * An obligation of the work queue in words: what is owed ("H类3天", "本期已 1 次，还需 1 次") and
 * where it stands as of the check ("逾期 6 天", "今天到期"). One copy for every list of it: the
 * command line's `todo`, the annotated workbook's 待回访 sheet, the task pane.
 */
import type { Profile } from '../profile/schema';
import { renderFinding } from './messages';
import type { Obligation, ObligationState } from './obligations';

/**
 * The states in Chinese, as the lists head them.
 * @example OBLIGATION_STATE_ZH['due-today'] // '今天到期'
 */
export const OBLIGATION_STATE_ZH: Record<ObligationState, string> = { overdue: '逾期', 'due-today': '今天到期', 'due-soon': '即将到期', open: '进行中' };

/**
 * What an obligation owes, in few words: the rule's short name, with the run of missed periods
 * ("（连续 3 期未完成）") or the quota in progress ("：本期已 1 次，还需 1 次，2025-10-31 前").
 * @example obligationWhat(item, getProfile('002-1')).zh // 'H类3天'
 */
export function obligationWhat(o: Obligation, profile: Profile): { zh: string; en: string } {
  const rule = profile.rules.find((r) => r.id === o.ruleId);
  const short = { zh: rule?.short.zh ?? o.ruleId, en: rule?.short.en ?? o.ruleId };
  if (o.missedPeriods > 1) return { zh: `${short.zh}（连续 ${o.missedPeriods} 期未完成）`, en: `${short.en} (${o.missedPeriods} periods missed in a row)` };
  if (o.missedPeriods === 0 && (o.quota || o.finding.messageId === 'period-open')) {
    return quotaWords(short, o) ?? { zh: renderFinding(o.finding, profile, 'zh'), en: renderFinding(o.finding, profile, 'en') };
  }
  return short;
}

/**
 * A quota in progress in few words, "B类每月2次：本期已 1 次，还需 1 次，2025-10-31 前", from the
 * obligation's quota or the period-open finding's counts; undefined when neither gives them.
 */
function quotaWords(short: { zh: string; en: string }, o: Obligation): { zh: string; en: string } | undefined {
  const d = o.finding.data;
  const q = o.quota ?? (typeof d.count === 'number' && typeof d.min === 'number' && typeof d.end === 'string' ? { done: d.count, required: d.min, periodEnd: d.end } : undefined);
  if (!q) return undefined;
  const more = Math.max(0, q.required - q.done);
  return { zh: `${short.zh}：本期已 ${q.done} 次，还需 ${more} 次，${q.periodEnd} 前`, en: `${short.en}: ${q.done} so far this period, ${more} more by ${q.periodEnd}` };
}

/**
 * Where an obligation stands on the check day: "逾期 6 天", "今天到期", "3 天后到期".
 * @example obligationStateText(item, report.asOf) // '逾期 6 天'
 */
export function obligationStateText(o: Pick<Obligation, 'state' | 'overdueDays' | 'dueAt'>, asOf: string): string {
  if (o.state === 'overdue') return `逾期 ${o.overdueDays} 天`;
  if (o.state === 'due-today') return '今天到期';
  const days = Math.round((Date.parse(o.dueAt.slice(0, 10)) - Date.parse(asOf.slice(0, 10))) / 86_400_000);
  return `${days} 天后到期`;
}

/**
 * A due date as a person reads it: the date, and the time for an hour-based rule.
 * @example dueText('2025-03-04T15:00+08:00') // '2025-03-04 15:00'
 */
export function dueText(dueAt: string): string {
  return dueAt.length > 10 ? `${dueAt.slice(0, 10)} ${dueAt.slice(11, 16)}` : dueAt;
}
