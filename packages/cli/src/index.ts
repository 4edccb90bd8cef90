/**
 * The ledgerlint command line. `main` takes argv and streams and returns the exit code, so tests
 * run it in-process; `bin.ts` is the thin executable.
 */
import {
  evaluate,
  getProfile,
  isLedgerlintError,
  LedgerlintError,
  parseProfile,
  PROFILE_IDS,
  isBuiltinProfileId,
  type BuiltinProfileId,
  PROFILE_SCHEMA_REF,
  PROFILE_SOURCES,
  todoItems,
  workQueueProfile,
  type Profile,
  type Report,
} from '@ledgerlint/policy';
import { parseAsOf } from '@ledgerlint/policy/calendar';
import { readLedger, readRegularFile } from '@ledgerlint/xlsx/read';
import { HELP, parseArgs, USAGE_ERRORS, type CheckArgs, type TodoArgs } from './args';
import { cliMessage } from './hints';
import { ledgerFor, onLedgerSheet } from './ledger-sheet';
import { jsonReportChunks } from './json-report';
import { createProgress } from './progress';
import { terminalJson, terminalLines, terminalText } from './terminal';
import { textReport } from './text-report';
import { todoCsv, todoJson, todoText } from './todo';

export interface Io {
  /** `drained`, when given, resolves once a write that returned false has been flushed. */
  stdout: { write(s: string): unknown; drained?(): Promise<void> };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export { jsonReport, jsonReportChunks } from './json-report';

export const VERSION = '0.1.0';

/** The largest profile file read: far above what the schema's own limits allow (500 rules). */
const MAX_PROFILE_BYTES = 16 * 2 ** 20;

/** A built-in profile id, or a path to a custom profile JSON file. */
export async function loadProfile(spec: string): Promise<Profile> {
  if (isBuiltinProfileId(spec)) return getProfile(spec);
  if (!/\.json$/i.test(spec)) return getProfile(spec);
  let text: string;
  try {
    // A FIFO or device is refused (not-a-file) and nothing larger than a profile can be is read.
    const tooLarge = (size: number) => new LedgerlintError(USAGE_ERRORS, 'profile-file', { file: spec, reason: `${Math.ceil(size / 2 ** 20)} MiB > ${MAX_PROFILE_BYTES / 2 ** 20} MiB` });
    text = Buffer.from((await readRegularFile(spec, () => MAX_PROFILE_BYTES, tooLarge)).bytes).toString('utf8');
  } catch (e) {
    // Missing or unreadable is said as a profile problem; not-a-file and too large say it already.
    if (!isLedgerlintError(e) || (e.code !== 'file-not-found' && e.code !== 'file-unreadable')) throw e;
    throw new LedgerlintError(USAGE_ERRORS, 'profile-file', { file: spec, reason: e.code === 'file-not-found' ? 'ENOENT' : String(e.params.reason) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LedgerlintError(USAGE_ERRORS, 'profile-file', { file: spec, reason: `JSON: ${(e as Error).message}` });
  }
  return parseProfile(json);
}

/**
 * Read the ledger and check it, as `check` and `todo` both do: the as-of and profile checked
 * before the file is touched. `tune` may change the profile for the evaluation (todo's look-ahead).
 */
async function readAndEvaluate(args: CheckArgs | TodoArgs, tune: (p: Profile) => Profile = (p) => p): Promise<{ profile: Profile; report: Report }> {
  if (args.asOf !== undefined) parseAsOf(args.asOf);
  const profile = await loadProfile(args.profile);
  const { table, tables } = await readLedger(args.file, { sheet: args.sheet, isLedger: ledgerFor(profile, args.columns) });
  const withData = tables.filter((t) => t.rows.length > 0).map((t) => t.sheet);
  const report = await onLedgerSheet(() => evaluate(table, tune(profile), { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  return { profile, report };
}

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

async function check(args: CheckArgs, io: Io): Promise<number> {
  const { profile, report } = await readAndEvaluate(args);
  if (args.format === 'json') {
    // Piece by piece, waiting for a full pipe to drain: never the whole document in memory.
    for (const piece of jsonReportChunks(report, profile)) if (io.stdout.write(terminalJson(piece)) === false && io.stdout.drained) await io.stdout.drained();
    io.stdout.write('\n');
  } else io.stdout.write(textReport(report, profile, fileName(args.file), { verbose: args.verbose }));
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** `todo`: exit 0 whatever is due; only an input that cannot be read is an error (2, from main). */
async function todo(args: TodoArgs, io: Io): Promise<number> {
  // The kinds say "due soon" within the profile's lead time: look as far ahead as asked.
  const { profile, report } = await readAndEvaluate(args, (p) => workQueueProfile(p, args.days));
  const items = todoItems(report, profile, args.days);
  if (args.format === 'json') io.stdout.write(terminalJson(JSON.stringify(todoJson(report, items, args.by))) + '\n');
  else if (args.format === 'csv') io.stdout.write(todoCsv(items, args.by));
  else io.stdout.write(todoText(report, profile, items, fileName(args.file), args.days, args.by));
  return 0;
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
          io.stdout.write(JSON.stringify({ $schema: PROFILE_SCHEMA_REF, ...PROFILE_SOURCES[args.id as BuiltinProfileId] }, null, 2) + '\n');
          return 0;
        }
        const profiles = PROFILE_IDS.map((id) => getProfile(id));
        if (args.format === 'json') io.stdout.write(JSON.stringify(profiles.map((p) => ({ id: p.id, title: p.title, source: p.source, rules: p.rules.map((r) => r.id) }))) + '\n');
        else for (const p of profiles) io.stdout.write(`${p.id}\t${p.title.zh}\t${p.title.en}\t${p.rules.length} 条规则\n`);
        return 0;
      }
      case 'todo':
        return await todo(args, io);
      case 'check':
        return await check(args, io);
      case 'annotate': {
        if (args.asOf !== undefined) parseAsOf(args.asOf);
        const profile = await loadProfile(args.profile);
        const progress = createProgress(io.stderr, !args.quiet);
        // The writer (and exceljs) loads only for the commands that write a workbook.
        const { annotateFile } = await import('./annotate');
        const { summary: s, out: written } = await annotateFile(args, profile, progress, (text) => io.stderr.write(terminalLines(text)));
        const out = terminalText(written);
        io.stdout.write(`已写入 ${out}：${s.records} 条记录，${s.findings} 条发现（错误 ${s.bySeverity.error ?? 0}，警告 ${s.bySeverity.warning ?? 0}）。\nWrote ${out}: ${s.records} records, ${s.findings} findings (${s.bySeverity.error ?? 0} errors, ${s.bySeverity.warning ?? 0} warnings).\n`);
        return (s.bySeverity.error ?? 0) > 0 ? 1 : 0;
      }
      case 'clear': {
        const { clearFile } = await import('./annotate');
        const out = await clearFile(args, createProgress(io.stderr, !args.quiet), (text) => io.stderr.write(terminalLines(text)));
        io.stdout.write(`已清除批注：${terminalText(out)}\nAnnotation removed: ${terminalText(out)}\n`);
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
