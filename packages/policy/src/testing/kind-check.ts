/**
 * Run one rule of a kind over a small table, in a throwaway profile (unit tests of rule kinds).
 * Test-only; not exported.
 */
import { AS_OF_BEFORE_LEDGER, evaluate } from '../engine/evaluate';
import type { Finding } from '../rule/finding';
import type { ProfileInput, RuleInput } from '../profile/schema';
import type { CellValue } from '../table';
import { parseProfile } from '../profile/load';
import { unfilledPlaceholders } from '../report/messages';

const text = { zh: '测试', en: 'test' };

/** A profile holding one rule of `kind` with `params` (plus optional rule fields). */
export function oneRuleProfile(kind: string, params: object, extra: Partial<RuleInput> = {}, profile: Partial<ProfileInput> = {}): ProfileInput {
  const rule = { id: '999-1-TEST', kind, title: text, short: text, modality: 'M', citation: { file: 'x.txt', section: 's', quote: 'q' }, reading: text, params, ...extra } as RuleInput;
  return { id: 'test', version: 1, title: text, description: text, source: { file: 'x.txt', section: 's' }, tiers: [], essentialColumns: [], recordsRuleId: rule.id, rules: [rule], ...profile };
}

/** Findings of the one rule for a table (header, rows) as of a moment. */
export async function kindFindings(profile: ProfileInput, header: string[], rows: CellValue[][], asOf: string): Promise<Finding[]> {
  const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, parseProfile(profile), { asOf });
  // A message with a placeholder its data does not fill would render with a gap: fail the test.
  const parsed = parseProfile(profile);
  for (const f of report.findings) {
    const missing = unfilledPlaceholders(f, parsed);
    if (missing.length) throw new Error(`${f.messageId}: placeholders without a value: ${missing.join(', ')}`);
  }
  // Not the as-of warning, which the one rule carries as the profile's records rule.
  return report.findings.filter((f) => f.ruleId === '999-1-TEST' && f.messageId !== AS_OF_BEFORE_LEDGER);
}

/**
 * The one rule's findings, in the fields tests compare, for a kind and its params; unreadable
 * cells (reported by the records rule of every profile) are left out.
 */
export async function findingsOfKind(kind: string, params: object, header: string[], rows: CellValue[][], asOf: string, profile: Partial<ProfileInput> = {}, rule: Partial<RuleInput> = {}) {
  const found = await kindFindings(oneRuleProfile(kind, params, rule, profile), header, rows, asOf);
  return found
    .filter((f) => f.messageId !== 'invalid')
    .map((f) => ({ status: f.status, row: f.row, messageId: f.messageId, dueAt: f.dueAt, overdueDays: f.overdueDays, data: f.data, explain: f.explain, column: f.column }));
}
