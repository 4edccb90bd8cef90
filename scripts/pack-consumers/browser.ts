// A browser app's view of the library: only @ledgerlint/policy, DOM types, no Node types at all.
import { evaluate, getProfile, renderFinding, type Table } from '@ledgerlint/policy';

export async function check(rows: Table['rows']): Promise<string[]> {
  const profile = getProfile('002-1');
  const report = await evaluate({ sheet: 'Sheet1', rows }, profile, { asOf: '2025-03-10' });
  return report.findings.map((f) => renderFinding(f, profile, 'zh'));
}
document.title = String(check);

// The lean form: one profile imported alone, and a subpath's types.
import { evaluateProfile } from '@ledgerlint/policy';
import { profile as p0021 } from '@ledgerlint/policy/profiles/002-1';
import { isoDate, dayFromYmd } from '@ledgerlint/policy/calendar';
export async function checkLean(rows: Table['rows']): Promise<string> {
  const report = await evaluateProfile({ sheet: 'Sheet1', rows }, p0021, { asOf: isoDate(dayFromYmd(2025, 3, 10)) });
  return `${report.findings.length}`;
}
