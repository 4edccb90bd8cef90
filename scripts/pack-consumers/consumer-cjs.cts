// The same app as CommonJS TypeScript: the "require" condition's .d.cts declarations.
import { evaluate, getProfile, type Report } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx/read';

void readLedger('ledger.csv').then(async ({ table }) => {
  const report: Report = await evaluate(table, getProfile('002-1'), { asOf: '2025-03-10' });
  console.log(`ts (cjs): ${report.findings.length} findings`);
  if (report.findings.length === 0) throw new Error('no findings');
});
