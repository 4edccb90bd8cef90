/**
 * Opening a clerk's .xlsx with exceljs for annotating (and a new workbook for a CSV ledger): the
 * zip checked as the reader checks it, what exceljs would lose on writing it back listed
 * (lossy.ts) so the caller can refuse to rewrite the file in place, the notes exceljs's loader
 * dropped put back, and what the writer needs later (the file's name, its default font).
 */
import ExcelJS from 'exceljs';
import { LedgerlintError, type Table } from '@ledgerlint/policy';
import { READ_MESSAGES, readError } from './errors';
import { baseStyleOf, preserveBaseStyle, restoreDroppedNotes } from './fidelity';
import { heapShortfall } from './grid';
import { findLossyParts, type LossyPart } from './lossy';
import { relationships, relsPartOf, unescapeXml } from './ooxml';
import { containerOf, pickTable } from './read';
import { entryData, partOfTarget, type ZipEntry } from './sniff';
import { checkXlsxZip, loadInMemory, tablesOfWorkbook, workbookDate1904 } from './xlsx';

export type { LossyPart } from './lossy';

/** What `openWorkbook` gives: the loaded workbook and what writing it back would lose. */
export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  date1904: boolean;
  /** Parts exceljs would drop or damage on writing this workbook back; empty when none. */
  lossy: LossyPart[];
}

/** The name each workbook was opened under, for messages. */
const workbookNames = new WeakMap<ExcelJS.Workbook, string>();

export function fileOf(workbook: ExcelJS.Workbook): string {
  return workbookNames.get(workbook) ?? '(workbook)';
}

export function annotateError(workbook: ExcelJS.Workbook, code: string, params: Record<string, string | number>): LedgerlintError {
  return new LedgerlintError(READ_MESSAGES, code, { file: fileOf(workbook), ...params });
}

/** The default font of each opened workbook: our cells look like the clerk's, only bold or coloured. */
const baseFonts = new WeakMap<ExcelJS.Workbook, Partial<ExcelJS.Font>>();

export function baseFontOf(workbook: ExcelJS.Workbook): Partial<ExcelJS.Font> | undefined {
  return baseFonts.get(workbook);
}

const decoder = new TextDecoder('utf-8');

