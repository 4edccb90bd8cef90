#!/usr/bin/env node
/**
 * The bench's in-process breakdown of `ledgerlint check <file> --profile <id> --as-of <date> --format json`
 * (run as a child by scripts/bench.mjs): the same steps as the CLI, each timed: read the file into a
 * Table, evaluate it, and print the JSON report into a sink that only counts bytes. Read + evaluate
 * is what any output format costs; the CLI's own JSON work is the rest. Prints one JSON line.
 *
 *   node scripts/bench-cli-phases.mjs <csv> <profile> <as-of>
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, profileId, asOf] = process.argv.slice(2);
const policy = await import(join(ROOT, 'packages/policy/dist/index.js'));
const { readLedger } = await import(join(ROOT, 'packages/xlsx/dist/reader.js'));
const cli = await import(join(ROOT, 'packages/cli/dist/index.js'));

const profile = policy.getProfile(profileId);
const t0 = performance.now();
const { table } = await readLedger(file, {});
const t1 = performance.now();
const report = await policy.evaluate(table, profile, { asOf });
const t2 = performance.now();
let bytes = 0;
for (const piece of cli.jsonReportChunks(report, profile)) bytes += Buffer.byteLength(piece);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ readMs: t1 - t0, evaluateMs: t2 - t1, outputMs: t3 - t2, findings: report.findings.length, bytes })}\n`);
