/**
 * Annotate and clear a workbook too large to load with exceljs (annotate.ts holds a workbook in
 * memory: about 60 bytes of heap per byte of sheet XML, so a full-height sheet of 1,048,576 rows
 * does not fit Node's default heap), by patching its zip:
 * - every part we do not change is copied as stored, byte for byte (zip-write.ts);
 * - the checked sheet streams through row by row (xml-stream.ts): our status and next-due cells
 *   go into the rows the plan names, our header cells into the header row, our column widths into
 *   `<cols>` and our conditional formats after the clerk's (stream-sheet.ts);
 * - styles.xml gets our formats (stream-styles.ts), the notes go into a comments part and its VML
 *   drawing, new or merged into the clerk's (stream-notes.ts);
 * - the summary sheet, the 待回访 sheet (the call list, its links HYPERLINK formulas) and the very
 *   hidden record sheet (`ledgerlint_state`, the record of @ledgerlint/policy's
 *   annotate/record.ts, the same as the add-in reads) are new parts.
 * Clearing takes out exactly what the record says we added and what is still ours (found by our
 * header cells, our values' hashes and our formulas' shapes). What cannot be done safely this way
 * is refused (`annotation-target-not-empty`, `annotate-stream-unsupported`) before anything is
 * written.
 */
import {
  type AnnotationPlan,
  type CallsSheet,
  type SummarySheet,
  type CellRange,
  type PlannedRow,
} from '@ledgerlint/policy';
import {
  findOurColumns,
  fitCellText,
  HEADER_MARKER,
  HEADER_SEARCH_ROWS,
  highlightOwner,
  internalLinkFormula,
  nextDueOwner,
  readRecordCells,
  RECORD_SHEET_NAME,
  recordCells,
  recordOfPlan,
  ourSheets,
  sheetIntact,
  statusOwner,
  type AnnotationRecord,
} from '@ledgerlint/policy/annotate';
import { columnNumber, isoToSerial, serialToIso } from '@ledgerlint/policy/ledger';
import { NEXT_DUE_WIDTH, STATUS_WIDTH } from './annotation-styles';
import { readError } from './errors';
import { escapeXstring } from './fidelity';
import {
  attrOf,
  escapeXml,
  folderOf,
  freshRelId,
  insertBeforeClose,
  NS,
  relationships,
  relativeTarget,
  relsPart,
  relsPartOf,
  relXml,
  setAttr,
  stringItemText,
  TYPES,
  unescapeXml,
  withContentTypes,
  withoutContentTypes,
  XML_DECLARATION,
  type Relationship,
} from './ooxml';
import { entryData, mergedRanges, partOfTarget, type ZipEntry } from './sniff';
import { CellSet, commentOf, filterComments, filterVml, mergeComments, mergeVml, newComments, newVml, ourAuthor, type Note } from './stream-notes';
import {
  address,
  cellHasContent,
  insertInTail,
  lastNamedColumn,
  ourFormats,
  rowCells,
  rowNumber,
  storedValue,
  topPriority,
  withoutOurFormats,
  withoutOurWidths,
  withOurWidths,
  type CellSpan,
  type PreviousColumns,
  type StoredValue,
} from './stream-sheet';
import { withOurStyles, type OurStyles } from './stream-styles';
import { checkXlsxZip, MAX_XLSX_UNCOMPRESSED_BYTES } from './xlsx';
import { entryText, scanElements, batched, type Piece } from './xml-stream';
import { deflateChunks, ZipWriter, type Deflated } from './zip-write';

/** Addresses named in a warning at most. */
const LISTED = 20;

/** A note for the command line to print, in both languages. */
export interface StreamWarning {
  zh: string;
  en: string;
}

export interface StreamAnnotateOptions {
  /** The workbook's date system (the checked Table's `date1904`). */
  date1904: boolean;
  /** Entries already verified by checkXlsxZip (else the zip is checked here). */
  entries?: ZipEntry[];
  /** Write the notes (default true). */
  notes?: boolean;
}

/** A workbook written by the streaming path: the zip in chunks, and what the caller should say. */
export interface StreamResult {
  chunks: Uint8Array[];
  warnings: StreamWarning[];
}

/* ------------------------------------------------------------------------------------------------
 * The workbook's structure.
 */

const decoder = new TextDecoder('utf-8');

interface SheetEntry {
  name: string;
  part: string;
  rid: string;
  /** The `<sheet>` element as written in workbook.xml. */
  xml: string;
}

/** The parts of a workbook the streaming path reads and edits. */
interface Workbook {
  file: string;
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookPart: string;
  workbookXml: string;
  relsPart: string;
  relsXml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  contentTypes: string;
}

function text(wb: Pick<Workbook, 'bytes' | 'byName'>, name: string): string | undefined {
  const e = wb.byName.get(name);
  return e ? decoder.decode(entryData(wb.bytes, e)) : undefined;
}

/** Read workbook.xml, its relationships and the content types. */
function openZip(bytes: Uint8Array, file: string, entries?: ZipEntry[]): Workbook {
  const list = entries ?? checkXlsxZip(bytes, file).entries;
  const byName = new Map(list.map((e) => [e.name, e]));
  const partial = { bytes, byName };
  const root = relationships(text(partial, '_rels/.rels') ?? '').find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = root ? partOfTarget(root.target, '') : 'xl/workbook.xml';
  const workbookXml = text(partial, workbookPart);
  const relsPartName = relsPartOf(workbookPart);
  const relsXml = text(partial, relsPartName);
  const contentTypes = text(partial, '[Content_Types].xml');
  if (!workbookXml || !relsXml || !contentTypes) throw readError('xlsx-read-failed', { file, reason: 'workbook part, its relationships or content types missing' });
  const rels = relationships(relsXml);
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/>|<(?:\w+:)?sheet\b[^>]*>[\s\S]*?<\/(?:\w+:)?sheet>/g)) {
    const tag = m[0];
    const rid = /\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
    const rel = rels.find((r) => r.id === rid);
    sheets.push({ name: attrOf(tag, 'name') ?? '', rid, part: rel && !rel.external ? partOfTarget(rel.target, folderOf(workbookPart)) : '', xml: tag });
  }
  return { file, bytes, entries: list, byName, workbookPart, workbookXml, relsPart: relsPartName, relsXml, rels, sheets, contentTypes };
}

/** A part name `prefix<n>suffix` not yet in the zip (nor in `taken`), n from 1. */
function freePart(wb: Workbook, prefix: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!wb.byName.has(name) && !taken.has(name) && ![...wb.byName.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
      taken.add(name);
      return name;
    }
  }
}

/** The relationships of a sheet part (empty when it has none). */
function sheetRels(wb: Workbook, part: string): { part: string; xml: string | undefined; rels: Relationship[] } {
  const relsName = relsPartOf(part);
  const xml = text(wb, relsName);
  return { part: relsName, xml, rels: xml ? relationships(xml) : [] };
}

