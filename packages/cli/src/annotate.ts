/** `ledgerlint annotate` and `ledgerlint clear`: mark up a ledger in place, or take the marks away. */
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { checkWithCalls, LedgerlintError, planAnnotation, type Profile, type Report, type Table } from '@ledgerlint/policy';
import { tableWidth } from '@ledgerlint/policy/ledger';
import { applyPlan, checkWriteTarget, clearAnnotation, openWorkbook, readLedgerBytes, readLedgerFile, workbookFromTable, worksheetTable, writeWorkbookAtomic, type AtomicWriteOptions, type ClearResult, type ReadFile } from '@ledgerlint/xlsx';
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
    zh: '-o 指定的「{output}」就是原文件「{file}」，原文件保持不变。要改写原文件请用 --in-place；要另存请换一个文件名。',
    en: 'The output "{output}" is the source "{file}" itself; the source was left as it was. Use --in-place to rewrite the source, or choose another name.',
  },
  'default-is-source': {
    zh: '「{file}」已是标注过的副本，默认的输出文件名就是它自己，原文件保持不变。要更新它请用 --in-place；要另存请用 -o 指定文件名。',
    en: '"{file}" is already an annotated copy and the default output name is the file itself; it was left as it was. Use --in-place to update it, or -o to name another file.',
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
    // Annotating x.checked.xlsx again: its default name is itself, which only --in-place may overwrite.
    if (await sameFile(out, file)) throw new LedgerlintError(WRITE_ERRORS, 'default-is-source', { file });
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
    const { report, calls } = await checkWithCalls(table, profile, { asOf: args.asOf, columns: args.columns as never });
    const workbook = workbookFromTable(table);
    const width = tableWidth(table);
    const plan = planAnnotation(report, profile, { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, basename(args.file), calls);
    plan.sheet = workbook.worksheets[0].name;
    progress.phase('写入 writing');
    applyPlan(workbook, plan);
    await writeWorkbookAtomic(workbook, out);
    progress.done();
    return { summary: report.summary, out };
  }
  const out = await outputPath(args.file, args.output, args.inPlace, 'checked');
  const opened = await largePath(bytes, basename(args.file));
  if (!opened) return annotateLarge(bytes, args, profile, progress, warn, out, replacing(args.file, source, args.inPlace));
  const { workbook, lossy } = opened;
  if (lossy.length && args.inPlace) {
    throw new LedgerlintError(WRITE_ERRORS, 'would-lose', { file: args.file, parts: lossy.map((l) => l.zh).join('、'), partsEn: lossy.map((l) => l.en).join(', ') });
  }
  if (lossy.length) warn(`注意：副本中不含原文件的 ${lossy.map((l) => l.zh).join('、')}（原文件不变）。\nNote: the copy lacks these parts of the source: ${lossy.map((l) => l.en).join(', ')} (the source is unchanged).\n`);
  // Annotating again replaces the previous annotation, wherever the clerk moved it.
  const previous = clearAnnotation(workbook);
  warnKept(previous, warn);
  // The table, report and plan are dropped before the write: exceljs's writer is the memory peak.
  const { summary, plan } = await checkAndPlan(workbook, args, profile, progress, previous);
  // The clerk wrote into the last summary or call list sheet, so it stayed: the new one takes the next free name.
  if (previous.keptSummary) plan.summary.name = freeSheetName(plan.summary.name, workbook.worksheets.map((w) => w.name));
  if (previous.keptCalls) plan.calls.name = freeSheetName(plan.calls.name, workbook.worksheets.map((w) => w.name));
  progress.phase('写入 writing');
  applyPlan(workbook, plan);
  plan.rows.length = 0;
  await writeWorkbookAtomic(workbook, out, replacing(args.file, source, args.inPlace));
  progress.done();
  return { summary, out };
}