/** Target of each internal relationship in a .rels part, resolved to a zip entry name; type without its URI. */
function relTargets(xml: string, base: string): { id: string; type: string; target: string }[] {
  return relationships(xml)
    .filter((r) => r.id && r.target && !/^[a-z]+:/i.test(r.target)) // external
    .map((r) => ({ id: r.id, type: r.type.replace(/^.*\//, ''), target: partOfTarget(r.target, base) }));
}

/** Notes on empty cells, which exceljs's loader dropped: read back from the comments parts. */
async function restoreNotes(workbook: ExcelJS.Workbook, bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? decoder.decode(entryData(bytes, e)) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !rels) return;
  const targets = new Map(relTargets(rels, 'xl').map((r) => [r.id, r.target]));
  const sheets: { worksheet: ExcelJS.Worksheet; comments: string; vml?: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = /\bname\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    if (name === undefined || !rid) continue;
    const part = targets.get(rid);
    const worksheet = workbook.getWorksheet(unescapeXml(name));
    if (!part || !worksheet) continue;
    const sheetRels = text(relsPartOf(part));
    if (!sheetRels) continue;
    const dir = part.replace(/\/[^/]+$/, '');
    const list = relTargets(sheetRels, dir);
    const comments = list.find((r) => r.type === 'comments');
    const vml = list.find((r) => r.type === 'vmlDrawing');
    const commentsXml = comments && text(comments.target);
    if (commentsXml) sheets.push({ worksheet, comments: commentsXml, vml: vml && text(vml.target) });
  }
  await restoreDroppedNotes(sheets);
}

/**
 * Open .xlsx bytes for annotating: check the zip as the reader does (same LedgerlintError codes:
 * `empty-file`, `encrypted-xlsx`, `legacy-xls`, `corrupt-xlsx`, `unsupported-workbook`,
 * `not-a-spreadsheet`, `xlsx-read-failed`; a CSV or other text gives `annotate-needs-xlsx`), load
 * it in memory with exceljs, and list in `lossy` what writing it back would lose.
 * @example const { workbook, lossy } = await openWorkbook(await readFile('回访.xlsx'), '回访.xlsx');
 */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<OpenedWorkbook> {
  const file = name;
  if (containerOf(bytes, file) === 'text') throw readError('annotate-needs-xlsx', { file, format: 'CSV / text' });
  const { entries } = checkXlsxZip(bytes, file);
  checkRoomToAnnotate(file, entries.filter((e) => SHEET_XML.test(e.name)).reduce((n, e) => n + e.size, 0) * HEAP_PER_XML_BYTE);
  const lossy = findLossyParts(bytes, entries);
  const workbook = await loadInMemory(bytes, file);
  workbookNames.set(workbook, file);
  try {
    const styles = entries.find((e) => e.name === 'xl/styles.xml');
    const base = styles ? await baseStyleOf(decoder.decode(entryData(bytes, styles))) : undefined;
    preserveBaseStyle(workbook, base);
    if (base?.font) baseFonts.set(workbook, base.font);
    await restoreNotes(workbook, bytes, entries);
  } catch (e) {
    throw readError('xlsx-read-failed', { file, reason: e instanceof Error ? e.message.split('\n', 1)[0] : String(e) });
  }
  return { workbook, date1904: workbookDate1904(workbook), lossy };
}

/**
 * The policy Table of a loaded worksheet (by name, or the first visible worksheet with data),
 * exactly what `readLedger` gives for the same file with the in-memory engine. When re-annotating,
 * call `clearAnnotation` first so our own columns are not read as the clerk's.
 * @example const table = worksheetTable(workbook, '客户回访记录表');
 */
export function worksheetTable(workbook: ExcelJS.Workbook, sheetName?: string, isLedger?: (table: Table) => boolean): Table {
  const file = fileOf(workbook);
  const { tables, hiddenSheets, refusedSheets } = tablesOfWorkbook(workbook, file);
  return pickTable(tables, hiddenSheets, sheetName, file, { refused: refusedSheets, isLedger });
}

/**
 * exceljs holds a whole workbook in memory to write it, and each finding adds a note. Measured
 * peak RSS for 100,000 rows x 12 columns (1.2 million cells): 1.9 GB for the bench ledger (59 MB
 * of sheet XML), 3.3 GB for a sheet of 39 MB XML with 550,000 findings. Taken as 60 bytes of heap
 * per byte of sheet XML and 2,000 per cell of a CSV: the 100,000-row ledgers fit Node's default
 * 4 GB heap, a 1,048,576-row sheet does not, and is refused at once rather than after minutes.
 */
const HEAP_PER_XML_BYTE = 60;
const HEAP_PER_CELL = 2000;
const SHEET_XML = /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/;

/**
 * Refuse to annotate what would not fit in Node's heap (`annotate-too-large`, naming the memory
 * needed and the NODE_OPTIONS that gives it), rather than die of an out-of-memory crash.
 */
function checkRoomToAnnotate(file: string, need: number): void {
  const short = heapShortfall(need);
  if (short) throw readError('annotate-too-large', { file, ...short });
}

/**
 * A new workbook holding a Table (a CSV ledger) on one sheet, at the table's own position, so a
 * plan made from that table applies to it.
 * @example const workbook = workbookFromTable(table); applyPlan(workbook, { ...plan, sheet: workbook.worksheets[0].name });
 */
export function workbookFromTable(table: Table): ExcelJS.Workbook {
  checkRoomToAnnotate(table.sheet, table.rows.length * (table.rows[0]?.length ?? 0) * HEAP_PER_CELL);
  const workbook = new ExcelJS.Workbook();
  if (table.date1904) (workbook.properties as { date1904?: boolean }).date1904 = true;
  // Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not blank.
  const sheetName = table.sheet.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Sheet1';
  const ws = workbook.addWorksheet(sheetName);
  const firstRow = table.firstRow ?? 1;
  const firstColumn = table.firstColumn ?? 1;
  table.rows.forEach((values, r) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(firstRow + r, firstColumn + c);
      cell.value = v;
      const fmt = table.formats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
  workbookNames.set(workbook, table.sheet);
  return workbook;
}