/** An inline-string cell. */
function inlineCell(ref: string, style: number | undefined, value: string): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeXstring(fitCellText(value)))}</t></is></c>`;
}

/** Add the prefix of the worksheet's namespace to a cell we wrote without one. */
function prefixed(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(c|is|t|v|row)\b/g, `<$1${p}$2`) : xml;
}

/* ------------------------------------------------------------------------------------------------
 * Annotate.
 */

/** What the annotated sheet's stream needs and gives back. */
interface SheetJob {
  wb: Workbook;
  sheet: SheetEntry;
  plan: AnnotationPlan;
  styles: OurStyles;
  date1904: boolean;
  /** Plan rows in row order (indexes into plan.rows). */
  order: Uint32Array;
  lastRow: number;
  /** The relationship id of a `<legacyDrawing>` to add, when we add the notes' drawing. */
  legacyDrawing?: string;
  /** The prefix the sheet's root binds to the relationships namespace, when it binds one. */
  relPrefix?: string;
  previous?: PreviousColumns;
}

function targetError(job: SheetJob, cell: string, what: string, whatEn: string): Error {
  return readError('annotation-target-not-empty', { file: job.wb.file, sheet: job.sheet.name, cell, what, whatEn });
}

function unsupported(file: string, sheet: string, reason: string, reasonEn: string): Error {
  return readError('annotate-stream-unsupported', { file, sheet, reason, reasonEn });
}

/** Does a range cross our columns within the rows we write? */
function crossesOurs(job: SheetJob, r: CellRange): boolean {
  const { statusColumn, nextDueColumn, headerRow } = job.plan;
  const left = Math.min(statusColumn, nextDueColumn);
  const right = Math.max(statusColumn, nextDueColumn);
  return r.left <= right && r.right >= left && r.top <= job.lastRow && r.bottom >= headerRow;
}

function rangeOf(ref: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4] ?? m[2]), right: columnNumber(m[3] ?? m[1]) };
}

/** Our cells of one row: the header cells, or a plan row's status and next-due cells. */
function ourCells(job: SheetJob, row: number, planned: PlannedRow | undefined): { column: number; xml: string }[] {
  const { plan, styles } = job;
  if (!planned) {
    return [
      { column: plan.statusColumn, xml: inlineCell(address(row, plan.statusColumn), styles.header, plan.headers.status) },
      { column: plan.nextDueColumn, xml: inlineCell(address(row, plan.nextDueColumn), styles.header, plan.headers.nextDue) },
    ].sort((a, b) => a.column - b.column);
  }
  const cells = [{ column: plan.statusColumn, xml: inlineCell(address(row, plan.statusColumn), styles.level[planned.level], planned.status) }];
  if (planned.nextDue) cells.push({ column: plan.nextDueColumn, xml: `<c r="${address(row, plan.nextDueColumn)}" s="${styles.date}"><v>${isoToSerial(planned.nextDue, job.date1904)}</v></c>` });
  return cells.sort((a, b) => a.column - b.column);
}

/**
 * One row of the sheet with our cells put in (when `ours` is given), after checking that nothing
 * of the clerk's sits where we write or in our columns (a value anywhere, a format where we write,
 * a shared or array formula across our cells).
 */
function annotateRow(job: SheetJob, row: string, n: number, p: string, ours: { column: number; xml: string }[] | undefined): string {
  const { plan } = job;
  const last = lastNamedColumn(row, p);
  const cells = last !== undefined && last < Math.min(plan.statusColumn, plan.nextDueColumn) && !row.includes('ref=') ? [] : rowCells(row, p);
  const writes = new Set((ours ?? []).map((c) => c.column));
  const drop = new Set<CellSpan>();
  for (const cell of cells) {
    if (cell.column !== plan.statusColumn && cell.column !== plan.nextDueColumn) continue;
    const ref = address(n, cell.column);
    if (cellHasContent(cell)) throw targetError(job, ref, '内容', 'a value');
    if (!writes.has(cell.column)) continue;
    if (/\ss\s*=\s*["'](?!0["'])\d+["']/.test(cell.attrs)) {
      throw targetError(job, ref, '格式（大型工作簿的流式写入无法在清除时还原它）', 'a format (the streaming writer for large workbooks could not restore it on clear)');
    }
    drop.add(cell); // an empty cell without a format: ours replaces it
  }
  if (n >= plan.headerRow && n <= job.lastRow && row.includes('ref=')) {
    for (const m of row.matchAll(/<(?:\w+:)?f\b[^>]*?\sref\s*=\s*["']([^"']+)["']/g)) {
      const range = rangeOf(m[1]);
      if (range && crossesOurs(job, range)) throw targetError(job, m[1], '共享公式或数组公式', 'a shared or array formula');
    }
  }
  if (!ours) return row;
  let out = '';
  let pos = 0;
  let k = 0;
  for (const cell of cells) {
    if (k < ours.length && cell.column > ours[k].column) {
      out += row.slice(pos, cell.start);
      pos = cell.start;
      while (k < ours.length && cell.column > ours[k].column) out += prefixed(ours[k++].xml, p);
      if (!cell.named) throw unsupported(job.wb.file, job.sheet.name, `第 ${n} 行在标注列之后有未注明位置的单元格`, `row ${n} has a cell without a reference after our columns`);
    }
    if (drop.has(cell)) {
      out += row.slice(pos, cell.start);
      pos = cell.end;
    }
  }
  if (k < ours.length) {
    // After the last cell: before the row's extension list or its end tag.
    const end = row.endsWith('/>') ? -1 : row.lastIndexOf(`</${p}row>`);
    const ext = row.indexOf(`<${p}extLst`, pos);
    const at = ext >= 0 ? ext : end;
    let rest = '';
    while (k < ours.length) rest += prefixed(ours[k++].xml, p);
    if (at < 0) return `${out}${row.slice(pos, -2).trimEnd()}>${rest}</${p}row>`;
    out += row.slice(pos, at) + rest;
    pos = at;
  }
  return out + row.slice(pos);
}

/** What an edit of a sheet does to each of its pieces (`p`: the sheet's namespace prefix). */
interface SheetEdit {
  /** The head, everything before `<sheetData>`, as written back. */
  head(head: string, p: string): string;
  /** A row element, number `n`, as written back (with any rows to put before it). */
  row(row: string, n: number, p: string): string;
  /** Rows to add at the end of `<sheetData>`, and the rest of the sheet after it as written back. */
  end(rest: string, p: string): { rows: string; rest: string };
}

/**
 * A sheet streamed through an edit: the head, each row (numbered by its `r`, else the one before
 * plus one; rows must come in order), and the end; the text between them as it was.
 */
async function* editSheet(job: { wb: Workbook; sheet: SheetEntry }, pieces: AsyncIterable<Piece>, edit: SheetEdit): AsyncGenerator<string> {
  let p = '';
  let headDone = false;
  let previous = 0;
  for await (const piece of pieces) {
    if ('element' in piece) {
      const n = rowNumber(piece.element) ?? previous + 1;
      if (n <= previous) throw unsupported(job.wb.file, job.sheet.name, `第 ${n} 行的位置不是递增的`, `row ${n} is out of order`);
      previous = n;
      yield edit.row(piece.element, n, p);
      continue;
    }
    let t = piece.text;
    if (!headDone) {
      const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(t);
      if (!open) break;
      headDone = true;
      p = open[1];
      // `<sheetData/>`: opened, so rows can go in.
      t = edit.head(t.slice(0, open.index), p) + (open[2] ? `<${p}sheetData></${p}sheetData>` : open[0]) + t.slice(open.index + open[0].length);
    }
    const close = t.indexOf(`</${p}sheetData>`);
    if (close < 0) {
      yield t;
      continue;
    }
    const after = close + `</${p}sheetData>`.length;
    const { rows, rest } = edit.end(t.slice(after), p);
    yield t.slice(0, close) + rows + t.slice(close, after) + rest;
  }
  if (!headDone) throw unsupported(job.wb.file, job.sheet.name, '工作表中没有 sheetData', 'the sheet has no sheetData');
}

/** The annotated sheet as it streams: our widths in the head, our cells in the rows, our formats after. */
function annotateSheet(job: SheetJob, pieces: AsyncIterable<Piece>): AsyncGenerator<string> {
  const { plan } = job;
  // The rows we write, in order: the header, then the plan's rows; each taken as the sheet passes it.
  let next = 0;
  let headerPending = true;
  const peek = (): number => (headerPending ? plan.headerRow : next < job.order.length ? plan.rows[job.order[next]].row : Infinity);
  const take = (): PlannedRow | undefined => {
    if (headerPending) {
      headerPending = false;
      return undefined;
    }
    return plan.rows[job.order[next++]];
  };
  /** New `<row>` elements for the rows we write up to (not including) `n`. */
  const rowsBefore = (n: number, p: string) => {
    let out = '';
    while (peek() < n) {
      const row = peek();
      out += prefixed(`<row r="${row}">${ourCells(job, row, take()).map((c) => c.xml).join('')}</row>`, p);
    }
    return out;
  };
  return editSheet(job, pieces, {
    head: (head, p) => {
      const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(head)?.[0] ?? '';
      job.relPrefix = new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${NS.rel}["']`).exec(root)?.[1];
      const widths = withOurWidths(head, p, [
        [plan.statusColumn, STATUS_WIDTH],
        [plan.nextDueColumn, NEXT_DUE_WIDTH],
      ]);
      job.previous = widths.previous;
      return widths.head;
    },
    row: (row, n, p) => {
      const before = rowsBefore(n, p);
      const ours = peek() === n ? ourCells(job, n, take()) : undefined;
      return before + annotateRow(job, row, n, p, ours);
    },
    end: (rest, p) => ({ rows: rowsBefore(Infinity, p), rest: annotateTail(job, rest, p) }),
  });
}

