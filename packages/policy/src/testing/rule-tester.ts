/**
 * ESLint-style table tests for one rule: valid ledgers give no finding of the rule (a period in
 * progress whose quota is not met yet, `open`, says nothing against the ledger), invalid ledgers
 * give exactly the listed findings, `open` ones included (each listed property must match).
 * Test-only; not exported.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF_BEFORE_LEDGER, evaluate } from '../engine/evaluate';
import type { Finding } from '../rule/finding';
import { getProfile } from '../profiles';
import { renderFinding, unfilledPlaceholders } from '../report/messages';
import type { CellValue, Table } from '../table';

export interface RuleCase {
  name: string;
  /** Header row; defaults to the suite's header. */
  header?: string[];
  rows: CellValue[][];
  asOf: string;
}

/** A finding a case expects: the listed properties, and `text` inside its Chinese message. */
export type ExpectedFinding = Partial<Pick<Finding, 'status' | 'severity' | 'customer' | 'row' | 'column' | 'dueAt' | 'overdueDays' | 'messageId'>> & { text?: string };

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export interface RuleSuite {
  profile: string;
  header: string[];
  valid: RuleCase[];
  invalid: InvalidCase[];
}

/** The table a case describes, with its header in row 1. */
export function caseTable(header: string[], rows: CellValue[][]): Table {
  return { sheet: '回访记录', rows: [header, ...rows] };
}

/** Findings of one rule for a case. */
export async function findingsOf(ruleId: string, profileId: string, header: string[], c: RuleCase): Promise<Finding[]> {
  const report = await evaluate(caseTable(c.header ?? header, c.rows), getProfile(profileId), { asOf: c.asOf });
  // The whole-ledger warning about an as-of before the ledger's first date (cases test "not due
  // yet" that way) is about the check, not the rule.
  return report.findings.filter((f) => f.ruleId === ruleId && f.messageId !== AS_OF_BEFORE_LEDGER);
}

/** Register the valid and invalid cases of a rule with vitest. */
export function ruleTester(ruleId: string, suite: RuleSuite): void {
  describe(ruleId, () => {
    it('is a rule of its profile', () => {
      expect(getProfile(suite.profile).rules.some((r) => r.id === ruleId)).toBe(true);
    });
    for (const c of suite.valid) {
      it(`valid: ${c.name}`, async () => {
        const found = (await findingsOf(ruleId, suite.profile, suite.header, c)).filter((f) => f.status !== 'open');
        expect(found.map((f) => ({ status: f.status, row: f.row, messageId: f.messageId }))).toEqual([]);
      });
    }
    for (const c of suite.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const found = await findingsOf(ruleId, suite.profile, suite.header, c);
        expect(found).toHaveLength(c.findings.length);
        c.findings.forEach(({ text, ...want }, k) => {
          expect(found[k]).toMatchObject(want);
          if (text !== undefined) expect(renderFinding(found[k], getProfile(suite.profile), 'zh')).toContain(text);
        });
        for (const f of found) {
          expect(f.citation.quote.length).toBeGreaterThan(0);
          // Every placeholder of the message is filled, in both languages.
          expect(unfilledPlaceholders(f, getProfile(suite.profile)), f.messageId).toEqual([]);
        }
      });
    }
  });
}

/** A rule whose document gives no number (及时, 规定时间): one not-configured finding for the whole ledger. */
export function notConfiguredTester(ruleId: string, profile: string, header: string[], row: CellValue[]): void {
  ruleTester(ruleId, {
    profile,
    header,
    valid: [],
    invalid: [{ name: 'no number in the text: not configured, once for the ledger', rows: [row], asOf: '2025-10-15', findings: [{ status: 'not-configured', row: null }] }],
  });
}
