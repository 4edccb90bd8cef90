/**
 * Where the add-in keeps its state (state.ts): workbook.settings (ExcelApi 1.4) or, below that,
 * the document's common settings, behind one queue-read / write / persist interface.
 */
import type { Capabilities } from './capabilities';
import type { ExcelHost, XContext } from './excel-slice';
import { addinError } from './messages';
import { emptyState, parseState, SETTINGS_KEY, type StoredState } from './state';

export interface StateStore {
  /** Queue the read; the getter works after the next sync. */
  queueRead(ctx: XContext): () => unknown;
  /** Queue the write of the settings' JSON (`serializeState`). */
  write(ctx: XContext, json: string): void;
  /** Persist (common settings save asynchronously, after the batch). */
  afterRun(): Promise<void>;
}

export function stateStore(host: ExcelHost, caps: Capabilities): StateStore {
  if (caps.workbookSettings) {
    return {
      queueRead(ctx) {
        const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        return () => (item.isNullObject ? undefined : item.value);
      },
      write(ctx, json) {
        ctx.workbook.settings.add(SETTINGS_KEY, json);
      },
      afterRun: async () => undefined,
    };
  }
  const settings = host.documentSettings;
  let dirty = false;
  return {
    queueRead: () => () => settings?.get(SETTINGS_KEY),
    write(_ctx, json) {
      settings?.set(SETTINGS_KEY, json);
      dirty = true;
    },
    afterRun: () =>
      new Promise<void>((resolve) => {
        if (!dirty || !settings) return resolve();
        settings.saveAsync(() => resolve());
      }),
  };
}

export function storedOf(raw: unknown): StoredState {
  const parsed = parseState(raw);
  if (parsed === undefined) return { state: emptyState(), legacyAnnotation: null };
  if ('invalid' in parsed) throw addinError('state-invalid', { reason: parsed.invalid });
  return parsed;
}
