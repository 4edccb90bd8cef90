/**
 * Check: read the active sheet (read-sheet.ts), leave our own cells out of it, map the columns
 * and evaluate; the steps Annotate shares.
 */
import { evaluatePrepared, isLedgerlintError, prepareLedger, workQueue, type LedgerlintError, type Profile, type Table } from '@ledgerlint/policy';
import { parseAsOf } from '@ledgerlint/policy/calendar';
import { proposeColumnMap, tableWidth, type ColumnMap, type Field } from '@ledgerlint/policy/ledger';
import type { Capabilities } from './capabilities';
import { asAddinError, checkAborted, now, startCommand, type CheckOptions, type CheckResult, type Command } from './command';
import type { ExcelHost, XContext } from './excel-slice';
import { continuationRows, MERGED_LAYOUT_MIN_ROWS, rowList } from './merges';
import { addinError } from './messages';
import { findColumns, ownedCells, recordFrom, SheetCells, type Owned } from './prior';
import { queueProbes, queueRecord, recordSheetOf, type Prior, type SheetProbe } from './prior-probe';
import { openActiveSheet, readRows, type OpenSheet } from './read-sheet';

/**
 * Blank our own cells in the rows read (what the clerk typed in our columns stays: it is theirs),
 * and give the clerk's last column: by values, and by formats outside our columns.
 */
function blankOurCells(table: Table, owned: Owned | undefined, lastFormattedColumn: number): { lastColumn: number } {
  const top = table.firstRow ?? 1;
  const first = table.firstColumn ?? 1;
  for (const run of owned?.runs ?? []) {
    for (let r = run.from; r <= run.to; r++) {
      const row = table.rows[r - top];
      if (row && run.col - first < row.length) row[run.col - first] = null;
    }
  }
  let last = first - 1;
  for (const row of table.rows) {
    for (let j = row.length - 1; j >= 0 && first + j > last; j--) {
      if (row[j] !== null) {
        last = first + j;
        break;
      }
    }
  }
  const ours = new Set([...(owned?.found.status ?? []), ...(owned?.found.nextDue ?? [])]);
  let formatted = lastFormattedColumn;
  while (formatted > 0 && ours.has(formatted)) formatted--;
  return { lastColumn: Math.max(last, formatted) };
}


/**
 * Evaluate, and give the call list (the library's, as `ledgerlint todo` gives it: the pane opens on
 * it); when the ledger cannot be checked still give the headers for the mapping editor.
 */
async function decide(table: Table, profile: Profile, asOf: string | undefined, columns: Partial<Record<Field, string>> | undefined) {
  try {
    // As evaluate() does it (the as-of checked before the ledger is read), the reading kept for the list.
    parseAsOf(asOf);
    const prepared = prepareLedger(table, profile, { columns: columns as never });
    const report = await evaluatePrepared(prepared, { asOf });
    const todo = await workQueue(prepared, { asOf, checked: report });
    return { report, todo, error: null, headers: report.columnMap.headers, fields: report.columnMap.fields, via: report.columnMap.via };
  } catch (e) {
    if (!isLedgerlintError(e)) throw e;
    let map: ColumnMap | undefined;
    try {
      map = proposeColumnMap(table, { synonyms: profile.headers, overrides: columns as never });
    } catch {
      try {
        map = proposeColumnMap(table, { synonyms: profile.headers });
      } catch {
        map = undefined;
      }
    }
    return { report: null, todo: [], error: e, headers: map?.headers ?? [], fields: map?.fields ?? {}, via: map?.via ?? {} };
  }
}

/**
 * Without ExcelApi 1.13 the merged cells were read as blanks: when the rows look like a customer's
 * merged cells (merges.ts), give no report rather than one that differs from the command line's.
 */
function refuseUnreadMerges<D extends Awaited<ReturnType<typeof decide>>>(d: D, table: Table, sheet: string, caps: Capabilities): D | (Omit<D, 'report' | 'error' | 'todo'> & { report: null; todo: []; error: LedgerlintError }) {
  if (caps.mergedAreas || !d.report) return d;
  const rows = continuationRows(table, d.report.columnMap);
  if (rows.length < MERGED_LAYOUT_MIN_ROWS) return d;
  const shown = rowList(rows);
  return { ...d, report: null, todo: [], error: addinError('merged-cells-unreadable', { sheet, rows: shown.rows, rowsEn: shown.rows.replace(/、/g, ', '), count: rows.length }) };
}

