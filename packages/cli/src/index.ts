/**
 * The ledgerlint command line. `main` takes argv and streams and returns the exit code, so tests
 * run it in-process; `bin.ts` is the thin executable.
 */
import { readFile } from 'node:fs/promises';
import {
  evaluate,
  getProfile,
  isLedgerlintError,
  LedgerlintError,
  parseAsOf,
  parseProfile,
  PROFILE_IDS,
  PROFILE_SCHEMA_REF,
  PROFILE_SOURCES,
  renderFinding,
  type Finding,
  type Profile,
  type Report,
} from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx/read';
import { HELP, parseArgs, USAGE_ERRORS, type CheckArgs } from './args';
import { cliMessage } from './hints';
import { ledgerFor, onLedgerSheet } from './ledger-sheet';
import { createProgress } from './progress';
import { textReport } from './text-report';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export const VERSION = '0.1.0';

/** A built-in profile id, or a path to a custom profile JSON file. */
export async function loadProfile(spec: string): Promise<Profile> {
  if (PROFILE_IDS.includes(spec)) return getProfile(spec);
  if (!/\.json$/i.test(spec)) return getProfile(spec);
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (e) {
    throw new LedgerlintError(USAGE_ERRORS, 'profile-file', { file: spec, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LedgerlintError(USAGE_ERRORS, 'profile-file', { file: spec, reason: `JSON: ${(e as Error).message}` });
  }
  return parseProfile(json);
}

/** The JSON document of `check --format json`. */
export function jsonReport(report: Report, profile: Profile): unknown {
  return { profile: report.profile, asOf: report.asOf, findings: report.findings.map((f) => jsonFinding(f, profile)), summary: report.summary };
}

/** One finding as the JSON format documents it; keys in a fixed order, absent ones left out. */
function jsonFinding(f: Finding, profile: Profile): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: f.ruleId, status: f.status, severity: f.severity, customer: f.customer, row: f.row };
  if (f.column !== undefined) {
    out.column = f.column;
    out.columnLetter = f.columnLetter;
  }
  if (f.dueAt !== undefined) out.dueAt = f.dueAt;
  if (f.overdueDays !== undefined) out.overdueDays = f.overdueDays;
  if (f.fine) out.fine = f.fine;
  if (f.payer !== undefined) out.payer = f.payer;
  if (f.escalateTo) out.escalateTo = f.escalateTo;
  out.message = { zh: renderFinding(f, profile, 'zh'), en: renderFinding(f, profile, 'en') };
  out.citation = f.citation;
  out.code = f.messageId;
  if (f.explain) out.explain = f.explain;
  return out;
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  // Check what the user typed before touching the file.
  if (args.asOf !== undefined) parseAsOf(args.asOf);
  const profile = await loadProfile(args.profile);
  const { table, tables } = await readLedger(args.file, { sheet: args.sheet, isLedger: ledgerFor(profile, args.columns) });
  const withData = tables.filter((t) => t.rows.length > 0).map((t) => t.sheet);
  const report = await onLedgerSheet(() => evaluate(table, profile, { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  if (args.format === 'json') io.stdout.write(JSON.stringify(jsonReport(report, profile)) + '\n');
  else io.stdout.write(textReport(report, profile, args.file.split(/[\\/]/).pop() ?? args.file));
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * Run the command line; resolves to the exit code. Never throws and never prints a stack trace.
 * @example process.exitCode = await main(process.argv.slice(2), process)
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv, PROFILE_IDS);
    switch (args.command) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`ledgerlint ${VERSION}\n`);
        return 0;
      case 'profiles': {
        if (args.id !== undefined) {
          // The source as written (defaults not filled in), ready for a company to copy and change.
          getProfile(args.id);
          io.stdout.write(JSON.stringify({ $schema: PROFILE_SCHEMA_REF, ...PROFILE_SOURCES[args.id] }, null, 2) + '\n');
          return 0;
        }
        const profiles = PROFILE_IDS.map((id) => getProfile(id));
        if (args.format === 'json') io.stdout.write(JSON.stringify(profiles.map((p) => ({ id: p.id, title: p.title, source: p.source, rules: p.rules.map((r) => r.id) }))) + '\n');
        else for (const p of profiles) io.stdout.write(`${p.id}\t${p.title.zh}\t${p.title.en}\t${p.rules.length} 条规则\n`);
        return 0;
      }
      case 'check':
        return await check(args, io);
      case 'annotate': {
        if (args.asOf !== undefined) parseAsOf(args.asOf);
        const profile = await loadProfile(args.profile);
        const progress = createProgress(io.stderr, !args.quiet);
        // The writer (and exceljs) loads only for the commands that write a workbook.
        const { annotateFile } = await import('./annotate');
        const { summary: s, out } = await annotateFile(args, profile, progress, (text) => io.stderr.write(text));
        io.stdout.write(`已写入 ${out}：${s.records} 条记录，${s.findings} 条发现（错误 ${s.bySeverity.error ?? 0}，警告 ${s.bySeverity.warning ?? 0}）。\nWrote ${out}: ${s.records} records, ${s.findings} findings (${s.bySeverity.error ?? 0} errors, ${s.bySeverity.warning ?? 0} warnings).\n`);
        return (s.bySeverity.error ?? 0) > 0 ? 1 : 0;
      }
      case 'clear': {
        const { clearFile } = await import('./annotate');
        const out = await clearFile(args, createProgress(io.stderr, !args.quiet), (text) => io.stderr.write(text));
        io.stdout.write(`已清除批注：${out}\nAnnotation removed: ${out}\n`);
        return 0;
      }
    }
  } catch (e) {
    if (isLedgerlintError(e)) {
      io.stderr.write(cliMessage(e));
      return 2;
    }
    // A bug of ours: say so plainly, without a stack trace or the ledger's contents.
    const name = e instanceof Error ? e.name : typeof e;
    io.stderr.write(`内部错误（${name}），请报告此问题；设置 LEDGERLINT_DEBUG=1 可显示详情。\nInternal error (${name}); please report it. Set LEDGERLINT_DEBUG=1 for details.\n`);
    if (process.env.LEDGERLINT_DEBUG === '1' && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
