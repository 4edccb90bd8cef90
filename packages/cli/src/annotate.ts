/** `ledgerlint annotate` and `ledgerlint clear`: mark up a ledger in place, or take the marks away. */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { evaluate, LedgerlintError, planAnnotation, tableWidth, type Profile, type Report } from '@ledgerlint/policy';
import { applyPlan, clearAnnotation, openWorkbook, readLedger, workbookFromTable, worksheetTable, writeWorkbookAtomic } from '@ledgerlint/xlsx';
import { annotateLarge, clearLarge, largePath } from './annotate-large';
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
    zh: '输出文件与原文件相同；要覆盖原文件请用 --in-place。',
    en: 'The output is the source file; use --in-place to overwrite it.',
  },
} as const;

/** Where the result goes: -o, the source itself (--in-place), or `<name>.<suffix>.xlsx` beside it. */
function outputPath(file: string, output: string | undefined, inPlace: boolean, suffix: string): string {
  if (inPlace) return file;
  if (output) {
    if (join(output) === join(file)) throw new LedgerlintError(WRITE_ERRORS, 'same-output');
    return output;
  }
  const base = basename(file, extname(file)).replace(/\.(checked|cleared)$/, '');
  return join(dirname(file), `${base}.${suffix}.xlsx`);
}

function isCsv(file: string, bytes: Uint8Array): boolean {
  // A zip (PK) is a workbook whatever its name; anything else goes through the CSV reader.
  return !(bytes[0] === 0x50 && bytes[1] === 0x4b) && !/\.xlsx$/i.test(file);
}

/** Check and annotate a ledger; resolves to the report and the path written. */
export async function annotateFile(args: AnnotateArgs, profile: Profile, progress: Progress, warn: (text: string) => void): Promise<{ summary: Report['summary']; out: string }> {
  progress.phase('读取 reading');
  const bytes = new Uint8Array(await readFile(args.file).catch(() => new Uint8Array()));
  if (bytes.length === 0 || isCsv(args.file, bytes)) {
    // CSV (or an unreadable file: readLedger gives the precise error): a new workbook.
    const { table } = await readLedger(args.file, { sheet: args.sheet, isLedger: ledgerFor(profile, args.columns) });
    progress.phase('检查 checking');
    const report = await evaluate(table, profile, { asOf: args.asOf, columns: args.columns as never });
    const workbook = workbookFromTable(table);
    const width = tableWidth(table);
    const plan = planAnnotation(report, profile, { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file));
    plan.sheet = workbook.worksheets[0].name;
    progress.phase('写入 writing');
    const out = outputPath(args.file, args.output, false, 'checked');
    applyPlan(workbook, plan);
    await writeWorkbookAtomic(workbook, out);
    progress.done();
    return { summary: report.summary, out };
  }
  const opened = await largePath(bytes, basename(args.file));
  if (!opened) return annotateLarge(bytes, args, profile, progress, warn, outputPath(args.file, args.output, args.inPlace, 'checked'));
  const { workbook, lossy } = opened;
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
  const out = outputPath(args.file, args.output, args.inPlace, 'checked');
  await writeWorkbookAtomic(workbook, out);
  progress.done();
  return { summary, out };
}

async function checkAndPlan(workbook: Parameters<typeof worksheetTable>[0], args: AnnotateArgs, profile: Profile, progress: Progress): Promise<{ summary: Report['summary']; plan: ReturnType<typeof planAnnotation> }> {
  const table = worksheetTable(workbook, args.sheet, ledgerFor(profile, args.columns));
  progress.phase('检查 checking');
  const withData = (workbook.worksheets as { name: string; actualRowCount: number }[]).filter((ws) => ws.actualRowCount > 0).map((ws) => ws.name);
  const report = await onLedgerSheet(() => evaluate(table, profile, { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  const width = tableWidth(table);
  const plan = planAnnotation(report, profile, { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file));
  return { summary: report.summary, plan };
}

/** Remove a ledgerlint annotation; resolves to the path written. */
export async function clearFile(args: ClearArgs, progress: Progress, warn: (text: string) => void): Promise<string> {
  progress.phase('读取 reading');
  const bytes = new Uint8Array(await readFile(args.file).catch(() => new Uint8Array()));
  if (bytes.length === 0 || isCsv(args.file, bytes)) {
    // Let the reader say what is wrong with it (missing, empty, not a workbook).
    await readLedger(args.file);
    throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  }
  const opened = await largePath(bytes, basename(args.file));
  if (!opened) return clearLarge(bytes, args, progress, warn, outputPath(args.file, args.output, args.inPlace, 'cleared'));
  const { workbook, lossy } = opened;
  if (lossy.length && args.inPlace) {
    throw new LedgerlintError(WRITE_ERRORS, 'would-lose', { file: args.file, parts: lossy.map((l) => l.zh).join('、'), partsEn: lossy.map((l) => l.en).join(', ') });
  }
  const { cleared } = clearAnnotation(workbook);
  if (!cleared) throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  progress.phase('写入 writing');
  const out = outputPath(args.file, args.output, args.inPlace, 'cleared');
  await writeWorkbookAtomic(workbook, out);
  progress.done();
  return out;
}