/** What reading and checking an open sheet gives. */
export interface Checked {
  /** The rows read, our own cells blanked out. */
  table: Table;
  /** The prior annotation (its record, and the sheets probed for it when `probe` asked), or undefined. */
  prior: Prior | undefined;
  /** What of ours is on the active sheet, found in the rows read. */
  owned: Owned | undefined;
  /** The clerk's last column (1 = A), by values and formats, our own columns aside. */
  lastColumn: number;
  result: CheckResult;
}

/**
 * The steps Check and Annotate share once the sheet is open: read its rows (1 sync per chunk; the
 * first chunk also reads the record and, with `probe`, each other sheet's extent and conditional
 * formats; `extra` queues more), blank out our own cells, map the columns and evaluate (or, when
 * the ledger cannot be checked, give what the mapping editor shows).
 */
export async function readAndCheck(ctx: XContext, command: Command, { meta, t0 }: OpenSheet, options: CheckOptions, probe: boolean, extra?: () => void): Promise<Checked> {
  const { caps, limits, counter } = command;
  const recordSheet = recordSheetOf(meta.sheets);
  let recordValues: (() => unknown[]) | undefined;
  let probes: SheetProbe[] = [];
  const { table, chunks, dateSystem } = await readRows(ctx, meta, caps, limits, options, counter, () => {
    if (recordSheet) recordValues = queueRecord(ctx, recordSheet, caps);
    if (probe && (recordSheet || meta.stored.legacyAnnotation !== null)) probes = queueProbes(ctx, meta.sheets, { ref: meta.ref, ws: meta.sheet }, caps);
    extra?.();
  });
  const record = recordFrom(recordValues?.(), meta.stored.legacyAnnotation);
  let owned: Owned | undefined;
  if (record) {
    const cells = new SheetCells((table.firstRow ?? 1) + table.rows.length - 1, (table.firstColumn ?? 1) + tableWidth(table) - 1);
    cells.pieces.push({ top: table.firstRow ?? 1, left: table.firstColumn ?? 1, values: table.rows, formats: table.formats });
    const found = findColumns(record, cells);
    // Our own dates were read with the rest: their displayed text told the date system (else either reading).
    if (found) owned = ownedCells(record, cells, found, dateSystem.source === 'default' ? null : dateSystem.date1904);
    const active = probes.find((p) => p.active);
    if (active) active.owned = owned;
  }
  const { lastColumn } = blankOurCells(table, owned, meta.lastFormattedColumn);
  const t1 = now();
  checkAborted(options.signal);
  options.onProgress?.({ phase: 'check', done: 0, total: 1 });
  const saved = meta.stored.state.sheets[meta.ref.id];
  const columns = options.columns ?? (saved?.columns as Partial<Record<Field, string>> | undefined);
  const d = refuseUnreadMerges(await decide(table, options.profile, options.asOf, columns), table, meta.ref.name, caps);
  const result: CheckResult = {
    sheet: meta.ref,
    ...d,
    saved,
    firstColumn: table.firstColumn ?? 1,
    capabilities: caps,
    stats: { rows: table.rows.length, columns: tableWidth(table), chunks, syncs: counter.syncs },
    dateSystem,
    timings: { readMs: t1 - t0, evaluateMs: now() - t1 },
  };
  return { table, prior: record ? { record, probes } : undefined, owned, lastColumn, result };
}

/**
 * Read the active sheet and check it: 1 sync for its shape and state, 1 per chunk of rows.
 * Writes nothing.
 */
export async function checkActiveSheet(host: ExcelHost, options: CheckOptions): Promise<CheckResult> {
  const command = startCommand(host, options);
  try {
    return await host.run(async (ctx) => (await readAndCheck(ctx, command, await openActiveSheet(ctx, command), options, false)).result);
  } catch (e) {
    throw asAddinError(e);
  }
}
