/**
 * A prior annotation: its record, and every sheet it may have left something on, located in a
 * fixed number of syncs (prior.ts tells what is ours from what was read).
 */
import { HEADER_SEARCH_ROWS, RECORD_SHEET_NAME, sheetIntact, type AnnotationRecord, type FoundColumns, type OurSheet } from '@ledgerlint/policy/annotate';
import type { Capabilities } from './capabilities';
import { a1, isPayloadError, weight, type Command, type Limits, type SheetRef } from './command';
import { DATE_PROBE_ROWS, detectDateSystem } from './dates';
import type { XConditionalFormat, XContext, XRange, XWorksheet } from './excel-slice';
import { addinError } from './messages';
import { findColumns, needsRange, ownedCells, ourSheetOf, SheetCells, type Owned } from './prior';

function usedRangeOf(ws: XWorksheet, caps: Capabilities): XRange {
  return caps.nullObjects ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(false);
}

/** The record sheet, when the workbook has one (sheet names are unique regardless of case). */
export const recordSheetOf = (sheets: readonly SheetRef[]) => sheets.find((s) => s.name.toLowerCase() === RECORD_SHEET_NAME);

/** Queue the read of the record sheet's column A; the getter gives it from A1 after the next sync. */
export function queueRecord(ctx: XContext, ref: SheetRef, caps: Capabilities): () => unknown[] {
  const used = usedRangeOf(ctx.workbook.worksheets.getItem(ref.name), caps);
  used.load('values,rowIndex,columnIndex');
  return () => (used.isNullObject || used.columnIndex !== 0 ? [] : [...new Array<unknown>(used.rowIndex).fill(null), ...used.values.map((r) => r[0])]);
}

/** A sheet's used range in sheet rows and columns (1-based, inclusive). */
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet while a prior annotation is looked for on it; filled in sync by sync. */
export interface SheetProbe {
  ref: SheetRef;
  ws: XWorksheet;
  /** The active sheet of Annotate: its cells are the rows read for the check. */
  active: boolean;
  isProtected: () => boolean;
  /** Loaded in the first probe sync (other sheets only): extent and A1 (a renamed summary's title). */
  used?: XRange;
  a1?: XRange;
  /** The sheet's whole collection of conditional formats (ExcelApi 1.6). */
  cfs?: { items: XConditionalFormat[] };
  box: Box | null;
  /** The header rows read (small sheets: the whole used range), and the date probe's text. */
  band?: { range: XRange; text: XRange | null; top: number; left: number; bottom: number };
  /** One of our sheets (summary, 待回访), maybe: which, its values from A1, and whether it is as we wrote it. */
  ours?: OurSheet;
  summary?: XRange;
  summaryIntact?: boolean;
  /** Ranges of conditional formats that are ours only on their recorded range, by item index. */
  cfRanges: Map<number, XRange>;
  cells?: SheetCells;
  owned?: Owned;
}

/** A prior annotation while it is located. */
export interface Prior {
  record: AnnotationRecord;
  probes: SheetProbe[];
}

/**
 * Queue, for every sheet but the record sheet, what can be read before the record is known: its
 * extent, A1 and protection (the active sheet's are known already) and its conditional formats.
 */
export function queueProbes(ctx: XContext, sheets: readonly SheetRef[], active: { ref: SheetRef; ws: XWorksheet } | null, caps: Capabilities): SheetProbe[] {
  return sheets
    .filter((ref) => ref !== recordSheetOf(sheets))
    .map((ref) => {
      const isActive = !!active && ref.id === active.ref.id;
      const ws = isActive ? active!.ws : ctx.workbook.worksheets.getItem(ref.name);
      const probe: SheetProbe = { ref, ws, active: isActive, isProtected: () => false, box: null, cfRanges: new Map() };
      if (!isActive) {
        ws.protection.load('protected');
        probe.isProtected = () => !!ws.protection.protected;
        probe.used = usedRangeOf(ws, caps);
        probe.used.load('rowIndex,columnIndex,rowCount,columnCount');
        probe.a1 = ws.getRange('A1');
        probe.a1.load('values');
      }
      if (caps.conditionalFormats) {
        const cfs = ws.getRange().conditionalFormats;
        cfs.load('items/type,items/customOrNullObject/rule/formula');
        probe.cfs = cfs;
      }
      return probe;
    });
}

/** The custom formula of a conditional format read back, or null for another type. */
export const formulaOf = (cf: XConditionalFormat) => (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject ? cf.customOrNullObject.rule.formula : null);

/** Sheets of at most this many used cells are read whole with their header rows (no sync of their own for our columns). */
const WHOLE_SHEET_CELLS = 20_000;

/**
 * Locate what a prior annotation left on the sheets other than the active one: 1 sync for their
 * header rows (small sheets whole), the summary sheet and the ranges of old-style conditional
 * formats (`extra` queues more), then 1 per chunk of our columns below the header rows of big
 * sheets. `date1904`: the workbook's date system, or 'detect' to tell it from the rows read.
 */
