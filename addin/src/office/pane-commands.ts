/**
 * Small commands for the pane: select a finding's row, remember a sheet's column mapping.
 */
import { capabilities } from './capabilities';
import { a1, asAddinError, requireMinimum, type SheetRef } from './command';
import type { ExcelHost } from './excel-slice';
import { stateStore, storedOf } from './settings-store';
import { serializeState, type SheetSettings } from './state';

/** Select a row of a sheet (clicking a finding): 1 sync. */
export async function selectRow(host: ExcelHost, sheet: SheetRef, row: number, lastColumn?: number): Promise<void> {
  try {
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet.name);
      ws.activate();
      ws.getRange(lastColumn ? `A${row}:${a1(lastColumn, row)}` : `${row}:${row}`).select();
      await ctx.sync();
    });
  } catch (e) {
    throw asAddinError(e);
  }
}

/** Remember the clerk's column mapping (and profile) for a sheet: 2 syncs. */
export async function saveSheetSettings(host: ExcelHost, sheet: SheetRef, settings: Omit<SheetSettings, 'name'>): Promise<void> {
  const caps = capabilities(host);
  requireMinimum(caps);
  const store = stateStore(host, caps);
  try {
    await host.run(async (ctx) => {
      const raw = store.queueRead(ctx);
      await ctx.sync();
      const { state, legacyAnnotation } = storedOf(raw());
      const next = { ...state, sheets: { ...state.sheets, [sheet.id]: { name: sheet.name.slice(0, 31), ...settings } } };
      store.write(ctx, serializeState(next, legacyAnnotation));
      await ctx.sync();
    });
    await store.afterRun();
  } catch (e) {
    throw asAddinError(e);
  }
}