/** The rest of the sheet after its rows: merged ranges checked, our formats and drawing added. */
function annotateTail(job: SheetJob, tail: string, p: string): string {
  for (const range of mergedRanges(Buffer.from(tail, 'utf8'))) {
    if (crossesOurs(job, range)) throw targetError(job, address(range.top, range.left), '合并单元格', 'a merged range');
  }
  const formats = ourFormats(
    job.plan.highlights.map((h) => ({ ref: h.ref, formula: h.formula, dxf: job.styles.dxf[h.style] })),
    topPriority(tail),
    p,
  );
  let out = insertInTail(tail, 'conditionalFormatting', formats);
  if (job.legacyDrawing) {
    const declare = job.relPrefix ? '' : ` xmlns:r="${NS.rel}"`;
    out = insertInTail(out, 'legacyDrawing', `<${p}legacyDrawing${declare} ${job.relPrefix ?? 'r'}:id="${job.legacyDrawing}"/>`);
  }
  return out;
}

/** The plan checked as annotate.ts's checkPlan checks it, for this path's messages. */
function checkStreamPlan(wb: Workbook, plan: AnnotationPlan): Uint32Array {
  const bad = (reason: string) => readError('annotation-plan-invalid', { file: wb.file, reason });
  const isInt = (v: unknown, min = 1): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;
  if (!plan || typeof plan !== 'object') throw bad('no plan');
  if (isInt(plan.statusColumn) && isInt(plan.nextDueColumn) && Math.max(plan.statusColumn, plan.nextDueColumn) > 16384) throw readError('annotation-no-room', { file: wb.file, sheet: plan.sheet });
  if (!isInt(plan.statusColumn) || !isInt(plan.nextDueColumn) || Math.abs(plan.statusColumn - plan.nextDueColumn) !== 1) throw bad('the two columns must be side by side');
  if (!isInt(plan.headerRow) || !isInt(plan.lastDataRow) || plan.lastDataRow > 1048576 || plan.lastDataRow < plan.headerRow) throw bad('rows out of range');
  const names = [plan.summary?.name, plan.calls?.name, plan.sheet];
  if (names.some((n) => typeof n !== 'string' || n.trim() === '' || n.length > 31 || /[:\\/?*[\]]/.test(n))) throw bad('sheet name not allowed');
  if (names.some((n) => n.toLowerCase() === RECORD_SHEET_NAME)) throw bad(`${RECORD_SHEET_NAME} is ledgerlint's own sheet`);
  if (new Set(names.map((n) => n.toLowerCase())).size < 3) throw bad('the summary, call list and checked sheets must differ');
  if (plan.calls.links.length !== plan.calls.rows.length) throw bad('call list links malformed');
  const order = new Uint32Array(plan.rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => plan.rows[a].row - plan.rows[b].row);
  let last = plan.headerRow;
  for (const i of order) {
    const r = plan.rows[i];
    if (!isInt(r.row) || r.row <= last || r.row > 1048576) throw bad(`row ${String(r.row)} out of range or twice`);
    if (r.nextDue !== null && !/^\d{4}-\d{2}-\d{2}$/.test(r.nextDue)) throw bad(`next due date ${String(r.nextDue)} is not YYYY-MM-DD`);
    last = r.row;
  }
  return order;
}

