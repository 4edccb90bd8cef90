// A CommonJS app: require() must reach the .cjs builds (and their declared dependencies) alone.
const { evaluate, getProfile, renderFinding, isLedgerlintError } = require('@ledgerlint/policy');
const { readLedger } = require('@ledgerlint/xlsx/read');
const xlsx = require('@ledgerlint/xlsx');

readLedger('ledger.csv').then(async ({ table }) => {
  const profile = getProfile('002-1');
  const report = await evaluate(table, profile, { asOf: '2025-03-10' });
  console.log(`cjs: xlsx root exports ${typeof xlsx.applyPlan}, ${report.findings.length} findings`);
  for (const f of report.findings) console.log(`  ${f.ruleId} ${f.status} row ${f.row ?? '-'}: ${renderFinding(f, profile, 'zh')}`);
  if (report.findings.length === 0) throw new Error('no findings');
  // A bad profile id is a LedgerlintError, recognised by the copy that threw it.
  try {
    getProfile('no-such-profile');
  } catch (e) {
    if (!isLedgerlintError(e)) throw e;
  }
}).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
