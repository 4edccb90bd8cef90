// An ES-module app that imports one built-in profile alone and a subpath, as a web page or a job
// would, and meets the CommonJS copy of the library in the same process (a dependency that
// require()s it): an error thrown by either copy is recognised by the other.
import { createRequire } from 'node:module';
import { evaluate, evaluateProfile, isLedgerlintError } from '@ledgerlint/policy';
import { profile } from '@ledgerlint/policy/profiles/002-1';
import { dayFromYmd, formatAsOf, isoDate, parseAsOf } from '@ledgerlint/policy/calendar';
import { readLedger } from '@ledgerlint/xlsx/read';

const fail = (what) => {
  throw new Error(`esm subpaths: ${what}`);
};
const read = await readLedger('ledger.csv');
const asOf = parseAsOf('2025-03-10');
if (!formatAsOf(asOf).startsWith('2025-03-10')) fail(`formatAsOf(parseAsOf('2025-03-10')) gave ${formatAsOf(asOf)}`);
if (isoDate(dayFromYmd(2025, 3, 10)) !== '2025-03-10') fail('isoDate(dayFromYmd(2025, 3, 10))');
const report = await evaluateProfile(read.table, profile, { asOf: '2025-03-10' });
if (report.findings.length === 0) fail('no findings with profiles/002-1');

// readLedger's whole result passed to evaluate: a LedgerlintError that says to pass .table.
let wrong;
try {
  await evaluate(read, '002-1', { asOf: '2025-03-10' });
} catch (e) {
  wrong = e;
}
if (!isLedgerlintError(wrong) || wrong.code !== 'read-result-passed') fail(`evaluate(readLedger result) threw ${wrong?.code ?? wrong}`);

// The CommonJS copy: its own module instances, its own LedgerlintError class.
const cjs = createRequire(import.meta.url)('@ledgerlint/policy');
let other;
try {
  await cjs.evaluate(read, '002-1', { asOf: '2025-03-10' });
} catch (e) {
  other = e;
}
if (!other || other instanceof wrong.constructor) fail('the CommonJS copy is not a separate copy (nothing to check)');
if (!isLedgerlintError(other)) fail('an error from the CommonJS copy is not recognised by the ES-module isLedgerlintError');
if (!cjs.isLedgerlintError(wrong)) fail('an error from the ES-module copy is not recognised by the CommonJS isLedgerlintError');
const cjsProfile = createRequire(import.meta.url)('@ledgerlint/policy/profiles/002-1').profile;
const fromCjs = await evaluateProfile(read.table, cjsProfile, { asOf: '2025-03-10' });
if (fromCjs.findings.length !== report.findings.length) fail('the CommonJS profile gives other findings through the ES-module engine');
console.log(`esm subpaths: profiles/002-1 ${report.findings.length} findings, calendar as-of ${formatAsOf(asOf)}, ${wrong.code} from both copies, recognised across copies`);
