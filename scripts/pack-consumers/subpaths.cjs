// A CommonJS app that requires one built-in profile alone and a subpath.
const { evaluate, evaluateProfile, isLedgerlintError } = require('@ledgerlint/policy');
const { profile } = require('@ledgerlint/policy/profiles/002-1');
const { dayFromYmd, isoDate, WorkCalendar } = require('@ledgerlint/policy/calendar');
const { readLedger } = require('@ledgerlint/xlsx/read');

(async () => {
  if (isoDate(dayFromYmd(2025, 3, 10)) !== '2025-03-10') throw new Error('cjs subpaths: isoDate(dayFromYmd(2025, 3, 10))');
  if (typeof WorkCalendar !== 'function') throw new Error('cjs subpaths: no WorkCalendar in /calendar');
  const read = await readLedger('ledger.csv');
  const report = await evaluateProfile(read.table, profile, { asOf: '2025-03-10' });
  if (report.findings.length === 0) throw new Error('cjs subpaths: no findings with profiles/002-1');
  let wrong;
  try {
    await evaluate(read, profile, { asOf: '2025-03-10' });
  } catch (e) {
    wrong = e;
  }
  if (!isLedgerlintError(wrong) || wrong.code !== 'read-result-passed') throw new Error(`cjs subpaths: evaluate(readLedger result) threw ${wrong && wrong.code}`);
  console.log(`cjs subpaths: profiles/002-1 ${report.findings.length} findings, calendar ok, ${wrong.code}`);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
