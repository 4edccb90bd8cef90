/**
 * Reading the active sheet: its shape, the sheet list and the add-in's state in 1 sync, then its
 * used range in chunks of rows sized to the payload budget, with the merged areas and the
 * workbook's date system read alongside (no sync of their own).
 */
import { type CellRange, type CellValue, type Table } from '@ledgerlint/policy';
import type { Capabilities } from './capabilities';
import { a1, checkAborted, isPayloadError, now, weight, type Command, type CommandOptions, type DateSystem, type Limits, type SheetRef } from './command';
import { DATE_PROBE_ROWS, detectDateSystem } from './dates';
import type { XContext, XRange, XRangeAreas, XWorksheet } from './excel-slice';
import { mergeBands, rangeOfAddress } from './merges';
import { addinError } from './messages';
import { storedOf, type StateStore } from './settings-store';
import type { StoredState } from './state';

export interface Meta {
  sheet: XWorksheet;
  ref: SheetRef;
  protected: boolean;
  /** 0-based first row / column and size of the used range (values only); null when empty. */
  used: { row: number; col: number; rows: number; cols: number; cells: number } | null;
  /** 1-based last column holding any format or value. */
  lastFormattedColumn: number;
  sheets: SheetRef[];
  stored: StoredState;
}

function rangeBox(r: XRange) {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount, cells: r.cellCount };
}

async function readMeta(ctx: XContext, caps: Capabilities, store: StateStore, counter: { syncs: number }): Promise<Meta> {
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.load('id,name');
  sheet.protection.load('protected');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name');
  const state = store.queueRead(ctx);
  const used = caps.nullObjects ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,cellCount');
  const usedAll = caps.nullObjects ? sheet.getUsedRangeOrNullObject(false) : sheet.getUsedRange(false);
  usedAll.load('columnIndex,columnCount');
  let empty = false;
  try {
    counter.syncs++;
    await ctx.sync();
  } catch (e) {
    // ExcelApi < 1.4: an empty sheet has no used range and the batch fails with ItemNotFound.
    if (caps.nullObjects || String((e as { code?: unknown })?.code) !== 'ItemNotFound') throw e;
    empty = true;
    sheet.load('id,name');
    counter.syncs++;
    await ctx.sync();
  }
  const isEmpty = empty || used.isNullObject;
  return {
    sheet,
    ref: { id: sheet.id, name: sheet.name },
    protected: !!sheet.protection.protected,
    used: isEmpty ? null : rangeBox(used),
    lastFormattedColumn: isEmpty || usedAll.isNullObject ? 0 : usedAll.columnIndex + usedAll.columnCount,
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    stored: storedOf(state()),
  };
}

interface ReadResult {
  table: Table;
  chunks: number;
  dateSystem: DateSystem;
}

/** `workbook.use1904DateSystem`, where this Office.js exposes it (a preview API; not in ExcelApi 1.x). */
function has1904Api(ctx: XContext): boolean {
  try {
    return 'use1904DateSystem' in (ctx.workbook as object);
  } catch {
    return false;
  }
}

/**
 * Read the used range in chunks of rows: values and number formats (`text` only for the top
 * DATE_PROBE_ROWS rows, to tell the date system) and, where ExcelApi 1.13 allows, the merged areas
 * that start in the chunk (into `table.merges`, as the command line reads them from the file). The
 * first chunk is sized by cells; the next ones by what the first weighed; a payload error halves
 * the chunk and retries it. `extra` queues more loads into the first chunk's sync.
 */
