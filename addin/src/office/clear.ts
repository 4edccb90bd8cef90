/**
 * Removing an annotation: what a located prior annotation left (shared with Annotate, which
 * removes the prior one first), and the Clear command.
 */
import { columnLetter } from '@ledgerlint/policy/ledger';
import { a1, asAddinError, checkAborted, startCommand, type ClearResult, type CommandOptions, type Removal } from './command';
import type { ExcelHost } from './excel-slice';
import { addinError } from './messages';
import { ourFormats, previousWidth, recordFrom } from './prior';
import { formulaOf, locate, queueProbes, queueRecord, recordSheetOf, styledCells, type Prior } from './prior-probe';
import { storedOf } from './settings-store';
import { serializeState } from './state';
import { WriteBatch, type ReuseSheets } from './writer';

/**
 * Queue the removal of what a located prior annotation left (after `locate`): our cells in runs
 * (the clerk's cells in our columns stay), the widths our columns had before, our conditional
 * formats, our summary and 待回访 sheets while they are as we wrote them (not those in `reuse`,
 * which Annotate empties and rewrites). Refuses (`sheet-protected`) before queueing anything when a sheet to
 * change is protected. The record sheet is the caller's.
 */
export async function queueRemoval(batch: WriteBatch, prior: Prior, reuse: ReuseSheets, action: { zh: string; en: string }): Promise<Removal> {
  const { record, probes } = prior;
  const recorded = probes.find((p) => record.sheetId !== undefined && p.ref.id === record.sheetId) ?? probes.find((p) => p.ref.name === record.sheet);
  const work = probes.map((p) => {
    // Our formats refer to our columns: those found here, or where the record put them when the
    // clerk only retyped our headers on the annotated sheet.
    const columns = new Set([...(p.owned?.found.status ?? []), ...(p.owned?.found.nextDue ?? [])]);
    if (columns.size === 0 && p === recorded) for (const c of [record.statusColumn, record.nextDueColumn]) columns.add(c);
    const items = p === recorded || p.owned ? (p.cfs?.items ?? []) : [];
    const read = items.map((cf, i) => {
      const range = p.cfRanges.get(i);
      return { formula: formulaOf(cf), address: range && !range.isNullObject ? range.address : null };
    });
    const ours = ourFormats(record, read, columns);
    return { p, cfs: items.filter((_, i) => ours[i]) };
  });
  for (const { p, cfs } of work) {
    if ((p.owned?.runs.length || cfs.length) && p.isProtected()) throw addinError('sheet-protected', { sheet: p.ref.name, action: action.zh, actionEn: action.en });
  }
  const sheets = new Set<string>();
  const kept: Removal['kept'] = [];
  const keptSummary: string[] = [];
  const keptCalls: string[] = [];
  for (const { p, cfs } of work) {
    const { ws, ref } = p;
    const owned = p.owned;
    if (owned) {
      for (const { col, from, to } of owned.runs) await batch.add(80, () => ws.getRange(`${a1(col, from)}:${a1(col, to)}`).clear('All'));
      for (const role of ['status', 'nextDue'] as const) {
        const width = previousWidth(record, role);
        const hidden = record.previousHidden?.[role];
        for (const col of owned.found[role]) {
          await batch.add(80, () => {
            const format = ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format;
            format.columnWidth = width;
            if (hidden) format.columnHidden = true;
          });
        }
      }
      sheets.add(ref.name);
      if (owned.kept.length) kept.push({ sheet: ref.name, cells: owned.kept.map((k) => a1(k.col, k.row)) });
    }
    for (const cf of cfs) await batch.add(60, () => cf.delete());
    if (cfs.length) sheets.add(ref.name);
    if (p.summary && p.ours && ref.name !== reuse.summary && ref.name !== reuse.calls) {
      if (!p.summaryIntact) (p.ours.role === 'calls' ? keptCalls : keptSummary).push(ref.name);
      else await batch.add(60, () => ws.delete());
    }
  }
  const missingColumns = (['status', 'nextDue'] as const).filter((role) => !probes.some((p) => p.owned?.found[role].length)).map((role) => record.headers[role]);
  return { sheets: [...sheets], kept, keptSummary, keptCalls, missingColumns };
}

/**
 * Remove what an annotation added, by either writer, wherever it is now: our cells (the clerk's
 * cells in our columns stay, and are reported), the widths our columns had before, our
 * conditional formats, our summary sheet while it is as we wrote it (an edited one stays, and is
 * reported), on the annotated sheet (renamed or not) and on copies of it; and the record. The
 * remembered column mappings stay. When our columns are on no sheet (the clerk deleted them) the
 * formats, summary and record still go, and the result says so.
 *
 * Syncs: 1 the sheet list and settings; 1 the record with each sheet's extent, A1 and conditional
 * formats; 1 the header rows (small sheets whole) and the summary sheet; 1 per chunk of our
 * columns below the header rows of big sheets; then the writes (1 for an ordinary ledger).
 */
export async function clearAnnotation(host: ExcelHost, options: CommandOptions = {}): Promise<ClearResult> {
  const command = startCommand(host, options);
  const { caps, limits, store, counter } = command;
  try {
    const result = await host.run(
      async (ctx) => {
        const list = ctx.workbook.worksheets;
        list.load('items/id,items/name');
        const raw = store.queueRead(ctx);
        counter.syncs++;
        await ctx.sync();
        const stored = storedOf(raw());
        const sheets = list.items.map((s) => ({ id: s.id, name: s.name }));
        const recordSheet = recordSheetOf(sheets);
        if (!recordSheet && stored.legacyAnnotation === null) throw addinError('not-annotated');

        const recordValues = recordSheet ? queueRecord(ctx, recordSheet, caps) : undefined;
        const probes = queueProbes(ctx, sheets, null, caps);
        counter.syncs++;
        await ctx.sync();
        const record = recordFrom(recordValues?.(), stored.legacyAnnotation);
        if (!record) throw addinError('not-annotated');
        if (record.previousStyles) throw addinError('cli-styles', { count: styledCells(record) });
        const prior: Prior = { record, probes };
        await locate(ctx, prior, command, 'detect');
        checkAborted(options.signal);

        // From here on the workbook changes.
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        const removal = await queueRemoval(batch, prior, { summary: null, calls: null }, { zh: '清除标注', en: 'Clear' });
        // Clear is an explicit removal, so the record sheet goes too, though deleting a sheet
        // clears the clerk's undo history (Annotate keeps and rewrites it instead).
        if (recordSheet) await batch.add(60, () => ctx.workbook.worksheets.getItem(recordSheet.name).delete());
        if (stored.legacyAnnotation !== null) await batch.add(200, () => store.write(ctx, serializeState(stored.state)));
        await batch.finish();
        const first = probes.find((p) => p.owned);
        return { ...removal, sheet: first?.ref.name ?? null, syncs: 0 };
      },
      caps.undoGroup ? { mergeUndoGroup: true } : undefined,
    );
    await store.afterRun();
    result.syncs = counter.syncs;
    return result;
  } catch (e) {
    throw asAddinError(e);
  }
}
