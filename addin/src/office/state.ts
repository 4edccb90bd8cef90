/**
 * The add-in's settings inside the workbook: versioned JSON checked by zod, holding the column
 * mapping the clerk confirmed for each sheet. Kept in `workbook.settings` (ExcelApi 1.4) or, on
 * older Excel, in the document's common settings; one key either way.
 *
 * What an annotation added is not kept here any more: both writers (the command line and this
 * add-in) keep one record in the very hidden `ledgerlint_state` sheet (`@ledgerlint/policy`'s
 * annotate/record.ts), so either can clear what the other added. Version 1 of these settings
 * also held the add-in's own record (`annotation`); it is handed over once for `upgradeRecord`
 * and dropped from the settings the next time Annotate or Clear writes them.
 */
import { z } from 'zod';

export const SETTINGS_KEY = 'ledgerlint';
export const STATE_VERSION = 2;

const shortText = z.string().max(255);

export const sheetSettingsSchema = z
  .object({
    name: z.string().max(31),
    profile: shortText.optional(),
    /** Field -> header text the clerk chose (what `evaluate`'s `columns` option takes). */
    columns: z.record(z.string().max(64), shortText),
  })
  .strict();

export type SheetSettings = z.infer<typeof sheetSettingsSchema>;

const sheetsSchema = z.record(z.string().max(128), sheetSettingsSchema);

export const stateSchema = z.object({ tool: z.literal('ledgerlint'), version: z.literal(STATE_VERSION), sheets: sheetsSchema }).strict();

/** Version 1: the same sheets, and the add-in's record of its last annotation (checked by `upgradeRecord`). */
const stateV1Schema = z.object({ tool: z.literal('ledgerlint'), version: z.literal(1), sheets: sheetsSchema, annotation: z.unknown() }).strict();

export type AddinState = z.infer<typeof stateSchema>;

/** Settings as read: the current state, and a version-1 annotation entry still to be upgraded. */
export interface StoredState {
  state: AddinState;
  /** The version-1 `annotation` entry (not yet checked), or null. */
  legacyAnnotation: unknown;
}

export const emptyState = (): AddinState => ({ tool: 'ledgerlint', version: STATE_VERSION, sheets: {} });

/**
 * The JSON to store. A version-1 annotation entry not yet upgraded is kept as it was (the
 * column-mapping editor must not lose the only record of an annotation); pass null to drop it.
 */
export function serializeState(state: AddinState, legacyAnnotation: unknown = null): string {
  if (legacyAnnotation === null || legacyAnnotation === undefined) return JSON.stringify(state);
  return JSON.stringify({ tool: 'ledgerlint', version: 1, sheets: state.sheets, annotation: legacyAnnotation });
}

/** Parse stored settings; undefined when nothing is stored, a reason when they are not ours. */
export function parseState(raw: unknown): StoredState | undefined | { invalid: string } {
  if (raw === null || raw === undefined || raw === '') return undefined;
  let data: unknown = raw;
  if (typeof raw === 'string') {
    if (raw.length > 1_000_000) return { invalid: 'too long' };
    try {
      data = JSON.parse(raw);
    } catch {
      return { invalid: 'not JSON' };
    }
  }
  const v1 = (data as { version?: unknown } | null)?.version === 1 ? stateV1Schema.safeParse(data) : undefined;
  if (v1?.success) return { state: { tool: 'ledgerlint', version: STATE_VERSION, sheets: v1.data.sheets }, legacyAnnotation: v1.data.annotation ?? null };
  const result = v1 ?? stateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { invalid: `${issue.path.join('.') || '(root)'}: ${issue.message}`.slice(0, 200) };
  }
  return { state: result.data as AddinState, legacyAnnotation: null };
}
