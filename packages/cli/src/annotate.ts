/** `ledgerlint annotate` and `ledgerlint clear`: mark up a ledger in place, or take the marks away. */
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { evaluate, LedgerlintError, planAnnotation, type Profile, type Report } from '@ledgerlint/policy';
import { applyPlan, checkWriteTarget, clearAnnotation, openWorkbook, readLedgerBytes, readLedgerFile, workbookFromTable, worksheetTable, writeWorkbookAtomic, type AtomicWriteOptions, type ReadFile } from '@ledgerlint/xlsx';
import type { AnnotateArgs, ClearArgs } from './args';
import { ledgerFor, onLedgerSheet } from './ledger-sheet';
import type { Progress } from './progress';

export const WRITE_ERRORS = {
  'would-lose': {
    zh: '不能原地改写「{file}」：它含有本工具无法保留的内容（{parts}），改写会丢失它们。请用 -o 另存一份（副本中不含这些内容），原文件保持不变。',
    en: 'Cannot rewrite "{file}" in place: it holds parts this tool cannot keep ({partsEn}); rewriting would lose them. Use -o to write a copy (without them); the original stays untouched.',
  },
  'not-annotated': {
    zh: '「{file}」没有 ledgerlint 的批注，无需清除。',
    en: '"{file}" carries no ledgerlint annotation; nothing to clear.',
  },
  'same-output': {
    zh: '-o 指定的「{output}」就是原文件「{file}」，原文件保持不变。要改写原文件请用 --in-place；要另存请换一个文件名。',
    en: 'The output "{output}" is the source "{file}" itself; the source was left as it was. Use --in-place to rewrite the source, or choose another name.',
  },
} as const;

/**
 * Whether two paths name the same file: the same spelling once resolved, or (both existing) the
 * same device and inode, which also catches a symbolic link, a hard link or another letter case.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([a, b].map((p) => stat(p, { bigint: true }).catch(() => null)));
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Where the result goes: -o, the source itself (--in-place), or `<name>.<suffix>.xlsx` beside it;
 * checked to be writable (checkWriteTarget) before any work is spent on it.
 */
async function outputPath(file: string, output: string | undefined, inPlace: boolean, suffix: string): Promise<string> {
  let out: string;
  if (inPlace) out = file;
  else if (output) {
    if (await sameFile(output, file)) throw new LedgerlintError(WRITE_ERRORS, 'same-output', { file, output });
    out = output;
  } else {
    const base = basename(file, extname(file)).replace(/\.(checked|cleared)$/, '');
    out = join(dirname(file), `${base}.${suffix}.xlsx`);
  }
  await checkWriteTarget(out);
  return out;
}

/** Rewriting the source: replace it only if it is still the file that was read. */
function replacing(file: string, source: ReadFile, inPlace: boolean): AtomicWriteOptions {
  return inPlace ? { source: { path: file, identity: source.identity } } : {};
}

function isCsv(file: string, bytes: Uint8Array): boolean {
  // A zip (PK) is a workbook whatever its name; anything else goes through the CSV reader.
  return !(bytes[0] === 0x50 && bytes[1] === 0x4b) && !/\.xlsx$/i.test(file);
}

/** Check and annotate a ledger; resolves to the report and the path written. */
export async function annotateFile(args: AnnotateArgs, profile: Profile, progress: Progress, warn: (text: string) => void): Promise<{ summary: Report['summary']; out: string }> {
  progress.phase('读取 reading');
  const source = await readLedgerFile(args.file);
  const { bytes } = source;
  if (bytes.length === 0 || isCsv(args.file, bytes)) {
    // CSV (or an empty file: the reader says so): a new workbook.
    const out = await outputPath(args.file, args.output, false, 'checked');
    const { table } = await readLedgerBytes(bytes, args.file, { sheet: args.sheet, isLedger: ledgerFor(profile, args.columns) });
    progress.phase('检查 checking');
    const report = await evaluate(table, profile, { asOf: args.asOf, columns: args.columns as never });
    const workbook = workbookFromTable(table);
    const width = Math.max(0, ...table.rows.map((r) => r.length));
    const plan = planAnnotation(report, profile, { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file));
    plan.sheet = workbook.worksheets[0].name;
    progress.phase('写入 writing');
    applyPlan(workbook, plan);
    await writeWorkbookAtomic(workbook, out);
    progress.done();
    return { summary: report.summary, out };
  }
  const out = await outputPath(args.file, args.output, args.inPlace, 'checked');
  const { workbook, lossy } = await openWorkbook(bytes, basename(args.file));
  if (lossy.length && args.inPlace) {
    throw new LedgerlintError(WRITE_ERRORS, 'would-lose', { file: args.file, parts: lossy.map((l) => l.zh).join('、'), partsEn: lossy.map((l) => l.en).join(', ') });
  }
  if (lossy.length) warn(`注意：副本中不含原文件的 ${lossy.map((l) => l.zh).join('、')}（原文件不变）。\nNote: the copy lacks the source's ${lossy.map((l) => l.en).join(', ')} (the source is unchanged).\n`);
  // Annotating again replaces the previous annotation.
  clearAnnotation(workbook);
  // The table, report and plan are dropped before the write: exceljs's writer is the memory peak.
  const { summary, plan } = await checkAndPlan(workbook, args, profile, progress);
  progress.phase('写入 writing');
  applyPlan(workbook, plan);
  plan.rows.length = 0;
  await writeWorkbookAtomic(workbook, out, replacing(args.file, source, args.inPlace));
  progress.done();
  return { summary, out };
}

async function checkAndPlan(workbook: Parameters<typeof worksheetTable>[0], args: AnnotateArgs, profile: Profile, progress: Progress): Promise<{ summary: Report['summary']; plan: ReturnType<typeof planAnnotation> }> {
  const table = worksheetTable(workbook, args.sheet, ledgerFor(profile, args.columns));
  progress.phase('检查 checking');
  const withData = (workbook.worksheets as { name: string; actualRowCount: number }[]).filter((ws) => ws.actualRowCount > 0).map((ws) => ws.name);
  const report = await onLedgerSheet(() => evaluate(table, profile, { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const plan = planAnnotation(report, profile, { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file));
  return { summary: report.summary, plan };
}

/** Remove a ledgerlint annotation; resolves to the path written. */
export async function clearFile(args: ClearArgs, progress: Progress): Promise<string> {
  progress.phase('读取 reading');
  const source = await readLedgerFile(args.file);
  const { bytes } = source;
  if (bytes.length === 0 || isCsv(args.file, bytes)) {
    // Let the reader say what is wrong with it (empty, not a workbook).
    await readLedgerBytes(bytes, args.file);
    throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  }
  const out = await outputPath(args.file, args.output, args.inPlace, 'cleared');
  const { workbook, lossy } = await openWorkbook(bytes, basename(args.file));
  if (lossy.length && args.inPlace) {
    throw new LedgerlintError(WRITE_ERRORS, 'would-lose', { file: args.file, parts: lossy.map((l) => l.zh).join('、'), partsEn: lossy.map((l) => l.en).join(', ') });
  }
  const { cleared } = clearAnnotation(workbook);
  if (!cleared) throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  progress.phase('写入 writing');
  await writeWorkbookAtomic(workbook, out, replacing(args.file, source, args.inPlace));
  progress.done();
  return out;
}

