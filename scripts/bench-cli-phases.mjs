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
// Wall and CPU time of each step: on a shared machine the wall time counts waiting for the CPU.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const at = () => [performance.now(), cpu()];
const t0 = at();
const { table } = await readLedger(file, {});
const t1 = at();
const report = await policy.evaluate(table, profile, { asOf });
const t2 = at();
let bytes = 0;
for (const piece of cli.jsonReportChunks(report, profile)) bytes += Buffer.byteLength(piece);
const t3 = at();
const step = (a, b) => b[0] - a[0];
const stepCpu = (a, b) => b[1] - a[1];
process.stdout.write(
  `${JSON.stringify({ readMs: step(t0, t1), readCpuMs: stepCpu(t0, t1), evaluateMs: step(t1, t2), evaluateCpuMs: stepCpu(t1, t2), outputMs: step(t2, t3), outputCpuMs: stepCpu(t2, t3), findings: report.findings.length, bytes })}\n`,
);
