// A strict TypeScript app (ES module): every type comes from the tarballs' declarations.
import { evaluate, evaluateProfile, getProfile, renderFinding, type Finding, type Profile, type Report, type Table } from '@ledgerlint/policy';
import { readLedger, type LedgerFile } from '@ledgerlint/xlsx/read';

const table: Table = {
  sheet: '意向客户回访',
  rows: [
    ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'],
    ['K001', '张伟', 'H', '2025-03-05 14:00', '2025-03-06 15:30', '电话', '介绍新车型配置和价格，客户周末再来试驾', '已接通'],
  ],
};
const profile: Profile = getProfile('002-1');
const report: Report = await evaluate(table, profile, { asOf: '2025-03-10' });
const fromFile: LedgerFile = await readLedger('ledger.csv');
const again: Report = await evaluate(fromFile.table, profile, { asOf: '2025-03-10' });
const lines: string[] = report.findings.map((f: Finding) => `  ${f.ruleId} ${f.status}: ${renderFinding(f, profile, 'en')}`);
console.log(`ts: ${report.findings.length} findings (${again.findings.length} from the CSV)\n${lines.join('\n')}`);
if (report.findings.length === 0 || again.findings.length !== report.findings.length) throw new Error('unexpected findings');

// Subpaths resolve with their declarations (node16 and bundler alike).
import { profile as p0021 } from '@ledgerlint/policy/profiles/002-1';
import { dayFromYmd, isoDate } from '@ledgerlint/policy/calendar';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { ANNOTATION_COLORS } from '@ledgerlint/policy/annotate';
const lean: Report = await evaluateProfile(table, p0021, { asOf: isoDate(dayFromYmd(2025, 3, 10)) });
console.log(`subpaths: ${lean.findings.length} findings, column ${columnLetter(0)}, ${Object.keys(ANNOTATION_COLORS).length} colours`);

// Never called: what the declarations must refuse at compile time (tsc fails on an unused
// expect-error directive, so each one proves its call does not type-check).
export function refusedAtCompileTime(): void {
  // @ts-expect-error a typo'd built-in profile id is not a BuiltinProfileId
  void evaluate(table, '002-9');
  // @ts-expect-error an object that is no Profile (tiers is a list of tiers)
  void evaluate(table, { tiers: 'oops' });
}