export async function readRows(ctx: XContext, meta: Meta, caps: Capabilities, limits: Limits, options: CommandOptions, counter: { syncs: number }, extra?: () => void): Promise<ReadResult> {
  const used = meta.used!;
  if (used.cells > limits.maxCells) throw addinError('range-too-big', { sheet: meta.ref.name, cells: used.cells.toLocaleString('en-US'), limit: limits.maxCells.toLocaleString('en-US') });
  const firstCol = used.col + 1;
  const lastCol = used.col + used.cols;
  const rows: CellValue[][] = new Array(used.rows);
  const formats: (string | null)[][] = new Array(used.rows);
  let chunkRows = Math.max(1, Math.min(limits.maxChunkRows, Math.floor(limits.firstChunkCells / used.cols)));
  let done = 0;
  let chunks = 0;
  // The date system: read with the first chunk, no sync of its own. The API where Office.js has
  // it (dropped if the host refuses it), else the displayed text of the top rows' cells.
  let useApi = has1904Api(ctx);
  let dateSystem: DateSystem = { date1904: false, source: 'default' };
  const merges: CellRange[] = [];
  while (done < used.rows) {
    checkAborted(options.signal);
    const n = Math.min(chunkRows, used.rows - done);
    const top = used.row + done + 1;
    const range = meta.sheet.getRange(`${a1(firstCol, top)}:${a1(lastCol, top + n - 1)}`);
    range.load('values,numberFormat');
    // Merged areas (ExcelApi 1.13) in the same sync as the chunk's cells: bands small enough
    // that none can hold more areas than one call may give (merges.ts).
    const mergeReads: XRangeAreas[] = [];
    if (caps.mergedAreas) {
      for (const b of mergeBands(top, top + n - 1, firstCol, lastCol)) {
        const areas = meta.sheet.getRange(`${a1(b.left, b.top)}:${a1(b.right, b.bottom)}`).getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        mergeReads.push(areas);
      }
    }
    let probe: XRange | undefined;
    const api = chunks === 0 && useApi;
    if (chunks === 0) {
      extra?.();
      if (api) ctx.workbook.load('use1904DateSystem');
      probe = meta.sheet.getRange(`${a1(firstCol, top)}:${a1(lastCol, top + Math.min(n, DATE_PROBE_ROWS) - 1)}`);
      probe.load('text');
    }
    try {
      counter.syncs++;
      await ctx.sync();
    } catch (e) {
      if (api && !isPayloadError(e)) {
        // This Excel does not know the property after all: read the text instead.
        useApi = false;
        continue;
      }
      if (!isPayloadError(e) || n === 1) throw e;
      chunkRows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    chunks++;
    for (const areas of mergeReads) {
      if (areas.isNullObject) continue;
      for (const area of areas.areas.items) {
        const m = rangeOfAddress(area.address);
        if (m && (m.bottom > m.top || m.right > m.left)) merges.push(m);
      }
    }
    const values = range.values;
    const fmts = range.numberFormat;
    const flag = api ? (ctx.workbook as unknown as { use1904DateSystem?: unknown }).use1904DateSystem : undefined;
    if (typeof flag === 'boolean') dateSystem = { date1904: flag, source: 'api' };
    else if (probe) {
      const found = detectDateSystem(values, fmts, probe.text);
      if (found !== null) dateSystem = { date1904: found, source: 'text' };
    }
    let bytes = 0;
    if (chunks === 1) bytes = weight(values) + weight(fmts);
    // The arrays Excel gave are ours: blank cells become null in place, no copy per row.
    for (let i = 0; i < n; i++) {
      const row = values[i] as CellValue[];
      for (let j = 0; j < row.length; j++) if (row[j] === '' || row[j] === undefined) row[j] = null;
      rows[done + i] = row;
      formats[done + i] = fmts[i] as (string | null)[];
    }
    done += n;
    if (chunks === 1 && bytes > 0) {
      // Size the next chunks to about half the budget each, from what this one weighed.
      chunkRows = Math.max(1, Math.min(limits.maxChunkRows, Math.floor((n * limits.payloadBudget) / 2 / bytes)));
    }
    options.onProgress?.({ phase: 'read', done, total: used.rows });
  }
  const table: Table = { sheet: meta.ref.name, rows, formats, firstRow: used.row + 1, firstColumn: firstCol };
  if (dateSystem.date1904) table.date1904 = true;
  if (merges.length) table.merges = merges;
  return { table, chunks, dateSystem };
}

/** The active sheet, opened for Check or Annotate. */
export interface OpenSheet {
  meta: Meta & { used: NonNullable<Meta['used']> };
  /** When the command began reading (`timings.readMs` counts from here). */
  t0: number;
}

/** Open the active sheet: its shape and the add-in's state in 1 sync; an empty sheet is refused. */
export async function openActiveSheet(ctx: XContext, { caps, store, counter }: Command): Promise<OpenSheet> {
  const t0 = now();
  const meta = await readMeta(ctx, caps, store, counter);
  if (!meta.used) throw addinError('empty-sheet', { sheet: meta.ref.name });
  return { meta: { ...meta, used: meta.used }, t0 };
}