async function checkAndPlan(
  workbook: Parameters<typeof worksheetTable>[0],
  args: AnnotateArgs,
  profile: Profile,
  progress: Progress,
  previous: ClearResult,
): Promise<{ summary: Report['summary']; plan: ReturnType<typeof planAnnotation> }> {
  const table = worksheetTable(workbook, args.sheet, ledgerFor(profile, args.columns));
  progress.phase('检查 checking');
  const withData = (workbook.worksheets as { name: string; actualRowCount: number }[]).filter((ws) => ws.actualRowCount > 0).map((ws) => ws.name);
  const { report, calls } = await onLedgerSheet(() => checkWithCalls(table, profile, { asOf: args.asOf, columns: args.columns as never }), args.file, args.sheet, withData);
  const width = tableWidth(table);
  const plan = planAnnotation(
    report,
    profile,
    { firstColumn: table.firstColumn ?? 1, lastColumn: (table.firstColumn ?? 1) + width - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1, columns: freedColumns(table, previous) },
    basename(args.file),
    calls,
  );
  return { summary: report.summary, plan };
}

/**
 * The two columns the previous annotation of this sheet left, when they are side by side and
 * empty now: ours go back there, so a column the clerk added right of ours stays right of ours.
 */
function freedColumns(table: Table, previous: ClearResult): { status: number; nextDue: number } | undefined {
  const c = previous.columns;
  if (!c || previous.sheet !== table.sheet || c.nextDue !== c.status + 1) return undefined;
  const first = table.firstColumn ?? 1;
  const empty = (col: number) => table.rows.every((row) => (row[col - first] ?? null) === null);
  return c.status >= first && empty(c.status) && empty(c.nextDue) ? c : undefined;
}

/** `name`, or `name (2)`, `name (3)`… whichever no sheet has (case aside, as Excel compares). */
function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
  return name;
}

/** Tell the clerk what clearing kept: cells typed into our columns, a summary sheet they changed, our columns not found. */
function warnKept(result: ClearResult, warn: (text: string) => void): void {
  if (result.kept.length) {
    const cells = result.kept.slice(0, 10).join('、') + (result.kept.length > 10 ? ` …（共 ${result.kept.length} 个）` : '');
    const cellsEn = result.kept.slice(0, 10).join(', ') + (result.kept.length > 10 ? ` … (${result.kept.length} in all)` : '');
    warn(`注意：ledgerlint 列中有您填写的内容，已保留：${cells}。\nNote: cells you typed into ledgerlint's columns were kept: ${cellsEn}.\n`);
  }
  if (result.keptCalls) warn(`注意：待回访表「${result.keptCalls}」在标注后被修改过，已保留，不需要时请自行删除。\nNote: the call list sheet "${result.keptCalls}" was changed after annotating and was kept; delete it yourself if you do not need it.\n`);
  if (result.keptSummary) warn(`注意：汇总表「${result.keptSummary}」在标注后被修改过，已保留，不需要时请自行删除。\nNote: the summary sheet "${result.keptSummary}" was changed after annotating and was kept; delete it yourself if you do not need it.\n`);
  if (result.cleared && result.columnsMissing) warn('注意：没有找到 ledgerlint 的两列（可能已被删除），只移除了条件格式、汇总表和标注记录。\nNote: ledgerlint\'s two columns were not found (deleted?); only its conditional formats, summary sheet and record were removed.\n');
}

/** Remove a ledgerlint annotation; resolves to the path written. */
export async function clearFile(args: ClearArgs, progress: Progress, warn: (text: string) => void): Promise<string> {
  progress.phase('读取 reading');
  const source = await readLedgerFile(args.file);
  const { bytes } = source;
  if (bytes.length === 0 || isCsv(args.file, bytes)) {
    // Let the reader say what is wrong with it (empty, not a workbook).
    await readLedgerBytes(bytes, args.file);
    throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  }
  const out = await outputPath(args.file, args.output, args.inPlace, 'cleared');
  const opened = await largePath(bytes, basename(args.file));
  if (!opened) return clearLarge(bytes, args, progress, warn, out, replacing(args.file, source, args.inPlace));
  const { workbook, lossy } = opened;
  if (lossy.length && args.inPlace) {
    throw new LedgerlintError(WRITE_ERRORS, 'would-lose', { file: args.file, parts: lossy.map((l) => l.zh).join('、'), partsEn: lossy.map((l) => l.en).join(', ') });
  }
  const result = clearAnnotation(workbook);
  if (!result.cleared) throw new LedgerlintError(WRITE_ERRORS, 'not-annotated', { file: args.file });
  warnKept(result, warn);
  progress.phase('写入 writing');
  await writeWorkbookAtomic(workbook, out, replacing(args.file, source, args.inPlace));
  progress.done();
  return out;
}