export async function locate(ctx: XContext, prior: Prior, { limits, counter }: Command, date1904: boolean | null | 'detect', extra?: () => void): Promise<void> {
  const { record } = prior;
  for (const p of prior.probes) {
    p.cfs?.items.forEach((cf, i) => {
      if (!needsRange(record, formulaOf(cf))) return;
      const range = cf.getRangeOrNullObject();
      range.load('address');
      p.cfRanges.set(i, range);
    });
    if (p.active || !p.used || p.used.isNullObject) continue;
    const box = (p.box = { top: p.used.rowIndex + 1, left: p.used.columnIndex + 1, bottom: p.used.rowIndex + p.used.rowCount, right: p.used.columnIndex + p.used.columnCount });
    const ours = ourSheetOf(record, p.ref.name, p.a1?.values[0]?.[0]);
    if (ours) {
      p.ours = ours;
      p.summary = p.ws.getRange(`A1:${a1(box.right, box.bottom)}`);
      p.summary.load('values');
      continue;
    }
    const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    const bottom = cells <= WHOLE_SHEET_CELLS ? box.bottom : Math.min(box.bottom, record.headerRow + HEADER_SEARCH_ROWS);
    if (bottom < box.top) continue;
    if ((bottom - box.top + 1) * (box.right - box.left + 1) > limits.maxCells) throw addinError('range-too-big', { sheet: p.ref.name, cells: cells.toLocaleString('en-US'), limit: limits.maxCells.toLocaleString('en-US') });
    const range = p.ws.getRange(`${a1(box.left, box.top)}:${a1(box.right, bottom)}`);
    range.load('values,numberFormat');
    let text: XRange | null = null;
    if (date1904 === 'detect') {
      text = p.ws.getRange(`${a1(box.left, box.top)}:${a1(box.right, Math.min(bottom, box.top + DATE_PROBE_ROWS - 1))}`);
      text.load('text');
    }
    p.band = { range, text, top: box.top, left: box.left, bottom };
  }
  extra?.();
  counter.syncs++;
  await ctx.sync();

  let system = date1904 === 'detect' ? null : date1904;
  const strips: Strip[] = [];
  const founds = new Map<SheetProbe, FoundColumns>();
  for (const p of prior.probes) {
    if (p.summary && p.ours) p.summaryIntact = sheetIntact(p.ours, p.ref.name, p.summary.values);
    if (!p.band || !p.box) continue;
    const { range, text, top, left, bottom } = p.band;
    p.cells = new SheetCells(p.box.bottom, p.box.right);
    p.cells.pieces.push({ top, left, values: range.values, formats: range.numberFormat });
    if (text && system === null) system = detectDateSystem(range.values, range.numberFormat, text.text);
    const found = findColumns(record, p.cells);
    if (found) founds.set(p, found);
    if (found && bottom < p.box.bottom) {
      for (const col of found.status) strips.push({ probe: p, col, dates: false, from: bottom + 1, to: p.box.bottom });
      for (const col of found.nextDue) strips.push({ probe: p, col, dates: true, from: bottom + 1, to: p.box.bottom });
    }
  }
  await readStrips(ctx, strips, limits, counter);
  for (const [p, found] of founds) p.owned = ownedCells(record, p.cells!, found, system);
}

/** Rows of one of our columns still to read on a big sheet (number formats only for dates). */
interface Strip {
  probe: SheetProbe;
  col: number;
  dates: boolean;
  from: number;
  to: number;
}

/**
 * Read column strips, several per sync: the first sync `firstChunkCells` rows in all, the next
 * ones sized from what it weighed to about half the payload budget; a payload error halves them
 * and retries.
 */
async function readStrips(ctx: XContext, strips: Strip[], limits: Limits, counter: { syncs: number }): Promise<void> {
  let rows = Math.max(1, Math.min(limits.maxChunkRows, limits.firstChunkCells));
  let sized = false;
  let i = 0;
  let at = strips[0]?.from ?? 0;
  while (i < strips.length) {
    const reads: { strip: Strip; top: number; range: XRange }[] = [];
    let room = rows;
    let j = i;
    let pos = at;
    while (j < strips.length && room > 0) {
      const strip = strips[j];
      const n = Math.min(room, strip.to - pos + 1);
      const range = strip.probe.ws.getRange(`${a1(strip.col, pos)}:${a1(strip.col, pos + n - 1)}`);
      range.load(strip.dates ? 'values,numberFormat' : 'values');
      reads.push({ strip, top: pos, range });
      room -= n;
      pos += n;
      if (pos > strip.to) pos = strips[++j]?.from ?? 0;
    }
    try {
      counter.syncs++;
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || rows === 1) throw e;
      rows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    let bytes = 0;
    for (const { strip, top, range } of reads) {
      strip.probe.cells!.pieces.push({ top, left: strip.col, values: range.values, formats: strip.dates ? range.numberFormat : undefined });
      if (!sized) bytes += weight(range.values) + (strip.dates ? weight(range.numberFormat) : 0);
    }
    if (!sized && bytes > 0) rows = Math.max(1, Math.min(limits.maxChunkRows * 4, Math.floor((rows - room) * limits.payloadBudget / 2 / bytes)));
    sized = true;
    i = j;
    at = pos;
  }
}

/** Cells whose earlier formats the command line kept (`previousStyles`), which the add-in cannot restore. */
export function styledCells(record: AnnotationRecord): number {
  return (record.previousStyles?.runs ?? []).reduce((n, [, from, to]) => n + to - from + 1, 0);
}