/** The rows of a new worksheet's `<sheetData>` from values (text as inline strings). */
function sheetPart(rows: Iterable<string>, widths: number[] = []): Generator<string> {
  const cols = widths
    .map((w, j) => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  return (function* () {
    yield `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
    yield* rows;
    yield '</sheetData></worksheet>';
  })();
}

/**
 * The rows of one of our sheets: headings (the first row and each after a blank one) bold; on the
 * 待回访 sheet each line's link cell a HYPERLINK formula with its text as the cached value.
 */
function* ourSheetRows(sheet: SummarySheet | CallsSheet, styles: Pick<OurStyles, 'bold' | 'link'>): Generator<string> {
  const links = 'links' in sheet ? sheet : undefined;
  let afterBlank = true;
  for (let i = 0; i < sheet.rows.length; i++) {
    const values = sheet.rows[i] ?? [];
    const blank = values.every((v) => v === null || v === undefined || v === '');
    const style = afterBlank ? styles.bold : undefined;
    let cells = '';
    values.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const ref = address(i + 1, j + 1);
      const target = links && j + 1 === links.linkColumn ? links.links[i] : null;
      if (target !== null && typeof v === 'string') {
        const text = fitCellText(v);
        const formula = internalLinkFormula(links!.target.sheet, links!.target.column, target, text);
        cells += `<c r="${ref}" s="${styles.link}" t="str"><f>${escapeXml(formula)}</f><v>${escapeXml(escapeXstring(text))}</v></c>`;
        return;
      }
      cells += typeof v === 'number' && Number.isFinite(v) ? `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>` : inlineCell(ref, style, String(v));
    });
    if (cells) yield `<row r="${i + 1}">${cells}</row>`;
    afterBlank = blank;
  }
}

/** The record sheet's rows: the record's JSON in A1, A2, … */
function* recordRows(record: AnnotationRecord): Generator<string> {
  let r = 0;
  for (const piece of recordCells(record)) {
    r++;
    yield `<row r="${r}">${inlineCell(`A${r}`, undefined, piece)}</row>`;
  }
}

/** workbook.xml with new `<sheet>` elements at the end of `<sheets>`. */
function withSheets(wb: Workbook, added: { name: string; rid: string; state?: string }[]): string {
  let top = 0;
  for (const s of wb.sheets) top = Math.max(top, Number(attrOf(s.xml, 'sheetId') ?? 0));
  const root = /<(\w+:)?workbook\b[^>]*>/.exec(wb.workbookXml);
  const p = root?.[1] ?? '';
  const r = new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${NS.rel}["']`).exec(root?.[0] ?? '')?.[1];
  const inner = added
    .map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${++top}"${s.state ? ` state="${s.state}"` : ''}${r ? '' : ` xmlns:r="${NS.rel}"`} ${r ?? 'r'}:id="${s.rid}"/>`)
    .join('');
  return insertBeforeClose(wb.workbookXml, 'sheets', inner);
}

/** Our notes in row order, and how much they hold. */
function notesOf(plan: AnnotationPlan, order: Uint32Array): { notes: () => Generator<Note>; count: number; chars: number } {
  let count = 0;
  let chars = 0;
  for (const r of plan.rows) {
    if (!r.note) continue;
    count++;
    chars += Math.min(r.note.length, 32_767);
  }
  const notes = function* () {
    for (const i of order) {
      const r = plan.rows[i];
      if (r.note) yield { row: r.row, column: plan.statusColumn, text: r.note };
    }
  };
  return { notes, count, chars };
}

/** Bytes a part takes before it is compressed (declared sizes of the zip). */
function declaredSize(wb: Workbook): number {
  return wb.entries.reduce((n, e) => n + e.size, 0);
}

function notesSkipped(reason: string, reasonEn: string): StreamWarning {
  return {
    zh: `注意：${reason}，没有写入批注；每条发现仍写在状态列中，前 2,000 条也列在汇总表中。`,
    en: `Note: ${reasonEn}; no notes were written. Every finding is still in the status column, and the first 2,000 are on the summary sheet.`,
  };
}

/**
 * Annotate .xlsx bytes without loading the workbook: the plan applied by patching the zip (see the
 * top of this file). The workbook must carry no annotation (clear it first: `clearStreaming`).
 * Throws LedgerlintError: `annotation-target-not-empty` (a value, note, merged range, shared or
 * array formula, Excel table or format of the clerk's where we write), `annotation-sheet-exists`,
 * `annotation-no-room`, `annotation-plan-invalid`, `annotate-stream-unsupported`, `sheet-not-found`.
 * @example const { chunks, warnings } = await annotateStreaming(bytes, '回访.xlsx', plan, { date1904: table.date1904 === true });
 */
export async function annotateStreaming(bytes: Uint8Array, file: string, plan: AnnotationPlan, options: StreamAnnotateOptions): Promise<StreamResult> {
  const wb = openZip(bytes, file, options.entries);
  const order = checkStreamPlan(wb, plan);
  const warnings: StreamWarning[] = [];
  if (wb.sheets.some((s) => s.name.toLowerCase() === RECORD_SHEET_NAME)) throw readError('annotation-plan-invalid', { file, reason: 'the workbook carries an annotation: clear it first' });
  const sheet = wb.sheets.find((s) => s.name === plan.sheet);
  if (!sheet) throw readError('sheet-not-found', { file, sheet: plan.sheet, sheets: wb.sheets.map((s) => s.name).join(', ') });
  const sheetEntry = wb.byName.get(sheet.part);
  if (!sheetEntry) throw unsupported(file, sheet.name, `找不到该工作表的部件（${sheet.part || sheet.rid}）`, `its part (${sheet.part || sheet.rid}) is not in the file`);
  const ourNames = [plan.summary.name, plan.calls.name].map((n) => n.toLowerCase());
  const clash = wb.sheets.find((s) => ourNames.includes(s.name.toLowerCase()));
  if (clash) throw readError('annotation-sheet-exists', { file, sheet: clash.name });

  let lastRow = Math.max(plan.lastDataRow, plan.headerRow);
  if (order.length) lastRow = Math.max(lastRow, plan.rows[order[order.length - 1]].row);
  const stylesRel = wb.rels.find((r) => r.type.endsWith('/styles'));
  const stylesPart = stylesRel && partOfTarget(stylesRel.target, folderOf(wb.workbookPart));
  const stylesXml = stylesPart && text(wb, stylesPart);
  if (!stylesPart || !stylesXml) throw unsupported(file, sheet.name, '工作簿没有样式部件', 'the workbook has no styles part');
  let styled: ReturnType<typeof withOurStyles>;
  try {
    styled = withOurStyles(stylesXml);
  } catch (e) {
    throw unsupported(file, sheet.name, `样式部件无法识别（${(e as Error).message}）`, `its styles part is not understood (${(e as Error).message})`);
  }
  const job: SheetJob = { wb, sheet, plan, styles: styled.styles, date1904: options.date1904, order, lastRow };

  // What the sheet links to: Excel tables over our cells are refused; notes go with the clerk's.
  const sr = sheetRels(wb, sheet.part);
  const folder = folderOf(sheet.part);
  for (const rel of sr.rels.filter((r) => r.type.endsWith('/table') && !r.external)) {
    const xml = text(wb, partOfTarget(rel.target, folder)) ?? '';
    const range = rangeOf(attrOf(/<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '', 'ref') ?? '');
    if (range && crossesOurs(job, range)) throw targetError(job, address(range.top, range.left), 'Excel 表格', 'an Excel table');
  }
  const commentsRel = sr.rels.find((r) => r.type.endsWith('/comments') && !r.external);
  const vmlRels = sr.rels.filter((r) => r.type.endsWith('/vmlDrawing') && !r.external);
  const commentsPart = commentsRel && partOfTarget(commentsRel.target, folder);
  const commentsEntry = commentsPart ? wb.byName.get(commentsPart) : undefined;
  if (commentsEntry) {
    for await (const piece of scanElements(entryText(bytes, commentsEntry), 'comment')) {
      if (!('element' in piece)) continue;
      const c = commentOf(piece.element);
      if (c && (c.column === plan.statusColumn || c.column === plan.nextDueColumn)) throw targetError(job, address(c.row, c.column), '批注', 'a note');
    }
  }

  const { notes, count, chars } = notesOf(plan, order);
  const taken = new Set<string>();
  const changed = new Map<string, Deflated>();
  const added: [string, Deflated][] = [];
  const overrides: [string, string][] = [];
  let notesMode: 'new' | 'merge' | 'none' = count > 0 && options.notes !== false ? 'new' : 'none';
  // Every part of an .xlsx we read must stay under the reader's limit, or the file could not be read back.
  if (notesMode !== 'none' && declaredSize(wb) + plan.rows.length * 200 + chars * 3 + count * 900 > MAX_XLSX_UNCOMPRESSED_BYTES) {
    warnings.push(notesSkipped(`${count.toLocaleString('en-US')} 条批注会使文件超出读取上限`, `${count.toLocaleString('en-US')} notes would take the file past the reader's size limit`));
    notesMode = 'none';
  }
  let vmlPart: string | undefined;
  if (notesMode !== 'none' && (commentsRel || vmlRels.length)) {
    vmlPart = vmlRels.length === 1 ? partOfTarget(vmlRels[0].target, folder) : undefined;
    if (commentsEntry && vmlPart && wb.byName.has(vmlPart)) notesMode = 'merge';
    else {
      warnings.push(notesSkipped('该工作表的批注或绘图部件无法识别', "the sheet's comments or drawing parts are not understood"));
      notesMode = 'none';
    }
  }
  const sheetRelsAdded: { id: string; type: string; target: string }[] = [];
  if (notesMode === 'merge') {
    changed.set(commentsPart!, await deflateChunks(batched(mergeComments(scanElements(entryText(bytes, commentsEntry!), 'comment'), notes()))));
    changed.set(vmlPart!, await deflateChunks(batched(mergeVml(scanElements(entryText(bytes, wb.byName.get(vmlPart!)!), 'v:shape'), notes()))));
  } else if (notesMode === 'new') {
    const newComments_ = freePart(wb, 'xl/comments', '.xml', taken);
    const newVml_ = freePart(wb, 'xl/drawings/vmlDrawing', '.vml', taken);
    added.push([newComments_, await deflateChunks(batched(newComments(notes())))]);
    added.push([newVml_, await deflateChunks(batched(newVml(notes(), count)))]);
    overrides.push([`/${newComments_}`, TYPES.commentsContent]);
    const commentsId = freshRelId(sr.xml ?? '');
    const vmlId = freshRelId(sr.xml ?? '', [commentsId]);
    sheetRelsAdded.push({ id: commentsId, type: TYPES.comments, target: relativeTarget(folder, newComments_) });
    sheetRelsAdded.push({ id: vmlId, type: TYPES.vmlDrawing, target: relativeTarget(folder, newVml_) });
    job.legacyDrawing = vmlId;
  }

  // The sheet itself, row by row.
  changed.set(sheet.part, await deflateChunks(batched(annotateSheet(job, scanElements(entryText(bytes, sheetEntry), 'row')))));
  changed.set(stylesPart, await deflateChunks([styled.xml]));
  if (sheetRelsAdded.length) {
    const xml = sr.xml ? insertBeforeClose(sr.xml, 'Relationships', sheetRelsAdded.map(relXml).join('')) : relsPart(sheetRelsAdded);
    if (sr.xml) changed.set(sr.part, await deflateChunks([xml]));
    else added.push([sr.part, await deflateChunks([xml])]);
  }

  // The summary, call list and record sheets.
  const previous = job.previous ?? { widths: [null, null], hidden: [false, false] };
  const record = recordOfPlan(plan, {
    writer: 'cli',
    previousWidths: { unit: 'characters', status: previous.widths[0], nextDue: previous.widths[1] },
    ...(previous.hidden[0] || previous.hidden[1] ? { previousHidden: { status: previous.hidden[0], nextDue: previous.hidden[1] } } : {}),
    notes: notesMode !== 'none',
  });
  const newSheets: { name: string; part: string; rid: string; state?: string; body: Generator<string> }[] = [
    { name: plan.summary.name, part: '', rid: '', body: sheetPart(ourSheetRows(plan.summary, job.styles), plan.summary.widths) },
    { name: plan.calls.name, part: '', rid: '', body: sheetPart(ourSheetRows(plan.calls, job.styles), plan.calls.widths) },
    { name: RECORD_SHEET_NAME, part: '', rid: '', state: 'veryHidden', body: sheetPart(recordRows(record)) },
  ];
  const wbFolder = folderOf(wb.workbookPart);
  const rids: string[] = [];
  for (const n of newSheets) {
    n.part = freePart(wb, 'xl/worksheets/sheet', '.xml', taken);
    n.rid = freshRelId(wb.relsXml, rids);
    rids.push(n.rid);
    added.push([n.part, await deflateChunks(n.body)]);
    overrides.push([`/${n.part}`, TYPES.worksheetContent]);
  }
  const workbookRels = insertBeforeClose(wb.relsXml, 'Relationships', newSheets.map((n) => relXml({ id: n.rid, type: TYPES.worksheet, target: relativeTarget(wbFolder, n.part) })).join(''));
  changed.set(wb.relsPart, await deflateChunks([workbookRels]));
  changed.set(wb.workbookPart, await deflateChunks([withSheets(wb, newSheets)]));
  changed.set('[Content_Types].xml', await deflateChunks([withContentTypes(wb.contentTypes, overrides, notesMode === 'new' ? [['vml', TYPES.vmlContent]] : [])]));

  const zip = new ZipWriter();
  for (const e of wb.entries) {
    const part = changed.get(e.name);
    if (part) zip.addDeflated(e.name, part);
    else zip.copy(bytes, e);
  }
  for (const [name, part] of added) zip.addDeflated(name, part);
  return { chunks: zip.finish(), warnings };
}

/* ------------------------------------------------------------------------------------------------
 * Clear.
 */

/**
 * The cells of a small sheet (the record sheet and our sheets), up to `lastRow`: row -> column ->
 * stored value; a text formula's cached value as its text (our link cells).
 */
async function sheetCells(wb: Workbook, part: string, lastRow = Infinity): Promise<Map<number, Map<number, StoredValue>>> {
  const out = new Map<number, Map<number, StoredValue>>();
  const e = wb.byName.get(part);
  if (!e) return out;
  let previous = 0;
  let p: string | undefined;
  for await (const piece of scanElements(entryText(wb.bytes, e), 'row')) {
    if (!('element' in piece)) continue;
    p ??= /^<(\w+:)?/.exec(piece.element)?.[1] ?? '';
    const n = rowNumber(piece.element) ?? previous + 1;
    previous = n;
    if (n > lastRow) break;
    const cells = new Map<number, StoredValue>();
    for (const cell of rowCells(piece.element, p)) cells.set(cell.column, cachedText(cell) ?? storedValue(cell, stringItemText));
    out.set(n, cells);
  }
  return out;
}

/** A text formula's cached value (`t="str"`, as our link cells are written), else undefined. */
function cachedText(cell: CellSpan): StoredValue | undefined {
  if (!cell.inner || !/<(?:\w+:)?f\b/.test(cell.inner) || !/\st\s*=\s*["']str["']/.test(cell.attrs)) return undefined;
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cell.inner)?.[1];
  return v === undefined ? undefined : { text: unescapeXml(v) };
}

/** The shared-strings part of a workbook, if it has one. */
function sharedStringsEntry(wb: Workbook): ZipEntry | undefined {
  const rel = wb.rels.find((r) => r.type.endsWith('/sharedStrings') && !r.external);
  return rel ? wb.byName.get(partOfTarget(rel.target, folderOf(wb.workbookPart))) : undefined;
}

/**
 * One pass over the shared strings: the texts of the items `want` names, and (with `flagsOf`) a
 * byte per item from its text, so that no other text is kept.
 */
async function scanSharedStrings(wb: Workbook, want: ReadonlySet<number>, flagsOf?: (text: string) => number): Promise<{ texts: Map<number, string>; flags: Uint8Array }> {
  const texts = new Map<number, string>();
  let flags = new Uint8Array(flagsOf ? 1024 : 0);
  const e = sharedStringsEntry(wb);
  if (!e || (want.size === 0 && !flagsOf)) return { texts, flags };
  let i = 0;
  for await (const piece of scanElements(entryText(wb.bytes, e), 'si')) {
    if (!('element' in piece)) continue;
    const needed = want.has(i);
    if (needed || flagsOf) {
      const t = stringItemText(piece.element);
      if (needed) texts.set(i, t);
      if (flagsOf) {
        if (i >= flags.length) {
          const grown = new Uint8Array(flags.length * 2);
          grown.set(flags);
          flags = grown;
        }
        flags[i] = flagsOf(t);
      }
    }
    i++;
  }
  return { texts, flags };
}

/** A stored value as text or number (shared strings looked up in `texts`), undefined otherwise. */
function plainValue(v: StoredValue, texts: ReadonlyMap<number, string>): string | number | undefined {
  if (!v) return undefined;
  if ('text' in v) return v.text;
  if ('number' in v) return v.number;
  if ('sst' in v) return texts.get(v.sst);
  return undefined;
}

/** Shared-string indexes a sheet's cells refer to. */
function sstIndexes(cells: Map<number, Map<number, StoredValue>>): Set<number> {
  const out = new Set<number>();
  for (const row of cells.values()) for (const v of row.values()) if (v && 'sst' in v) out.add(v.sst);
  return out;
}

/** The rows of a small sheet as values (for summaryHash). */
function rowsOf(cells: Map<number, Map<number, StoredValue>>, texts: ReadonlyMap<number, string>): unknown[][] {
  const last = Math.max(0, ...cells.keys());
  const rows: unknown[][] = [];
  for (let r = 1; r <= last; r++) {
    const row = cells.get(r);
    const values: unknown[] = [];
    if (row) for (const [c, v] of row) values[c - 1] = plainValue(v, texts) ?? null;
    rows.push(Array.from(values, (v) => v ?? null));
  }
  return rows;
}

const FLAG_STATUS = 1;
const FLAG_STATUS_HEADER = 2;
const FLAG_NEXT_DUE_HEADER = 4;
const FLAG_MARKER = 8;

/** What clearing the annotated sheet needs and finds. */
interface ClearJob {
  wb: Workbook;
  sheet: SheetEntry;
  record: AnnotationRecord;
  date1904: boolean;
  headerRow: number;
  status: number[];
  nextDue: number[];
  flags: Uint8Array;
  textFlags: (text: string) => number;
  nextDueOurs: (iso: string | null) => boolean;
  /** The leftmost of our columns (a row whose cells all lie left of it has nothing of ours). */
  first: number;
  removed: CellSet;
  kept: string[];
  keptCount: number;
  /** At the tail: whether the notes' drawing goes (then `<legacyDrawing>` goes too), and its id. */
  dropDrawing?: () => string | undefined;
  formatsRemoved: number;
}

/** Is this cell's value one we wrote, at this row and column? */
function isOurs(job: ClearJob, v: StoredValue, row: number, column: number): boolean {
  if (!v || 'other' in v || row < job.headerRow) return false;
  const flags = 'sst' in v ? job.flags[v.sst] ?? 0 : 'text' in v ? job.textFlags(v.text) : 0;
  const inStatus = job.status.includes(column);
  if (row === job.headerRow) return !!(flags & (inStatus ? FLAG_STATUS_HEADER : FLAG_NEXT_DUE_HEADER));
  if (inStatus) return !!(flags & FLAG_STATUS);
  return 'number' in v && job.nextDueOurs(serialToIso(v.number, job.date1904));
}

/** One row without our cells (a row we added, left empty, goes). */
function clearRow(job: ClearJob, row: string, n: number, p: string): string {
  const last = lastNamedColumn(row, p);
  if (last !== undefined && last < job.first) return row;
  let out = '';
  let pos = 0;
  for (const cell of rowCells(row, p)) {
    if (!job.status.includes(cell.column) && !job.nextDue.includes(cell.column)) continue;
    const v = storedValue(cell, stringItemText);
    if (isOurs(job, v, n, cell.column)) {
      job.removed.add(n, cell.column);
      out += row.slice(pos, cell.start);
      pos = cell.end;
    } else if (v && n >= job.headerRow) {
      if (job.kept.length < LISTED) job.kept.push(address(n, cell.column));
      job.keptCount++;
    }
  }
  if (pos === 0) return row;
  out += row.slice(pos);
  return new RegExp(`^<${p}row r="\\d+">\\s*</${p}row>$`).test(out) ? '' : out;
}

/** The annotated sheet without what is ours, as it streams: widths restored, our cells and formats out. */
function clearSheet(job: ClearJob, pieces: AsyncIterable<Piece>): AsyncGenerator<string> {
  return editSheet(job, pieces, {
    head: (head) => {
      const { previousWidths: w, previousHidden: h } = job.record;
      // Widths the add-in recorded are in points: as characters of the default font (7 px, 5 px padding).
      const chars = (x: number | null) => (x === null || w.unit === 'characters' ? x : Math.round(((x / 0.75 - 5) / 7) * 100) / 100);
      const columns: [number, number | null, boolean][] = [];
      if (job.status.length) columns.push([job.status[0], chars(w.status), h?.status ?? false]);
      if (job.nextDue.length) columns.push([job.nextDue[0], chars(w.nextDue), h?.nextDue ?? false]);
      return withoutOurWidths(head, columns);
    },
    row: (row, n, p) => clearRow(job, row, n, p),
    end: (rest) => {
      const { tail, removed } = withoutOurFormats(rest, highlightOwner(job.record));
      job.formatsRemoved = removed;
      const drawing = job.dropDrawing?.();
      return { rows: '', rest: drawing ? tail.replace(new RegExp(`<(?:\\w+:)?legacyDrawing\\b[^>]*?\\s[\\w]+:id\\s*=\\s*["']${drawing}["'][^>]*?/>`), '') : tail };
    },
  });
}

/**
 * The annotated sheet's columns found again (findOurColumns) from its first rows: the rows up to
 * HEADER_SEARCH_ROWS below the recorded header row are read, nothing further.
 */
async function findColumnsStreaming(wb: Workbook, sheet: SheetEntry, record: AnnotationRecord, flags: Uint8Array, textFlags: (t: string) => number) {
  const e = wb.byName.get(sheet.part);
  if (!e) return undefined;
  const bottom = record.headerRow + HEADER_SEARCH_ROWS;
  const marked = new Map<number, string>();
  let lastColumn = 0;
  let lastRow = 0;
  let previous = 0;
  let p: string | undefined;
  const marker = `?${HEADER_MARKER}`;
  for await (const piece of scanElements(entryText(wb.bytes, e), 'row')) {
    if (!('element' in piece)) continue;
    p ??= /^<(\w+:)?/.exec(piece.element)?.[1] ?? '';
    const n = rowNumber(piece.element) ?? previous + 1;
    previous = n;
    if (n > bottom) break;
    lastRow = n;
    for (const cell of rowCells(piece.element, p)) {
      lastColumn = Math.max(lastColumn, cell.column);
      const v = storedValue(cell, stringItemText);
      const f = !v ? 0 : 'sst' in v ? flags[v.sst] ?? 0 : 'text' in v ? textFlags(v.text) : 0;
      if (!(f & FLAG_MARKER)) continue;
      // Only which of our headers it is matters to findOurColumns.
      const text = f & FLAG_STATUS_HEADER ? record.headers.status : f & FLAG_NEXT_DUE_HEADER ? record.headers.nextDue : marker;
      marked.set(n * 16_385 + cell.column, text);
    }
  }
  return findOurColumns(record, (r, c) => marked.get(r * 16_385 + c), lastColumn, lastRow);
}

/** A workbook without some of its sheets: `<sheet>` elements, relationships, defined names and views. */
function withoutSheets(wb: Workbook, drop: readonly SheetEntry[], focus: SheetEntry | undefined): { workbookXml: string; relsXml: string } {
  const index = new Map<number, number>();
  let kept = 0;
  wb.sheets.forEach((s, i) => {
    if (!drop.includes(s)) index.set(i, kept++);
  });
  let xml = wb.workbookXml;
  for (const s of drop) xml = xml.replace(s.xml, '');
  xml = xml.replace(/<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>|<(?:\w+:)?definedName\b[^>]*?\/>/g, (d) => {
    const tag = d.slice(0, d.indexOf('>') + 1);
    const local = attrOf(tag, 'localSheetId');
    if (local === undefined) return d;
    const now = index.get(Number(local));
    if (now === undefined) return ''; // a name of a sheet that goes
    return now === Number(local) ? d : setAttrText(d, tag, 'localSheetId', String(now));
  });
  const focusIndex = focus ? index.get(wb.sheets.indexOf(focus)) ?? 0 : 0;
  xml = xml.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) => {
    let out = tag;
    for (const [name, fallback] of [['activeTab', focusIndex], ['firstSheet', 0]] as const) {
      const v = attrOf(tag, name);
      if (v === undefined) continue;
      const now = index.get(Number(v)) ?? fallback;
      if (now !== Number(v)) out = setAttrText(out, out, name, String(now));
    }
    return out;
  });
  // The sheets list must keep one sheet at least; `<sheets>` emptied would be invalid (never: the checked sheet stays).
  let rels = wb.relsXml;
  for (const s of drop) {
    const rel = wb.rels.find((r) => r.id === s.rid);
    if (rel) rels = rels.replace(rel.xml, '');
  }
  return { workbookXml: xml, relsXml: rels };
}

/** `element` with one attribute of its start tag `tag` set. */
function setAttrText(element: string, tag: string, name: string, value: string): string {
  return element.replace(tag, setAttr(tag, name, value));
}

/** What clearing found and did. */
export interface StreamClearResult extends StreamResult {
  /** False when the workbook carries no annotation (then nothing is written). */
  cleared: boolean;
  /** The sheet the annotation was on. */
  sheet?: string;
}

/**
 * Take a ledgerlint annotation off .xlsx bytes without loading the workbook: our cells (those in
 * our columns, found by their header cells, whose values are ours), our conditional formats and
 * notes, the widths our columns had, the summary sheet (while its content is what we wrote) and
 * the record sheet. Anything else in our columns is kept and named in a warning. Without a record
 * sheet: `{ cleared: false }`. Throws `annotation-state-invalid` for a damaged record.
 * @example const { cleared, chunks, warnings } = await clearStreaming(bytes, '回访.checked.xlsx');
 */
export async function clearStreaming(bytes: Uint8Array, file: string, options: { entries?: ZipEntry[] } = {}): Promise<StreamClearResult> {
  const wb = openZip(bytes, file, options.entries);
  const warnings: StreamWarning[] = [];
  const recordSheet = wb.sheets.find((s) => s.name === RECORD_SHEET_NAME);
  if (!recordSheet) return { cleared: false, chunks: [], warnings };
  const invalid = (reason: string) => readError('annotation-state-invalid', { file, reason });
  if (!wb.byName.has(recordSheet.part)) throw invalid('its part is missing');

  // The record (its cells may be shared strings once Excel saved the file), and the A1 of each
  // other sheet (a renamed summary or call list sheet is found by its title there).
  const recordCellsRead = await sheetCells(wb, recordSheet.part);
  const others = wb.sheets.filter((s) => s !== recordSheet);
  const firstCells = new Map<SheetEntry, StoredValue | undefined>();
  for (const s of others) firstCells.set(s, (await sheetCells(wb, s.part, 1)).get(1)?.get(1));
  const want = sstIndexes(recordCellsRead);
  for (const v of firstCells.values()) if (v && 'sst' in v) want.add(v.sst);
  const first = await scanSharedStrings(wb, want);
  const column: unknown[] = [];
  for (let r = 1; recordCellsRead.get(r)?.get(1); r++) column.push(plainValue(recordCellsRead.get(r)!.get(1)!, first.texts) ?? 0);
  const record = readRecordCells(column);
  if ('invalid' in record) throw invalid(record.invalid);
  // Formats of the clerk's own cells under ours (the exceljs writer keeps them): only it puts them back.
  if (record.previousStyles?.runs.length) {
    throw unsupported(
      file,
      record.sheet,
      '标注记录中保存了标注列里原有单元格的格式，只有在内存中清除才能还原它们（可设置 NODE_OPTIONS=--max-old-space-size 增大内存后重试）',
      "the record holds formats of the clerk's own cells under our columns, which only the in-memory path puts back (give Node more memory with NODE_OPTIONS=--max-old-space-size and try again)",
    );
  }

  // Our sheets (summary, call list): by name, or (renamed) by their title.
  const titled = (s: SheetEntry, title: string) => {
    const a1 = firstCells.get(s);
    return !!a1 && plainValue(a1, first.texts) === title;
  };
  const mine: { our: ReturnType<typeof ourSheets>[number]; sheet: SheetEntry; cells: Map<number, Map<number, StoredValue>> }[] = [];
  for (const our of ourSheets(record)) {
    const sheet = others.find((s) => s.name === our.name) ?? others.find((s) => s.name !== record.sheet && titled(s, our.title));
    if (sheet && !mine.some((m) => m.sheet === sheet)) mine.push({ our, sheet, cells: await sheetCells(wb, sheet.part) });
  }
  const summaryIndexes = new Set<number>();
  for (const m of mine) for (const i of sstIndexes(m.cells)) summaryIndexes.add(i);

  const owner = statusOwner(record);
  const textFlags = (t: string) =>
    (owner(t) ? FLAG_STATUS : 0) | (t === record.headers.status ? FLAG_STATUS_HEADER : 0) | (t === record.headers.nextDue ? FLAG_NEXT_DUE_HEADER : 0) | (t.endsWith(HEADER_MARKER) ? FLAG_MARKER : 0);
  const strings = await scanSharedStrings(wb, summaryIndexes, textFlags);

  // The annotated sheet: by its recorded name, else the one whose header row holds ours.
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904\s*=\s*["'](1|true)["']/.test(wb.workbookXml);
  const candidates = others.filter((s) => !mine.some((m) => m.sheet === s) && wb.byName.has(s.part));
  candidates.sort((a, b) => Number(b.name === record.sheet) - Number(a.name === record.sheet));
  // Every sheet whose header row holds ours (a copy of the annotated sheet carries them too), and
  // the annotated sheet itself even where its columns are gone (its formats and notes still go).
  const targets: { sheet: SheetEntry; found: Awaited<ReturnType<typeof findColumnsStreaming>> }[] = [];
  for (const s of candidates) {
    const found = await findColumnsStreaming(wb, s, record, strings.flags, textFlags);
    if (found || s.name === record.sheet) targets.push({ sheet: s, found });
  }
  const sheet = (targets.find((t) => t.found) ?? targets[0])?.sheet;

  const changed = new Map<string, Deflated>();
  const dropped = new Set<string>();
  const droppedOverrides: string[] = [];
  let keptCount = 0;
  const keptList: string[] = [];
  for (const { sheet: target, found } of targets) {
    const job: ClearJob = {
      wb,
      sheet: target,
      record,
      date1904,
      headerRow: found?.headerRow ?? record.headerRow,
      status: found?.status ?? [],
      nextDue: found?.nextDue ?? [],
      flags: strings.flags,
      textFlags,
      nextDueOurs: nextDueOwner(record),
      first: Math.min(...(found?.status ?? []), ...(found?.nextDue ?? []), 16_385),
      removed: new CellSet(),
      kept: [],
      keptCount: 0,
      formatsRemoved: 0,
    };
    const notes = await notesToClear(job);
    job.dropDrawing = () => {
      notes.decide();
      return notes.dropVml ? notes.vmlRel?.id : undefined;
    };
    changed.set(target.part, await deflateChunks(batched(clearSheet(job, scanElements(entryText(bytes, wb.byName.get(target.part)!), 'row')))));
    await notes.write(changed, dropped, droppedOverrides);
    keptCount += job.keptCount;
    keptList.push(...job.kept.map((a) => `${target.name}!${a}`));
  }
  if (!sheet) {
    warnings.push({ zh: `注意：找不到标注过的工作表“${record.sheet}”，只删除了汇总表、待回访表和记录表。`, en: `Note: the annotated sheet "${record.sheet}" was not found; only the summary, call list and record sheets were removed.` });
  }

  // Our sheets go only while their content is what we wrote (and they link to no part).
  const drop: SheetEntry[] = [recordSheet];
  for (const { our, sheet: s, cells } of mine) {
    const ours = our.hash === null ? titled(s, our.title) : sheetIntact(our, s.name, rowsOf(cells, strings.texts));
    if (ours && !wb.byName.has(relsPartOf(s.part))) drop.push(s);
    else if (our.role === 'summary') warnings.push({ zh: `注意：汇总表“${s.name}”在标注后被修改过，已保留。`, en: `Note: the summary sheet "${s.name}" was changed after annotating and was kept.` });
    else warnings.push({ zh: `注意：待回访表“${s.name}”在标注后被修改过，已保留。`, en: `Note: the call list sheet "${s.name}" was changed after annotating and was kept.` });
  }
  if (keptCount) {
    const more = keptCount > keptList.length ? ` 等 ${keptCount} 个` : '';
    const moreEn = keptCount > keptList.length ? ` and others (${keptCount} in all)` : '';
    warnings.push({ zh: `注意：标注列中的单元格 ${keptList.join('、')}${more}不是 ledgerlint 写入的内容，已保留。`, en: `Note: cells ${keptList.join(', ')}${moreEn} in the annotation columns were not written by ledgerlint and were kept.` });
  }
  const { workbookXml, relsXml } = withoutSheets(wb, drop, sheet);
  for (const s of drop) {
    dropped.add(s.part);
    droppedOverrides.push(`/${s.part}`);
  }
  changed.set(wb.workbookPart, await deflateChunks([workbookXml]));
  changed.set(wb.relsPart, await deflateChunks([relsXml]));
  const remaining = wb.entries.map((e) => e.name).filter((n) => !dropped.has(n));
  changed.set('[Content_Types].xml', await deflateChunks([withoutContentTypes(wb.contentTypes, droppedOverrides, remaining)]));

  const zip = new ZipWriter();
  for (const e of wb.entries) {
    if (dropped.has(e.name)) continue;
    const part = changed.get(e.name);
    if (part) zip.addDeflated(e.name, part);
    else zip.copy(bytes, e);
  }
  return { cleared: true, sheet: sheet?.name, chunks: zip.finish(), warnings };
}

/**
 * The notes of the annotated sheet to clear: which comments and VML shapes are ours is known once
 * the sheet's rows have passed (the notes on cells we removed, and those under our author in our
 * status column); `decide` then says whether the parts go, `write` filters or drops them.
 */
async function notesToClear(job: ClearJob) {
  const { wb } = job;
  const folder = folderOf(job.sheet.part);
  const sr = sheetRels(wb, job.sheet.part);
  const commentsRel = sr.rels.find((r) => r.type.endsWith('/comments') && !r.external);
  const commentsPart = commentsRel && partOfTarget(commentsRel.target, folder);
  const commentsEntry = commentsPart ? wb.byName.get(commentsPart) : undefined;
  const vmlRels = sr.rels.filter((r) => r.type.endsWith('/vmlDrawing') && !r.external);
  const vmlRel = vmlRels.length === 1 ? vmlRels[0] : undefined;
  const vmlPart = vmlRel && partOfTarget(vmlRel.target, folder);
  const vmlEntry = vmlPart ? wb.byName.get(vmlPart) : undefined;
  const ours = [...job.status, ...job.nextDue];

  // Comments in our columns (the only ones that can go), and how many there are in all.
  let author = -1;
  let total = 0;
  const candidates: { row: number; column: number; author: number }[] = [];
  if (commentsEntry) {
    for await (const piece of scanElements(entryText(wb.bytes, commentsEntry), 'comment')) {
      if (!('element' in piece)) {
        if (total === 0 && author < 0) author = ourAuthor(piece.text);
        continue;
      }
      total++;
      const c = commentOf(piece.element);
      if (c && ours.includes(c.column)) candidates.push(c);
    }
  }
  let shapes = 0;
  const noteShapes: [number, number][] = [];
  if (vmlEntry) {
    for await (const piece of scanElements(entryText(wb.bytes, vmlEntry), 'v:shape')) {
      if (!('element' in piece)) continue;
      shapes++;
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(piece.element)?.[1];
      const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(piece.element)?.[1];
      if (row !== undefined && column !== undefined && /ObjectType\s*=\s*["']Note["']/.test(piece.element)) noteShapes.push([Number(row) + 1, Number(column) + 1]);
    }
  }
  const drop = (c: { row: number; column: number; author: number }) => job.removed.has(c.row, c.column) || (c.author === author && author >= 0 && job.status.includes(c.column));
  const gone = new CellSet();
  const state = { decided: false, dropComments: false, dropVml: false, keepAuthor: false, vmlRel, changedComments: false, changedVml: false };
  const decide = () => {
    if (state.decided) return;
    state.decided = true;
    for (const c of candidates) if (drop(c)) gone.add(c.row, c.column);
    const keptOurs = candidates.some((c) => c.author === author && !drop(c));
    state.keepAuthor = keptOurs;
    state.changedComments = gone.size > 0;
    state.dropComments = !!commentsEntry && total > 0 && gone.size >= total;
    const goneShapes = noteShapes.filter(([r, c]) => gone.has(r, c)).length;
    state.changedVml = goneShapes > 0;
    state.dropVml = !!vmlEntry && state.dropComments && goneShapes >= shapes;
  };
  const write = async (changed: Map<string, Deflated>, dropped: Set<string>, droppedOverrides: string[]) => {
    decide();
    const removeRels: string[] = [];
    if (commentsEntry && commentsPart) {
      if (state.dropComments) {
        dropped.add(commentsPart);
        droppedOverrides.push(`/${commentsPart}`);
        removeRels.push(commentsRel!.xml);
      } else if (state.changedComments || (author >= 0 && !state.keepAuthor)) {
        const left = { count: 0 };
        changed.set(commentsPart, await deflateChunks(batched(filterComments(scanElements(entryText(wb.bytes, commentsEntry), 'comment'), drop, state.keepAuthor, left))));
      }
    }
    if (vmlEntry && vmlPart) {
      if (state.dropVml) {
        dropped.add(vmlPart);
        droppedOverrides.push(`/${vmlPart}`);
        removeRels.push(vmlRel!.xml);
      } else if (state.changedVml) {
        const left = { count: 0 };
        changed.set(vmlPart, await deflateChunks(batched(filterVml(scanElements(entryText(wb.bytes, vmlEntry), 'v:shape'), (r, c) => gone.has(r, c), left))));
      }
    }
    if (removeRels.length && sr.xml) {
      let xml = sr.xml;
      for (const r of removeRels) xml = xml.replace(r, '');
      if (relationships(xml).length === 0) dropped.add(sr.part);
      else changed.set(sr.part, await deflateChunks([xml]));
    }
  };
  return { decide, write, get dropVml() { return state.dropVml; }, vmlRel };
}
