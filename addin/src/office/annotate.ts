/**
 * Annotate: check the active sheet and write the plan in place, in one `Excel.run`, after
 * removing a prior annotation wherever it is now.
 */
import { planAnnotation } from '@ledgerlint/policy';
import { recordOfPlan } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { readAndCheck } from './check';
import { queueRemoval } from './clear';
import { asAddinError, checkAborted, startCommand, type AnnotateResult, type CheckOptions } from './command';
import type { ExcelHost, XWorksheet } from './excel-slice';
import { addinError } from './messages';
import { previousWidth } from './prior';
import { locate, recordSheetOf, styledCells } from './prior-probe';
import { openActiveSheet } from './read-sheet';
import { serializeState } from './state';
import { WriteBatch, writePlan, writeRecord } from './writer';

/** Column widths (points) of two adjacent columns, queued; the getter works after the next sync. */
function queueWidths(ws: XWorksheet, col: number): () => { status: number; nextDue: number } {
  const status = ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format;
  const nextDue = ws.getRange(`${columnLetter(col + 1)}:${columnLetter(col + 1)}`).format;
  status.load('columnWidth');
  nextDue.load('columnWidth');
  return () => ({ status: status.columnWidth, nextDue: nextDue.columnWidth });
}

export interface AnnotateOptions extends CheckOptions {
  /** The workbook's name for the summary sheet; default the host's document name or the sheet's. */
  ledgerName?: string;
}

/**
 * Check the active sheet and annotate it in place, in one `Excel.run` (one undo step where
 * ExcelApi 1.20 allows). Syncs: 1 for shape and settings, 1 per chunk read; after a prior
 * annotation, 1 for what it left on the other sheets (and 1 per chunk of our columns on big
 * ones); then the writes chunked under the payload budget. A prior annotation is removed first,
 * wherever it is now (what Clear removes), so annotating twice equals annotating once, and
 * annotating after the clerk's edits equals annotating the edited ledger afresh.
 */
export async function annotateActiveSheet(host: ExcelHost, options: AnnotateOptions): Promise<AnnotateResult> {
  const command = startCommand(host, options);
  const { caps, limits, store, counter } = command;
  try {
    const result = await host.run(
      async (ctx) => {
        const open = await openActiveSheet(ctx, command);
        const { meta } = open;
        const action = { zh: '标注', en: 'Annotate' };
        if (meta.protected) throw addinError('sheet-protected', { sheet: meta.ref.name, action: action.zh, actionEn: action.en });
        const recordSheet = recordSheetOf(meta.sheets);
        // Without a prior annotation our columns go right of every used value and format: their
        // widths are read with the first chunk, no sync of their own.
        const predicted = Math.max(meta.used.col + meta.used.cols, meta.lastFormattedColumn) + 1;
        let predictedWidths: (() => { status: number; nextDue: number }) | undefined;
        const checked = await readAndCheck(ctx, command, open, options, true, () => {
          if (!recordSheet && meta.stored.legacyAnnotation === null) predictedWidths = queueWidths(meta.sheet, predicted);
        });
        const { table, prior, owned, lastColumn, result: base } = checked;
        const report = base.report;
        if (!report) throw base.error;
        if (prior?.record.previousStyles) throw addinError('cli-styles', { count: styledCells(prior.record) });

        const firstColumn = table.firstColumn ?? 1;
        const lastRow = (table.firstRow ?? 1) + table.rows.length - 1;
        const ledgerName = options.ledgerName ?? host.documentName ?? meta.ref.name;
        const plan = planAnnotation(report, options.profile, { firstColumn, lastColumn, lastRow }, ledgerName, base.todo);
        checkAborted(options.signal);
        let planWidths = plan.statusColumn === predicted ? predictedWidths : undefined;
        if (prior) {
          await locate(ctx, prior, command, base.dateSystem.source === 'default' ? null : base.dateSystem.date1904, () => {
            planWidths = queueWidths(meta.sheet, plan.statusColumn);
          });
        } else if (!planWidths) {
          // The prediction missed (it should not without a prior annotation): one more sync for the widths.
          planWidths = queueWidths(meta.sheet, plan.statusColumn);
          counter.syncs++;
          await ctx.sync();
        }
        // Our sheets (summary, 待回访): ours as we wrote them are emptied and reused (deleting a
        // sheet clears the clerk's undo history); one the clerk made or edited is never overwritten.
        const reuseOf = (name: string, role: 'summary' | 'calls'): string | null => {
          const clash = meta.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
          if (!clash) return null;
          const ours = prior?.probes.find((p) => p.ref.id === clash.id && p.summary && p.ours?.role === role);
          if (!ours) throw addinError('summary-sheet-exists', { sheet: clash.name });
          if (!ours.summaryIntact) throw addinError(role === 'calls' ? 'calls-edited' : 'summary-edited', { sheet: clash.name });
          return clash.name;
        };
        const reuse = { summary: reuseOf(plan.summary.name, 'summary'), calls: reuseOf(plan.calls.name, 'calls') };

        // What our columns had before: where the prior annotation's column stands, what it recorded.
        const read = planWidths!();
        const before = (col: number, role: 'status' | 'nextDue') => {
          const was = owned?.found.status.includes(col) ? 'status' : owned?.found.nextDue.includes(col) ? 'nextDue' : null;
          return { width: was ? previousWidth(prior!.record, was) : read[role], hidden: was ? !!prior!.record.previousHidden?.[was] : false };
        };
        const status = before(plan.statusColumn, 'status');
        const nextDue = before(plan.nextDueColumn, 'nextDue');

        // From here on the workbook changes: no cancel.
        const degraded: AnnotateResult['degraded'] = [];
        if (!caps.notes) degraded.push('no-notes');
        if (!caps.conditionalFormats) degraded.push('no-conditional-formats');
        if (!caps.workbookSettings) degraded.push('no-workbook-settings');
        if (!caps.undoGroup) degraded.push('no-undo-group');
        const batch = new WriteBatch(ctx, limits.payloadBudget, counter);
        const removal = prior ? await queueRemoval(batch, prior, reuse, action) : null;
        const written = await writePlan(ctx, batch, meta.sheet, plan, caps, reuse, options, base.dateSystem.date1904);
        const record = recordOfPlan(plan, {
          writer: 'addin',
          sheetId: meta.ref.id,
          statusTexts: written.statusTexts,
          highlights: written.highlights,
          previousWidths: { unit: 'points', status: status.width, nextDue: nextDue.width },
          previousHidden: status.hidden || nextDue.hidden ? { status: status.hidden, nextDue: nextDue.hidden } : undefined,
          notes: written.notes > 0,
        });
        await writeRecord(ctx, batch, record, recordSheet);
        // The settings keep the column mappings only: a version-1 annotation entry is dropped now.
        if (meta.stored.legacyAnnotation !== null) await batch.add(200, () => store.write(ctx, serializeState(meta.stored.state)));
        await batch.finish();
        options.onProgress?.({ phase: 'write', done: 1, total: 1 });
        return {
          ...base,
          plan: {
            rows: plan.rows.length,
            notes: written.notes,
            highlights: written.highlights.length,
            statusColumn: columnLetter(plan.statusColumn),
            nextDueColumn: columnLetter(plan.nextDueColumn),
            summarySheet: plan.summary.name,
          },
          degraded,
          prior: removal,
        } satisfies AnnotateResult;
      },
      caps.undoGroup ? { mergeUndoGroup: true } : undefined,
    );
    await store.afterRun();
    result.stats.syncs = counter.syncs;
    return result;
  } catch (e) {
    throw asAddinError(e);
  }
}
