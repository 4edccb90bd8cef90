/**
 * `annotate` and `clear` for a workbook too large to load in memory: the streaming path of
 * @ledgerlint/xlsx (stream-annotate.ts), which patches the zip instead of rewriting the workbook.
 * Taken when the in-memory path would refuse for size (`annotate-too-large`), or always when
 * LEDGERLINT_ANNOTATE_STREAM=1 (for tests and benchmarks, so the path can be run on small files).
 * It keeps every part of the file, so `--in-place` is always allowed.
 */
import { basename } from 'node:path';
import { checkWithCalls, isLedgerlintError, LedgerlintError, planAnnotation, type Profile, type Report } from '@ledgerlint/policy';
import { tableWidth } from '@ledgerlint/policy/ledger';
import { annotateStreaming, clearStreaming, openWorkbook, readLedgerBytes, writeFileAtomic, type AtomicWriteOptions, type OpenedWorkbook, type StreamWarning } from '@ledgerlint/xlsx';
import type { AnnotateArgs, ClearArgs } from './args';
import { WRITE_ERRORS } from './annotate';
import { ledgerFor, onLedgerSheet } from './ledger-sheet';
import type { Progress } from './progress';

/** Set to `1` to annotate and clear through the streaming path whatever the size (tests, benchmarks). */
export const STREAM_ENV = 'LEDGERLINT_ANNOTATE_STREAM';

/**
 * The workbook opened in memory, or undefined when it must take the streaming path (too large for
 * the heap, or forced by LEDGERLINT_ANNOTATE_STREAM=1).
 * @example const opened = await largePath(bytes, '回访.xlsx'); if (!opened) return annotateLarge(…);
 */
export async function largePath(bytes: Uint8Array, name: string): Promise<OpenedWorkbook | undefined> {
  if (process.env[STREAM_ENV] === '1') return undefined;
  try {
    return await openWorkbook(bytes, name);
  } catch (e) {
    if (isLedgerlintError(e) && e.code === 'annotate-too-large') return undefined;
    throw e;
  }
}

/** The written chunks one after another, as writeFileAtomic takes them. */
async function* chunksOf(chunks: readonly Uint8Array[]): AsyncIterable<Uint8Array> {
  yield* chunks;
}

function say(warn: (text: string) => void, warnings: readonly StreamWarning[]): void {
  for (const w of warnings) warn(`${w.zh}\n${w.en}\n`);
}

/** Read, check and plan (the table and report are dropped when this returns: the writer needs the room). */
async function checkAndPlanLarge(bytes: Uint8Array, args: AnnotateArgs, profile: Profile, progress: Progress) {
  const { table, tables } = await readLedgerBytes(bytes, basename(args.file), { sheet: args.sheet, isLedger: ledgerFor(profile, args.columns) });
  progress.phase('检查 checking');
  const withData = tables.filter((t) => t.rows.length > 0).map((t) => t.sheet);
  const { report, calls } = await onLedgerSheet(() => checkWithCalls(table, profile, { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  const firstColumn = table.firstColumn ?? 1;
  const plan = planAnnotation(report, profile, { firstColumn, lastColumn: firstColumn + tableWidth(table) - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file), calls);
  return { summary: report.summary, plan, date1904: table.date1904 === true };
}

/**
 * Annotate through the streaming path: a previous annotation cleared first, then the cleared
 * workbook read, checked and patched; written atomically to `out`.
 * @example return annotateLarge(bytes, args, profile, progress, warn, '回访.checked.xlsx');
 */
export async function annotateLarge(
  bytes: Uint8Array,
  args: AnnotateArgs,
  profile: Profile,
  progress: Progress,
  warn: (text: string) => void,
  out: string,
  write: AtomicWriteOptions = {},
): Promise<{ summary: Report['summary']; out: string }> {
  const name = basename(args.file);
  const prior = await clearStreaming(bytes, name);
  const source = prior.cleared ? Buffer.concat(prior.chunks) : bytes;
  say(warn, prior.warnings);
  const { summary, plan, date1904 } = await checkAndPlanLarge(source, args, profile, progress);
  progress.phase('写入 writing');
  const result = await annotateStreaming(source, name, plan, { date1904 });
  plan.rows.length = 0;
  say(warn, result.warnings);
  await writeFileAtomic(chunksOf(result.chunks), out, write);
  progress.done();
  return { summary, out };
}

/**
 * Clear through the streaming path; written atomically to `out`.
 * @example return clearLarge(bytes, args, progress, warn, '回访.cleared.xlsx');
 */
export async function clearLarge(bytes: Uint8Array, args: ClearArgs, progress: Progress, warn: (text: string) => void, out: string, write: AtomicWriteOptions = {}): Promise<string> {
  const result = await clearStreaming(bytes, basename(args.file));
  if (!result.cleared) throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  say(warn, result.warnings);
  progress.phase('写入 writing');
  await writeFileAtomic(chunksOf(result.chunks), out, write);
  progress.done();
  return out;
}
