// An ES-module app that installed the tarballs: the root entries and the read-only entry.
import { evaluate, getProfile, renderFinding, PROFILE_IDS } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx/read';
import * as xlsx from '@ledgerlint/xlsx';

const { table, format } = await readLedger('ledger.csv');
const profile = getProfile('002-1');
const report = await evaluate(table, profile, { asOf: '2025-03-10' });
console.log(`esm: ${PROFILE_IDS.length} profiles, ${format}, xlsx root exports ${typeof xlsx.applyPlan}, ${report.findings.length} findings`);
for (const f of report.findings) console.log(`  ${f.ruleId} ${f.status} row ${f.row ?? '-'}: ${renderFinding(f, profile, 'en')}`);
if (report.findings.length === 0) throw new Error('no findings');
